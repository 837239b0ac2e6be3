/**
 * Feedback in place: which options, pairs and positions were right. Feedback and review draw a
 * ✓, ✗ or "missed" beside each option from these, so the student sees where the marks went
 * rather than only a total.
 */
import type { Question } from '../bank/schema.ts'
import type { AnyResponse } from './types.ts'

/** right: chosen and right · wrong: chosen and wrong · missed: right but not chosen. */
export type OptionMark = 'right' | 'wrong' | 'missed'

/**
 * What one matching row or ordering position got, and what was expected there: 'missed' is a
 * matching row left without a match (a test handed in part done), as a right option left unticked.
 */
export interface PlaceMark {
  mark: 'right' | 'wrong' | 'missed'
  expected: string
}

/** The key a true/false option is marked under. */
export const truthKey = (value: boolean): string => (value ? 'True' : 'False')

/**
 * Marks per option text for choice questions (true/false under "True"/"False"); unchosen wrong
 * options get no mark. Other types get an empty record.
 */
export function optionMarks(q: Question, response: AnyResponse): Record<string, OptionMark> {
  const marks: Record<string, OptionMark> = {}
  const mark = (option: string, right: boolean, chosen: boolean) => {
    if (chosen) marks[option] = right ? 'right' : 'wrong'
    else if (right) marks[option] = 'missed'
  }
  if (q.type === 'single') {
    for (const c of q.choices) mark(c, c === q.answer, response === c)
  } else if (q.type === 'multiple') {
    const ticked = Array.isArray(response) ? response : []
    for (const c of q.choices) mark(c, q.answers.includes(c), ticked.includes(c))
  } else if (q.type === 'truefalse') {
    for (const value of [true, false]) mark(truthKey(value), q.answer === value, response === value)
  }
  return marks
}

/**
 * Per matching row (keyed by its left side) or ordering position (keyed by the item placed
 * there): right, wrong or (a row without a match) missed, and what belongs there. Other types
 * get an empty record.
 */
export function placeMarks(q: Question, response: AnyResponse): Record<string, PlaceMark> {
  const marks: Record<string, PlaceMark> = {}
  if (q.type === 'matching') {
    const chosen = (response ?? {}) as Record<string, string>
    for (const p of q.pairs) {
      const got = Object.hasOwn(chosen, p.left) ? chosen[p.left] : ''
      const mark = got === '' ? 'missed' : got === p.right ? 'right' : 'wrong'
      marks[p.left] = { mark, expected: p.right }
    }
  } else if (q.type === 'ordering' && Array.isArray(response)) {
    response.forEach((item, i) => {
      const expected = q.items[i] ?? ''
      marks[String(item)] = { mark: item === expected ? 'right' : 'wrong', expected }
    })
  }
  return marks
}

/**
 * Per ordering position, in the order given: right or wrong, and the item that belongs there.
 * Unlike `placeMarks`, an item that appears twice ("Sochi", "Sochi") is marked at each place.
 */
export function positionMarks(q: Question, response: AnyResponse): PlaceMark[] {
  if (q.type !== 'ordering' || !Array.isArray(response)) return []
  return response.map((item, i) => {
    const expected = q.items[i] ?? ''
    return { mark: item === expected ? 'right' : 'wrong', expected }
  })
}

/** Everything feedback marks in place on a checked question: its options, pairs or positions. */
export interface FeedbackMarks {
  options: Record<string, OptionMark>
  places: Record<string, PlaceMark>
}

/** The marks a checked answer gets in place, in practice and in review alike. */
export function feedbackMarks(q: Question, response: AnyResponse): FeedbackMarks {
  return { options: optionMarks(q, response), places: placeMarks(q, response) }
}
