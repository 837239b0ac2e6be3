/**
 * fast-check generators for attempts exactly as the codec stores them (rounded scores and
 * times, answers sorted by question id) and for valid progress documents built from them the
 * way the app builds them: by recording attempts under a detail limit.
 */
import fc from 'fast-check'
import {
  MAX_SECONDS,
  SCORE_UNITS,
  type AnswerRecord,
  type Attempt,
} from '../../../src/domain/progress/codec.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { emptyProgress, type ProgressDoc } from '../../../src/domain/progress/schema.ts'

export const SETS = ['assad-sochi-2018/who-said-what', 'assad-sochi-2018/dates', 'mini/quotes']
// More than six, so a practice's blanks not skipped (version 6, six to a digit) take two digits.
const QIDS = ['q1', 'q2', 'q3', 'q4', 'wsw-01', 'wsw-02', 'wsw-03', 'dt_7']

/** A small id space, so generated documents share and clash on ids often. */
export const attemptId = fc.stringMatching(/^[a-d][a-d0-9]{0,2}$/)

/** Text with the codec's separators and escapes in it, and any other character. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '|', '%', '%7C', '#', '.', 'a|b%25c', '0', 't', '012'),
)

const answerRecord = (qid: string, detailed: boolean) =>
  fc
    .record({
      units: fc.integer({ min: 0, max: SCORE_UNITS }),
      correct: fc.boolean(),
      seconds: fc.integer({ min: 0, max: MAX_SECONDS }),
      answer: text,
      retryUsed: fc.boolean(),
      overridden: fc.boolean(),
      unanswered: fc.boolean(),
      notSkipped: fc.boolean(),
      first: text,
    })
    .map((g) => {
      const { units, correct, seconds, answer, retryUsed, overridden, unanswered, first } = g
      // Left blank scores nothing; a right answer scores something.
      const r: AnswerRecord = {
        qid,
        score: unanswered ? 0 : units / SCORE_UNITS,
        max: 1,
        correct: !unanswered && correct && units > 0,
        timeMs: seconds * 1000,
      }
      if (unanswered) r.unanswered = true
      // A practice's blank the time ran out on (version 6); `attempt` keeps it in practice only.
      if (unanswered && g.notSkipped) r.notSkipped = true
      if (detailed) Object.assign(r, { answer, retryUsed }, overridden && { overridden })
      // A second try's first answer (version 5), never empty: an empty one is not kept.
      if (detailed && retryUsed && first) r.firstAnswer = first
      return r
    })

/** An attempt as it reads back from storage, with per-question results or (v0) a total only. */
export const attempt: fc.Arbitrary<Attempt> = fc
  .record({
    id: attemptId,
    setId: fc.constantFrom(...SETS),
    mode: fc.constantFrom('practice' as const, 'test' as const, 'unknown' as const),
    start: fc.integer({ min: 1_500_000_000, max: 1_900_000_000 }),
    duration: fc.integer({ min: 0, max: 100_000 }),
    passed: fc.constantFrom(true, false, null),
    qids: fc.uniqueArray(fc.constantFrom(...QIDS), { maxLength: QIDS.length }),
    detailed: fc.boolean(),
    seed: text,
    legacyUnits: fc.integer({ min: 0, max: 30 * SCORE_UNITS }),
    legacyMax: fc.integer({ min: 1, max: 30 }),
  })
  .chain((a) => {
    const detailed = a.detailed && a.qids.length > 0
    const qids = [...a.qids].sort()
    // Attempts recorded since progress version 4 keep the order asked; older ones do not.
    const asked = fc.option(fc.shuffledSubarray(qids, { minLength: qids.length }), {
      nil: undefined,
    })
    return fc
      .tuple(fc.tuple(...qids.map((q) => answerRecord(q, detailed))), asked)
      .map(([answers, order]): Attempt => {
        const units = answers.reduce((n, r) => n + Math.round(r.score * SCORE_UNITS), 0)
        const out: Attempt = {
          id: a.id,
          setId: a.setId,
          mode: a.mode,
          startedAt: a.start * 1000,
          finishedAt: (a.start + a.duration) * 1000,
          // A total-only attempt never scores above its maximum (readStored refuses that).
          score:
            answers.length > 0
              ? units / SCORE_UNITS
              : Math.min(a.legacyUnits, a.legacyMax * SCORE_UNITS) / SCORE_UNITS,
          max: answers.length > 0 ? answers.length : a.legacyMax,
          passed: a.passed,
          answers,
          detailed,
        }
        if (detailed) out.seed = a.seed
        if (detailed && order) out.asked = order
        // Only a practice's blanks are told apart: a test's are all left blank.
        if (a.mode !== 'practice') for (const r of answers) delete r.notSkipped
        // First answers are kept after the asked order, so only with it.
        if (!out.asked) for (const r of answers) delete r.firstAnswer
        return out
      })
  })

/** A valid document: some attempts recorded under a detail limit of 0–4 per set. */
export const progressDoc: fc.Arbitrary<ProgressDoc> = fc
  .tuple(fc.array(attempt, { maxLength: 10 }), fc.integer({ min: 0, max: 4 }))
  .map(([attempts, detailPerSet]) =>
    attempts.reduce((doc, a) => recordAttempt(doc, a, { detailPerSet }), emptyProgress()),
  )

/** The attempt ids of each set of a document, as "set id#attempt id". */
export function attemptKeys(doc: ProgressDoc): string[] {
  return Object.entries(doc.sets)
    .flatMap(([setId, set]) => Object.keys(set.attempts).map((id) => `${setId}#${id}`))
    .sort()
}
