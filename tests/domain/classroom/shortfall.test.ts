/** Why an answer fell short of full marks: an incomplete tick-all is not a wrong answer. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { classBank } from '../../fixtures/classroom/six-students.ts'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { describeResponse } from '../../../src/domain/grading/registry.ts'
import type { ResultAnswer } from '../../../src/domain/interop/results.ts'
import { shortfallNote, shortfallOf, ticksOf } from '../../../src/domain/classroom/shortfall.ts'

// Right: Syria, Russia. Wrong: Iran, Turkey.
const allies = classBank.questions.find((q) => q.id === 'q5') as Question & { type: 'multiple' }
const who = classBank.questions.find((q) => q.id === 'q2')

const answer = (response: string, score: number, more: Partial<ResultAnswer> = {}) =>
  ({
    questionId: 'q5',
    type: 'multiple',
    prompt: null,
    score,
    max: 1,
    correct: false,
    seconds: 5,
    response,
    blank: false,
    retryUsed: false,
    markedRight: false,
    ...more,
  }) satisfies ResultAnswer

describe('why an answer fell short', () => {
  it.each([
    [
      'one of two right options ticked',
      answer('Syria', 0.5),
      allies,
      'Incomplete — missing “Russia”',
    ],
    ['a right and a wrong tick, for nothing', answer('Syria; Iran', 0), allies, null],
    ['two right and a wrong tick', answer('Syria; Russia; Iran', 0.5), allies, 'Partly right'],
    ['part marks, the set not loaded here', answer('Syria', 0.5), undefined, 'Partly right'],
    [
      'right on the second try',
      answer('Putin', 0.5, { questionId: 'q2', type: 'single', correct: true, retryUsed: true }),
      who,
      '½ — right on the second try',
    ],
    ['a wrong choice', answer('Peskov', 0, { questionId: 'q2', type: 'single' }), who, null],
  ])('%s', (_case, a, question, note) => {
    expect(shortfallNote(shortfallOf(a, question))).toBe(note)
  })

  it('names every right option left out, in the order of the choices', () => {
    const four = { ...allies, answers: ['Turkey', 'Syria', 'Russia'] }
    expect(shortfallOf(answer('Syria', 1 / 3), four)).toEqual({
      kind: 'incomplete',
      missing: ['Russia', 'Turkey'],
    })
    expect(shortfallNote({ kind: 'incomplete', missing: ['Russia', 'Turkey'] })).toBe(
      'Incomplete — missing “Russia” and “Turkey”',
    )
  })
})

describe('reading the ticks back from the words of a tick-all answer', () => {
  it('splits an answer whose options hold the separator themselves', () => {
    const choices = ['Peace; talks', 'Peace', 'talks', 'war']
    expect(ticksOf(choices, 'Peace; talks')).toEqual(['Peace; talks'])
    expect(ticksOf(choices, 'Peace; talks; war')).toEqual(['Peace; talks', 'war'])
    expect(ticksOf(choices, 'Peace; war')).toEqual(['Peace', 'war'])
    expect(ticksOf(choices, 'No answer')).toBeNull()
    expect(ticksOf(choices, '')).toBeNull()
    expect(ticksOf(choices, 'war; Peace')).toBeNull()
  })

  const choiceList = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), {
    minLength: 1,
    maxLength: 8,
  })

  it('reads back any ticks as review wrote them', () => {
    fc.assert(
      fc.property(
        choiceList.chain((choices) =>
          fc.tuple(fc.constant(choices), fc.subarray(choices, { minLength: 1 })),
        ),
        ([choices, ticked]) => {
          const q = { ...allies, choices, answers: [choices[0]!] }
          const words = describeResponse(q, ticked)
          const back = ticksOf(choices, words)
          // Options may read alike when joined; whatever is read must say the same words.
          expect(back).not.toBeNull()
          expect(describeResponse(q, back)).toBe(words)
        },
      ),
    )
  })

  it('never throws on the words of a hostile file, and reads only options, once each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'a; ', '; ', 'b', 'ab', ';', ' '), { maxLength: 8 }),
        fc.string({ maxLength: 300 }),
        fc.array(fc.constantFrom('a', 'a; a', 'b', '; ', 'ab'), { maxLength: 300 }),
        (options, noise, parts) => {
          const choices: string[] = [...new Set<string>(options)]
          for (const text of [noise, parts.join('')]) {
            const back = ticksOf(choices, text)
            if (back === null) continue
            expect(new Set(back).size).toBe(back.length)
            expect(back.every((t) => choices.includes(t))).toBe(true)
            expect(back.join('; ')).toBe(text)
          }
        },
      ),
    )
  })
})
