/**
 * What the results page says beyond the score: how this attempt compares with the student's
 * earlier ones at the same set, and which topic to practise next. Percentages are the whole
 * percents every page shows (`percentOf`), so "up 6 points" is the difference of two numbers
 * the student can read on Progress.
 */
import { isFullyRight } from './marks.ts'
import type { TagScore } from './score.ts'

export type Change =
  | { kind: 'first' }
  | { kind: 'best'; previousBest: number }
  | { kind: 'up' | 'down'; points: number; last: number }
  | { kind: 'same'; last: number }

/**
 * This attempt's percent against the earlier attempts' percents (newest first): a new personal
 * best when it beats every one of them, otherwise the change since the latest.
 */
export function changeSinceLast(percent: number, earlier: readonly number[]): Change {
  const last = earlier[0]
  if (last === undefined) return { kind: 'first' }
  const previousBest = Math.max(...earlier)
  if (percent > previousBest) return { kind: 'best', previousBest }
  if (percent === last) return { kind: 'same', last }
  return percent > last
    ? { kind: 'up', points: percent - last, last }
    : { kind: 'down', points: last - percent, last }
}

/** The sentence for a change, e.g. "New personal best — up from 75 %". */
export function changeText(change: Change): string {
  switch (change.kind) {
    case 'first':
      return 'Your first attempt at this set'
    case 'best':
      return `New personal best — up from ${change.previousBest}%`
    case 'same':
      return `The same as last time (${change.last}%)`
    case 'up':
      return `Up ${change.points} ${points(change.points)} since last time (${change.last}%)`
    case 'down':
      return `Down ${change.points} ${points(change.points)} since last time (${change.last}%)`
  }
}

const points = (n: number) => (n === 1 ? 'point' : 'points')

/** A topic's marks as topics are ranked: earned, to earn, and the whole percent (`percentOf`). */
export type TopicMarks = Pick<TagScore, 'score' | 'max' | 'percent'>

/**
 * Below 0 when topic `a` is weaker than `b`: a lower percent of the marks, or of the same percent
 * more marks missed; 0 for a tie. Marks are sums of thirds and sixths: a hair apart is a tie.
 */
export function weaker(a: TopicMarks, b: TopicMarks): number {
  const missed = b.max - b.score - (a.max - a.score)
  return a.percent - b.percent || (Math.abs(missed) < 1e-9 ? 0 : missed)
}

/**
 * Topic rows weakest first (`weaker`), equals by name: the one order of the results' topic table
 * and Progress's, so the first row of each is the topic "Practise my weakest topic" offers.
 */
export function weakestFirst(a: TopicMarks & { tag: string }, b: TopicMarks & { tag: string }) {
  return weaker(a, b) || a.tag.localeCompare(b.tag)
}

/**
 * The topics to practise, by name: among topics short of full marks that are a part of the
 * quiz's `total` questions, at most half of them, those with the lowest percent of marks and, of
 * these, the most marks missed (at 0 % everywhere: the most questions missed). One unless two or
 * more tie on both: then no one of them is weaker, and none is to be picked for its name.
 * A topic that is most of the quiz is its theme, not a part of it: "dates" tags 12 of the 13
 * questions of "Dates and timeline", and practising it was the quiz again.
 */
export function weakestTopics(byTag: Readonly<Record<string, TagScore>>, total: number): string[] {
  const candidates = Object.entries(byTag).filter(
    ([, t]) => !isFullyRight(t) && t.total * 2 <= total,
  )
  const weakest = candidates.reduce<TagScore | undefined>(
    (w, [, t]) => (w === undefined || weaker(t, w) < 0 ? t : w),
    undefined,
  )
  if (!weakest) return []
  return candidates
    .filter(([, t]) => weaker(t, weakest) === 0)
    .map(([tag]) => tag)
    .sort((a, b) => a.localeCompare(b))
}

/** The one weakest topic (`weakestTopics`), or undefined when there is none or a tie. */
export function weakestTopic(
  byTag: Readonly<Record<string, TagScore>>,
  total: number,
): string | undefined {
  const topics = weakestTopics(byTag, total)
  return topics.length === 1 ? topics[0] : undefined
}

/** The ids, in `order`, of the questions tagged `tag`: a quiz on exactly that topic. */
export function questionsTagged(
  order: readonly string[],
  tagsOf: (qid: string) => readonly string[] | undefined,
  tag: string,
): string[] {
  return order.filter((qid) => tagsOf(qid)?.includes(tag) === true)
}
