import { describe, expect, it } from 'vitest'
import type { QuestionOf } from '../../../src/domain/bank/schema.ts'
import { shortGrader as g } from '../../../src/domain/grading/short.ts'

const q: QuestionOf<'short'> = {
  id: 'spokesman',
  type: 'short',
  prompt: 'Who is the Kremlin spokesman?',
  evidence: 'Kremlin spokesman Dmitry Peskov said…',
  accepted: ['Dmitry Peskov', 'Peskov'],
}

describe('short', () => {
  it.each([
    ['Dmitry Peskov', true],
    ['dmitry peskov', true],
    ['Dmítry  Peskov!', true],
    ['  PESKOV. ', true],
    ['Peskov’s', false],
    ['Dmitri Peskov', false],
    ['Putin', false],
    ['Peskov Dmitry', false],
  ])('%j → %s', (r, correct) => {
    expect(g.grade(q, r, 'en')).toEqual({
      score: correct ? 1 : 0,
      max: 1,
      correct,
      detail: correct ? 'Correct' : 'Incorrect',
    })
  })

  it('folds apostrophes the same way on both sides', () => {
    const possessive = { ...q, accepted: ["Putin's residence"] }
    expect(g.grade(possessive, 'Putins residence', 'en').correct).toBe(true)
    expect(g.grade(possessive, 'putin’s  RESIDENCE', 'en').correct).toBe(true)
  })

  it.each(['', '   ', '?!'])('refuses %j as an answer', (r) => {
    expect(g.check(q, r, 'en')).toBe('Type an answer.')
    expect(g.grade(q, r, 'en').detail).toBe('No answer')
  })

  it('words answers', () => {
    expect(g.check(q, 'x', 'en')).toBeNull()
    expect(g.blank(q)).toBe('')
    expect(g.correctAnswer(q)).toBe('Dmitry Peskov')
    expect(g.describe(q, '  Dmitry   Peskov ')).toBe('Dmitry Peskov')
    expect(g.describe(q, ' ')).toBe('No answer')
  })
})
