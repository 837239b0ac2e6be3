/**
 * The quiz in progress as cmi.suspend_data: it comes back as the learner left it, it fits in
 * SCORM 1.2's 4096 characters for big sets, and whatever text an LMS hands back is read safely.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Bank, Question } from '../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../src/domain/grading/types.ts'
import { setResponse, submitAnswer } from '../../src/domain/quiz/answer.ts'
import { next, skip, toggleFlag } from '../../src/domain/quiz/navigate.ts'
import { createSession, currentId, type QuizSession } from '../../src/domain/quiz/session.ts'
import {
  LMS_QUIZ_OPTIONS,
  SUSPEND_DATA_MAX,
  placeWidth,
  writeSuspendData,
} from '../../src/scorm/suspend-data.ts'
import { readSuspendData } from '../../src/scorm/suspend-read.ts'
import { at, quizBank, right, wrong } from '../domain/quiz/bank.ts'

const bank = quizBank()

/** What the learner does with the question on screen: answer it somehow, or skip it. */
type Step = ((q: Question) => AnyResponse) | 'skip'

/** An LMS quiz of `b` (seed "seed-1"), taking the `steps` on the first questions in turn. */
function playLms(b: Bank, steps: Step[], seed = 'seed-1') {
  let s = createSession(b, { ...LMS_QUIZ_OPTIONS }, seed, at(0))
  let t = 0
  for (const step of steps) {
    t += 7_000
    if (step === 'skip') {
      s = skip(s, at(t))
      continue
    }
    const q = b.questions.find((x) => x.id === currentId(s))!
    const r = step(q)
    const out = submitAnswer(setResponse(s, q.id, r), b, at(t), 'en')
    if (out.message) throw new Error(out.message)
    s = next(out.session, at(t))
  }
  return { session: s, t }
}

const rightOf = (q: Question) => right[q.id as keyof typeof right] as AnyResponse
const wrongOf = (q: Question) => wrong[q.id as keyof typeof wrong] as AnyResponse

function written(s: QuizSession, b: Bank, t: number): string {
  const out = writeSuspendData(s, b, at(t))
  if (!out.ok) throw new Error(out.reason)
  return out.text
}

describe('the quiz in progress, kept in the LMS', () => {
  it('comes back with every answer, skip, flag and the question on screen', () => {
    const played = playLms(bank, [rightOf, wrongOf, 'skip', rightOf])
    const { t } = played
    const session = toggleFlag(played.session, played.session.order[1]!)
    const text = written(session, bank, t + 3_000)
    const read = readSuspendData(text, bank, at(99_000))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const back = read.session
    expect(back.order).toEqual(session.order)
    expect(back.shown).toEqual(session.shown)
    expect(back.index).toBe(4)
    expect(back.flagged).toEqual([session.order[1]])
    expect(back.entries.map((e) => [e.phase, e.skipped, e.response])).toEqual(
      session.entries.map((e) => [e.phase, e.skipped, e.response]),
    )
    // Each question's time, to the second; the one on screen has its 3 s so far.
    expect(back.entries.map((e) => e.timeMs)).toEqual([7000, 7000, 7000, 7000, 3000, 0, 0])
    // Paused, as a saved quiz is: resuming starts its clock.
    expect(back.viewingSince).toBeNull()
  })

  it('is refused for another version of the set, another format or a quiz of other options', () => {
    const { session, t } = playLms(bank, [rightOf])
    const text = written(session, bank, t)
    const changed = { ...bank, questions: bank.questions.map((q) => ({ ...q, prompt: 'New' })) }
    expect(readSuspendData(text, changed, at(0))).toMatchObject({ ok: false })
    expect(readSuspendData(text.replace('"P1"', '"P2"'), bank, at(0)).ok).toBe(false)
    const practice = createSession(bank, { ...LMS_QUIZ_OPTIONS, mode: 'practice' }, 's', at(0))
    expect(writeSuspendData(practice, bank, at(0))).toEqual({
      ok: false,
      reason: 'not-an-lms-quiz',
    })
  })

  it('refuses answers that are not responses to their question', () => {
    const { session, t } = playLms(bank, [rightOf])
    const data = JSON.parse(written(session, bank, t)) as unknown[]
    // "who" is a single choice of 3: places 0–2.
    const who = 4 + session.order.indexOf('who')
    const withWho = (entry: string) => {
      const copy = [...data]
      copy[who] = entry
      return readSuspendData(JSON.stringify(copy), bank, at(0)).ok
    }
    expect(withWho('1:2')).toBe(true)
    expect(withWho('0:')).toBe(true)
    for (const entry of ['1:3', '1:01', '1:-1', '8:', '1zzzzzzz:', '1', 'x:0']) {
      expect(withWho(entry), entry).toBe(false)
    }
    expect(readSuspendData(JSON.stringify([...data, '0:']), bank, at(0)).ok).toBe(false)
    expect(readSuspendData(JSON.stringify(data.slice(0, -1)), bank, at(0)).ok).toBe(false)
    const atIndex = (i: unknown) => JSON.stringify([...data.slice(0, 3), i, ...data.slice(4)])
    for (const index of [-1, 7, 1.5, '0', null]) {
      expect(readSuspendData(atIndex(index), bank, at(0)).ok, String(index)).toBe(false)
    }
  })

  it('reads any text at all without throwing, and never gives a quiz that does not fit', () => {
    const { session, t } = playLms(bank, [rightOf, wrongOf, rightOf])
    const good = written(session, bank, t)
    const mutated = fc
      .tuple(fc.nat({ max: good.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 6 }))
      .map(([from, cut, insert]) => good.slice(0, from) + insert + good.slice(from + cut))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), mutated), (text) => {
        const read = readSuspendData(text, bank, at(0))
        if (read.ok) {
          expect(read.session.bankId).toBe(bank.id)
          expect(read.session.entries).toHaveLength(read.session.order.length)
          expect(read.session.status).toBe('active')
        } else {
          expect(read.reason).toMatch(/\w/)
        }
      }),
      { numRuns: 600 },
    )
  })

  it('writes one place per option, two when a list has more than 36', () => {
    expect([2, 36, 37, 1296, 1297].map(placeWidth)).toEqual([1, 1, 2, 2, 3])
    const many = Array.from({ length: 40 }, (_, i) => `Choice ${i}`)
    const big: Bank = {
      ...bank,
      questions: [
        { id: 'm', type: 'multiple', prompt: 'Which?', choices: many, answers: ['Choice 39'] },
      ],
    }
    const s = createSession(big, { ...LMS_QUIZ_OPTIONS }, 'x', at(0))
    const answered = submitAnswer(setResponse(s, 'm', ['Choice 39', 'Choice 2']), big, at(1), 'en')
    const text = written(answered.session, big, 1)
    expect(JSON.parse(text)[4]).toBe('1:1302')
    const read = readSuspendData(text, big, at(0))
    expect(read.ok && read.session.entries[0]?.response).toEqual(['Choice 39', 'Choice 2'])
  })
})

