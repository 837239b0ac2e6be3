import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerText, encodeAnswer } from '../../../src/domain/progress/answers.ts'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import {
  decodeAttempt,
  encodeAttempt,
  MAX_SECONDS,
  type Attempt,
} from '../../../src/domain/progress/codec.ts'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { skip } from '../../../src/domain/quiz/navigate.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import {
  at,
  BANK_ID,
  playedPractice,
  playedTest,
  questions,
  quizBank,
  right,
  wrong,
} from '../../fixtures/progress/bank.ts'
import { attempt } from './arbitraries.ts'

const q = (id: string) => questions.find((x) => x.id === id) as Question

function roundTrip(a: Attempt): Attempt {
  const { key, list, text } = encodeAttempt(a)
  return decodeAttempt(a.setId, a.id, text, key ? { [key]: list } : {})
}

describe('answer codes', () => {
  it.each([
    ['wsw-01', right['wsw-01'], '0', 'Assad'],
    ['wsw-01', null, '', 'Left blank'],
    ['wsw-02', ['EU', 'US'], '01', 'US; EU'],
    ['wsw-03', false, 'f', 'False'],
    ['wsw-04', ' 2,015 ', '2,015', '2,015'],
    ['wsw-05', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov'],
    ['wsw-06', wrong['wsw-06'], '102', 'Sochi → Moscow → Sochi'],
    ['wsw-07', { 'quote A': 'Putin', 'quote B': '' }, '1..', undefined],
  ])('%s: %j is stored as %j', (qid, response, code, words) => {
    expect(encodeAnswer(q(qid), response as never)).toBe(code)
    const text = answerText(q(qid), code)
    if (words) expect(text).toBe(words)
  })

  it('reads every code back as the grader describes the response', () => {
    for (const [qid, r] of [...Object.entries(right), ...Object.entries(wrong)]) {
      const question = q(qid)
      const code = encodeAnswer(question, r)
      expect(code.length).toBeLessThanOrEqual(10)
      expect(answerText(question, code)).not.toContain('no longer readable')
    }
  })

  it('keeps an answer that fits no position as its words', () => {
    const code = encodeAnswer(q('wsw-01'), 'Lavrov')
    expect(code).toBe('=Lavrov')
    expect(answerText(q('wsw-01'), code)).toBe('Lavrov')
  })

  it('says so when a code no longer fits an edited question', () => {
    expect(answerText(q('wsw-01'), '9')).toBe('(answer no longer readable)')
  })

  it('stores nothing for a response of the wrong shape', () => {
    expect(encodeAnswer(q('wsw-01'), ['Assad'])).toBe('')
  })
})

describe('stored attempts', () => {
  it('read back exactly as recorded (any attempt)', () => {
    fc.assert(
      fc.property(attempt, (a) => {
        expect(roundTrip(a)).toEqual(a)
      }),
    )
  })

  it('come from a finished session with per-question results, answers and retries', () => {
    const a = attemptFromSession(playedPractice(), quizBank(), 'a1')
    expect(a).toMatchObject({ id: 'a1', setId: BANK_ID, mode: 'practice', score: 6.5, max: 7 })
    expect(a.passed).toBe(true)
    expect(a.answers[0]).toEqual({
      qid: 'wsw-01',
      score: 0.5,
      max: 1,
      correct: true,
      timeMs: 11_000,
      answer: '0',
      retryUsed: true,
      firstAnswer: '1',
    })
    expect(roundTrip(a)).toEqual(a)
  })

  it('keep "I was right" with the detail, beside a retry or alone', () => {
    const played = playedPractice()
    const claimed = {
      ...played,
      entries: played.entries.map((e, i) => (i < 2 ? { ...e, overridden: true } : e)),
    }
    const a = attemptFromSession(claimed, quizBank(), 'a3')
    expect(a.answers.slice(0, 3).map((r) => [r.qid, r.retryUsed, r.overridden])).toEqual([
      ['wsw-01', true, true],
      ['wsw-02', false, true],
      ['wsw-03', false, undefined],
    ])
    const { text } = encodeAttempt(a)
    expect(text).toContain('#practice-seed|3200000|')
    expect(roundTrip(a)).toEqual(a)
    expect(roundTrip({ ...a, detailed: false }).answers.some((r) => r.overridden)).toBe(false)
  })

  it('never say a test answer was marked right, even from a session that claims it', () => {
    const played = playedTest(['wsw-01'])
    const forged = { ...played, entries: played.entries.map((e) => ({ ...e, overridden: true })) }
    const a = attemptFromSession(forged, quizBank(), 'a4')
    expect(a.answers.some((r) => r.overridden)).toBe(false)
    expect(encodeAttempt(a).text).toContain('#seed-0||')
  })

  it('round partial credit to 1/120 and times to seconds, capped', () => {
    const a = attemptFromSession(playedTest(['wsw-01']), quizBank(), 'a2')
    expect(a.answers.find((r) => r.qid === 'wsw-06')?.score).toBe(1 / 3)
    const long: Attempt = { ...a, answers: a.answers.map((r) => ({ ...r, timeMs: 3_600_000 })) }
    expect(roundTrip(long).answers[0]?.timeMs).toBe(MAX_SECONDS * 1000)
  })

  it('refuse an unfinished session', () => {
    const s = { ...playedTest([]), status: 'active' as const }
    expect(() => attemptFromSession(s, quizBank(), 'x')).toThrow(/finished/)
  })

  it('cost a few bytes per answer', () => {
    const a = attemptFromSession(playedTest(['wsw-01', 'wsw-02']), quizBank(), 'k3j9x2ab0q')
    const { text } = encodeAttempt(a)
    expect(text.length).toBeLessThan(90)
    expect(encodeAttempt({ ...a, detailed: false }).text.length).toBeLessThan(50)
  })

  it('keep the order the questions were asked in, so a review numbers them as the quiz did', () => {
    const bank = quizBank()
    const s = createSession(
      bank,
      { mode: 'test', shuffleQuestions: true, shuffleChoices: false },
      'shuffled-7',
      at(0),
    )
    expect(s.order).not.toEqual([...s.order].sort())
    const a = attemptFromSession(finish(s, bank, at(60_000), 'submitted', 'en'), bank, 'a5')
    expect(a.asked).toEqual(s.order)
    expect(a.answers.map((r) => r.qid)).toEqual([...s.order].sort())
    expect(roundTrip(a)).toEqual(a)
    // Trimming the detail drops the order with the answers.
    expect(roundTrip({ ...a, detailed: false }).asked).toBeUndefined()
  })

  it('keep the order of a long quiz, two digits per question past 64', () => {
    const qids = Array.from({ length: 70 }, (_, i) => `q${String(i).padStart(2, '0')}`)
    const a: Attempt = {
      id: 'long',
      setId: BANK_ID,
      mode: 'test',
      startedAt: 0,
      finishedAt: 70_000,
      score: 0,
      max: 70,
      passed: false,
      answers: qids.map((qid) => ({
        qid,
        score: 0,
        max: 1,
        correct: false,
        timeMs: 1000,
        answer: '',
        retryUsed: false,
      })),
      detailed: true,
      seed: 's',
      asked: [...qids].reverse(),
    }
    const text = encodeAttempt(a).text
    expect(text.slice(text.lastIndexOf('|') + 1)).toHaveLength(140)
    expect(roundTrip(a)).toEqual(a)
  })

  it('keep the first answer of a question right on the second try, for the review to say', () => {
    const a = attemptFromSession(playedPractice(), quizBank(), 'a7')
    const tried = a.answers.find((r) => r.qid === 'wsw-01')
    // Putin first (the bank's second choice), then Assad.
    expect(tried).toMatchObject({ retryUsed: true, answer: '0', firstAnswer: '1' })
    expect(answerText(q('wsw-01'), tried?.firstAnswer ?? '')).toBe('Putin')
    expect(a.answers.filter((r) => r.firstAnswer !== undefined)).toHaveLength(1)
    expect(roundTrip(a)).toEqual(a)
    // Trimming the detail drops it with the answers.
    expect(roundTrip({ ...a, detailed: false }).answers[0]?.firstAnswer).toBeUndefined()
  })

  it('read the first answers after the asked order, one per question tried twice, in list order', () => {
    const lists = { AAAAAAAA: ['q1', 'q2', 'q3'] }
    const read = (detail: string) =>
      decodeAttempt(BANK_ID, 'x', `AAAAAAAA.1.1.p1.000000000#${detail}`, lists)
    const a = read('seed|101|a|b|c|210|x%7Cy|z')
    expect(a.answers.map((r) => r.firstAnswer)).toEqual(['x|y', undefined, 'z'])
    expect(a.asked).toEqual(['q3', 'q2', 'q1'])
    // Recorded before version 5: tried twice, no first answer.
    expect(read('seed|101|a|b|c|210').answers.map((r) => r.firstAnswer)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
    // One of two not kept.
    expect(read('seed|101|a|b|c|210||z').answers.map((r) => r.firstAnswer)).toEqual([
      undefined,
      undefined,
      'z',
    ])
    expect(() => read('seed|101|a|b|c|210|x')).toThrow(/answers for 3 questions/)
    expect(() => read('seed|101|a|b|c|210|x|y|z')).toThrow(/answers for 3 questions/)
    expect(() => read('seed|101|a|b|c|2x0|x|z')).toThrow(/unreadable question order/)
  })

  it('read an attempt recorded before the order was kept in set order, without one', () => {
    const lists = { AAAAAAAA: ['q1', 'q2'] }
    const a = decodeAttempt(BANK_ID, 'x', 'AAAAAAAA.1.1.p1.000000#seed||a|b', lists)
    expect(a.asked).toBeUndefined()
    expect(a.answers.map((r) => r.answer)).toEqual(['a', 'b'])
    expect(decodeAttempt(BANK_ID, 'x', 'AAAAAAAA.1.1.p1.000000#seed||a|b|10', lists).asked).toEqual(
      ['q2', 'q1'],
    )
  })

  it.each(['', '0', '00', '11', '02', '012', '0_', '1|0'])(
    'reject the asked order %j for two questions',
    (order) => {
      const lists = { AAAAAAAA: ['q1', 'q2'] }
      const text = `AAAAAAAA.1.1.p1.000000#seed||a|b|${order}`
      expect(() => decodeAttempt(BANK_ID, 'x', text, lists)).toThrow(
        /unreadable question order|answers for 2 questions/,
      )
    },
  )

  it('keep which of a timed practice’s blanks were skipped, in the summary, so trimming keeps it', () => {
    // The first question skipped, then the time ran out on the second: the results said
    // "1 skipped, 6 left blank".
    const bank = quizBank()
    const started = createSession(
      bank,
      { mode: 'practice', shuffleQuestions: false, shuffleChoices: false },
      'timed',
      at(0),
    )
    const ranOut = finish(skip(started, at(5_000)), bank, at(9_000), 'timeout', 'en')
    const a = attemptFromSession(ranOut, bank, 'a8')
    expect(a.answers.map((r) => [r.qid, r.unanswered, r.notSkipped])).toEqual([
      ['wsw-01', true, undefined],
      ...bank.questions.slice(1).map((x) => [x.id, true, true]),
    ])
    const { text } = encodeAttempt(a)
    expect(text).toMatch(/\.p0\.(?:...){7}!-1#/)
    expect(roundTrip(a)).toEqual(a)
    expect(roundTrip({ ...a, detailed: false }).answers.map((r) => r.notSkipped)).toEqual(
      a.answers.map((r) => r.notSkipped),
    )
    // A practice whose blanks were all skipped, and a test, are stored as before version 6.
    expect(encodeAttempt(attemptFromSession(playedTest([]), bank, 'a9')).text).not.toContain('!')
  })

  it('read a practice’s blanks not skipped six questions to a digit, and refuse any other', () => {
    // q1 answered (no marks), q2–q7 left blank: bits 1–5 of the first digit, bit 0 of the second.
    const lists = { AAAAAAAA: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'] }
    const read = (mode: string, bits: string) =>
      decodeAttempt(BANK_ID, 'x', `AAAAAAAA.1.1.${mode}0.000${'0gX'.repeat(6)}${bits}`, lists)
    expect(read('p', '!-1').answers.map((r) => r.notSkipped === true)).toEqual([
      false,
      ...Array(6).fill(true),
    ])
    expect(read('p', '!81').answers.map((r) => r.notSkipped === true)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      true,
    ])
    expect(read('p', '').answers.some((r) => r.notSkipped)).toBe(false)
    // Too short or long, a question past the list, an answered one, none at all, a test's.
    for (const [mode, bits] of [
      ['p', '!-'],
      ['p', '!-10'],
      ['p', '!-3'],
      ['p', '!11'],
      ['p', '!00'],
      ['t', '!-1'],
    ] as const) {
      expect(() => read(mode, bits), `${mode} ${bits}`).toThrow(/unreadable skips/)
    }
  })

  it('refuse to store an asked order that is not the questions answered', () => {
    const a = attemptFromSession(playedTest([]), quizBank(), 'a6')
    expect(() => encodeAttempt({ ...a, asked: a.asked?.slice(1) })).toThrow(RangeError)
    expect(() => encodeAttempt({ ...a, asked: [...(a.asked ?? []).slice(1), 'wsw-02'] })).toThrow(
      RangeError,
    )
    expect(() => encodeAttempt({ ...a, asked: [...(a.asked ?? []).slice(1), 'other'] })).toThrow(
      RangeError,
    )
  })

  it.each([
    ['garbage', 'not a summary'],
    ['', 'not a summary'],
    ['AAAAAAAA.1.1.p1.000', 'missing'],
  ])('reject %j', (text) => {
    expect(() => decodeAttempt(BANK_ID, 'x', text, {})).toThrow(TypeError)
  })

  it.each(['40', '19', 'x0', '1', '000'])('reject marks %j for two questions', (marks) => {
    const lists = { AAAAAAAA: ['q1', 'q2'] }
    const text = `AAAAAAAA.1.1.p1.000000#seed|${marks}|a|b`
    expect(() => decodeAttempt(BANK_ID, 'x', text, lists)).toThrow(/unreadable retry marks/)
    expect(
      decodeAttempt(BANK_ID, 'x', text.replace(`|${marks}|`, '|30|'), lists).answers,
    ).toMatchObject([
      { qid: 'q1', retryUsed: true, overridden: true },
      { qid: 'q2', retryUsed: false },
    ])
  })
})
