import { describe, expect, it } from 'vitest'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { createSession, currentEntry } from '../../../src/domain/quiz/session.ts'
import {
  isFinal,
  readCardOnScreen,
  readSkippedCards,
  replayCard,
  type CardOnScreen,
} from '../../../src/domain/review/on-screen.ts'
import { at, BANK_ID, quizBank, right, wrong } from '../../fixtures/progress/bank.ts'

const bank = quizBank()
const fresh = (qid: string) =>
  createSession(
    bank,
    { mode: 'practice', shuffleQuestions: false, shuffleChoices: true, questionIds: [qid] },
    `1:${BANK_ID}#${qid}`,
    at(),
  )
const card = (qid: string, patch: Partial<CardOnScreen>): CardOnScreen => ({
  startedAt: 1000,
  key: `${BANK_ID}#${qid}`,
  phase: 'feedback',
  answers: [right[qid]!],
  revealed: false,
  sure: false,
  ...patch,
})
const replay = (qid: string, patch: Partial<CardOnScreen>) => {
  const saved = card(qid, patch)
  const quiz = replayCard(fresh(qid), bank, saved, at(5000), 'en')
  return quiz && { entry: currentEntry(quiz), final: isFinal(saved, quiz, bank) }
}

describe('the review card kept for a reload', () => {
  it('reads back only in shape', () => {
    const good = card('wsw-01', {})
    expect(readCardOnScreen(JSON.parse(JSON.stringify(good)))).toEqual(good)
    for (const bad of [
      null,
      [],
      'card',
      { ...good, startedAt: -1 },
      { ...good, startedAt: 1.5 },
      { ...good, key: 'no key' },
      { ...good, phase: 'answered' },
      { ...good, answers: [] },
      { ...good, answers: ['a', 'b', 'c'] },
      { ...good, revealed: 'yes' },
      { ...good, sure: 1 },
    ]) {
      expect(readCardOnScreen(bad)).toBeUndefined()
    }
  })

  it('reads the cards skipped back only in shape', () => {
    const good = { startedAt: 1000, keys: [`${BANK_ID}#wsw-01`, `${BANK_ID}#wsw-02`] }
    expect(readSkippedCards(JSON.parse(JSON.stringify(good)))).toEqual(good)
    expect(readSkippedCards({ startedAt: 1000, keys: [] })).toEqual({ startedAt: 1000, keys: [] })
    for (const bad of [
      null,
      'skipped',
      { ...good, startedAt: -1 },
      { ...good, keys: 'wsw-01' },
      { ...good, keys: ['no key'] },
      { ...good, keys: [7] },
      { ...good, keys: Array.from({ length: 501 }, () => `${BANK_ID}#wsw-01`) },
    ]) {
      expect(readSkippedCards(bad)).toBeUndefined()
    }
  })

  // True/false leaves one option after a wrong pick: it has no second try (below).
  const withRetry = Object.keys(right).filter((qid) => qid !== 'wsw-03')

  it.each(withRetry)('puts %s back as it was, checked again', (qid) => {
    // Right first time: its feedback, final.
    expect(replay(qid, {})).toMatchObject({
      entry: { phase: 'feedback', result: { correct: true } },
      final: true,
    })
    // Wrong, second try on offer: its feedback, not final yet.
    expect(replay(qid, { answers: [wrong[qid]!] })).toMatchObject({
      entry: { phase: 'feedback', retryUsed: false, result: { correct: false } },
      final: false,
    })
    // Wrong, then the answer shown: final.
    expect(replay(qid, { answers: [wrong[qid]!], revealed: true })?.final).toBe(true)
    // The second try opened, with the first answer to change; one pick starts again from none.
    const type = bank.questions.find((q) => q.id === qid)?.type ?? ''
    const pickOne = ['single', 'truefalse'].includes(type)
    expect(replay(qid, { answers: [wrong[qid]!], phase: 'retry' })).toMatchObject({
      entry: {
        phase: 'retry',
        retryUsed: true,
        response: pickOne ? null : wrong[qid],
        firstResponse: wrong[qid],
      },
      final: false,
    })
    // The second try given: half credit, final.
    expect(replay(qid, { answers: [wrong[qid]!, right[qid]!] })).toMatchObject({
      entry: { phase: 'feedback', retryUsed: true, result: { correct: true, score: 0.5 } },
      final: true,
    })
  })

  it('puts a true/false card back final after a wrong answer, with no second try', () => {
    expect(replay('wsw-03', {})).toMatchObject({
      entry: { result: { correct: true } },
      final: true,
    })
    // Wrong: its feedback, final (recorded as Again), the answer shown without being asked for.
    expect(replay('wsw-03', { answers: [wrong['wsw-03']!] })).toMatchObject({
      entry: { phase: 'feedback', retryUsed: false, result: { correct: false } },
      final: true,
    })
    // A second try kept from before, opened or given, does not fit: the card is asked afresh.
    expect(replay('wsw-03', { answers: [wrong['wsw-03']!], phase: 'retry' })).toBeUndefined()
    const twice = [wrong['wsw-03']!, right['wsw-03']!]
    expect(replay('wsw-03', { answers: twice })).toBeUndefined()
  })

  it('is not put back when its answers do not fit the question or each other', () => {
    const cases: Partial<CardOnScreen>[] = [
      // Another type's answer.
      { answers: [42 as unknown as AnyResponse] },
      // A second try after a right answer, or after the answer was shown.
      { answers: [right['wsw-01']!, right['wsw-01']!] },
      { answers: [wrong['wsw-01']!, right['wsw-01']!], revealed: true },
      // A second try both opened and given; one opened after a right answer.
      { answers: [wrong['wsw-01']!, right['wsw-01']!], phase: 'retry' },
      { phase: 'retry' },
    ]
    for (const patch of cases) expect(replay('wsw-01', patch)).toBeUndefined()
    // An answer Check refuses ("Type an answer.").
    expect(replay('wsw-05', { answers: [''] })).toBeUndefined()
  })
})