/** The biggest shipped set, and a 100-question set made of copies of its questions. */
const shipped = JSON.parse(
  readFileSync('questions/assad-sochi-2018/who-said-what.json', 'utf8'),
) as Bank
const hundred: Bank = {
  ...shipped,
  questions: Array.from({ length: 100 }, (_, i) => {
    const q = shipped.questions[i % shipped.questions.length]!
    return { ...q, id: `${q.id}-${i}` }
  }),
}

/** A long but plausible typed answer for a short question, a number for a numeric one. */
function typical(q: Question): AnyResponse {
  switch (q.type) {
    case 'single':
      return q.answer
    case 'multiple':
      return q.answers
    case 'truefalse':
      return q.answer
    case 'numeric':
      return String(q.answer)
    case 'short':
      return 'x'.repeat(40)
    case 'ordering':
      return [...q.items].reverse()
    case 'matching':
      return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]))
  }
}

describe('the size of the quiz in progress', () => {
  it.each([
    ['the biggest shipped set', shipped],
    ['a 100-question set', hundred],
  ])('fits in suspend_data for %s, every question answered', (_name, b) => {
    const answers = b.questions.map(() => typical)
    // Answering the last question submits nothing yet: stay on it.
    const { session, t } = playLms(b, answers.slice(0, -1))
    const text = written(session, b, t + 600_000)
    console.info(`suspend_data for ${b.questions.length} questions: ${text.length} characters`)
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX)
    expect(readSuspendData(text, b, at(0)).ok).toBe(true)
  })

  it('fits for a 100-question set whose short answers are typed at the 255 characters an LMS keeps', () => {
    const long = (q: Question) => (q.type === 'short' ? 'y'.repeat(255) : typical(q))
    const { session, t } = playLms(hundred, hundred.questions.map(() => long).slice(0, -1))
    const text = written(session, hundred, t)
    console.info(`…with 255-character short answers: ${text.length} characters`)
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX)
  })

  it('says so instead of writing a text the LMS would cut', () => {
    // 100 short-answer questions, each answered with 40 characters: more than 4096 in all.
    const shorts: Bank = {
      ...hundred,
      questions: hundred.questions.map((q, i) => ({
        id: `s${i}`,
        type: 'short',
        prompt: q.prompt,
        accepted: ['Peskov'],
      })),
    }
    const { session, t } = playLms(
      shorts,
      shorts.questions.map(() => typical),
    )
    expect(writeSuspendData(session, shorts, at(t))).toEqual({ ok: false, reason: 'too-long' })
  })
})
