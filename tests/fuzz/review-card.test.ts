/**
 * Fuzzing what a tab reads back of its review card on screen (sessionStorage, so untrusted like
 * every stored value): arbitrary JSON, and valid cards with values swapped, removed or added, are
 * refused, or put back as a card in feedback or on its second try, checked by the graders; never
 * a throw, never a phase or a grade the student did not reach.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createSession, currentEntry } from '../../src/domain/quiz/session.ts'
import { isFinal, readCardOnScreen, replayCard } from '../../src/domain/review/on-screen.ts'
import { at, BANK_ID, questions, quizBank, right, wrong } from '../fixtures/progress/bank.ts'
import { mutateText, mutateValue } from './mutate.ts'
import { params, timeout } from './runs.ts'

const bank = quizBank()
const qid = fc.constantFrom(...questions.map((q) => q.id))

/** A card as the store keeps it: any question, any of the states a student can leave it in. */
const valid = fc
  .record({
    qid,
    answers: fc.constantFrom('right', 'wrong', 'wrong-right', 'wrong-wrong'),
    phase: fc.constantFrom('feedback', 'retry'),
    revealed: fc.boolean(),
    sure: fc.boolean(),
  })
  .map(({ qid, answers, ...rest }) => ({
    startedAt: 1_764_835_200_000,
    key: `${BANK_ID}#${qid}`,
    answers: answers.split('-').map((a) => (a === 'right' ? right[qid] : wrong[qid])),
    ...rest,
  }))

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  valid,
  valid.chain(mutateValue),
  valid
    .map((v) => JSON.stringify(v))
    .chain(mutateText)
    .map((text) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        return text
      }
    }),
)

describe('the review card kept for a reload, fuzzed', () => {
  it(
    'is refused, or put back checked, in feedback or on its second try',
    () => {
      fc.assert(
        fc.property(hostile, (raw) => {
          const card = readCardOnScreen(raw)
          if (!card) return
          const id = card.key.slice(card.key.indexOf('#') + 1)
          if (!bank.questions.some((q) => q.id === id)) return
          const fresh = createSession(
            bank,
            { mode: 'practice', shuffleQuestions: false, shuffleChoices: true, questionIds: [id] },
            `${card.startedAt}:${card.key}`,
            at(),
          )
          const quiz = replayCard(fresh, bank, card, at(5000), 'en')
          if (!quiz) return
          const entry = currentEntry(quiz)
          expect(entry.phase).toBe(card.phase)
          expect(entry.result?.score).toBeGreaterThanOrEqual(0)
          expect(entry.result?.score).toBeLessThanOrEqual(1)
          expect(entry.retryUsed).toBe(card.answers.length === 2 || card.phase === 'retry')
          // Final exactly when a real card would have been recorded.
          // A wrong pick between two (true/false) is final at once: no second try is offered.
          const twoWay = bank.questions.find((q) => q.id === id)?.type === 'truefalse'
          expect(isFinal(card, quiz, bank)).toBe(
            card.phase === 'feedback' &&
              (entry.result?.correct === true ||
                card.revealed ||
                card.answers.length === 2 ||
                twoWay),
          )
        }),
        params(2000),
      )
    },
    timeout(60_000),
  )
})
