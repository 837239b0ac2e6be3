/** What the page tells a learner about how the LMS launched it, in plain words. */
import type { EarlierResult, ScormLaunch } from '../domain/interop/scorm.ts'
import { percentOf } from '../domain/quiz/marks.ts'

/** "You scored 82% and passed." — a whole percent, rounded as everywhere in Passage. */
export function earlierResultText(earlier: EarlierResult): string {
  const score = earlier.percent === null ? null : `${percentOf(earlier.percent, 100)}%`
  switch (earlier.status) {
    case 'passed':
      return score ? `You scored ${score} and passed.` : 'You passed this test.'
    case 'failed':
      return score ? `You scored ${score} and did not pass.` : 'You did not pass this test.'
    case 'completed':
      return score ? `You finished this test with ${score}.` : 'You finished this test.'
  }
}

/** Why nothing is sent to the course, or null when this launch records the learner's result. */
export function notRecordedText(launch: Pick<ScormLaunch, 'mode' | 'credit'>): string | null {
  const why =
    launch.mode === 'review'
      ? 'Your course opened this test for review'
      : launch.mode === 'browse'
        ? 'Your course opened this test to look through (browse mode)'
        : !launch.credit
          ? 'This time the test does not count for credit'
          : null
  return why && `${why}: you can take it, but your answers and score are not sent to your course.`
}
