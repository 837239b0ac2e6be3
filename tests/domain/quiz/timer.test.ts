import { describe, expect, it } from 'vitest'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { goTo } from '../../../src/domain/quiz/navigate.ts'
import { createSession, entryOf, type QuizSession } from '../../../src/domain/quiz/session.ts'
import {
  extendTimer,
  isPaused,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resumeTimer,
} from '../../../src/domain/quiz/timer.ts'
import { at, deepFreeze, quizBank } from './bank.ts'

const bank = quizBank(['who', 'critics'])
const timed = (timeLimitSec?: number): QuizSession =>
  deepFreeze(
    createSession(
      bank,
      {
        mode: 'test',
        shuffleQuestions: false,
        shuffleChoices: false,
        ...(timeLimitSec && { timeLimitSec }),
      },
      'seed',
      at(0),
    ),
  )

describe('timer', () => {
  it('counts down from the limit and reports time up at zero', () => {
    const s = timed(60)
    expect(remainingMs(s, at(0))).toBe(60_000)
    expect(remainingMs(s, at(15_000))).toBe(45_000)
    expect(isTimeUp(s, at(59_999))).toBe(false)
    expect(isTimeUp(s, at(60_000))).toBe(true)
    expect(remainingMs(s, at(90_000))).toBe(0)
  })

  it('stops while paused and resumes where it was', () => {
    const paused = pauseTimer(timed(60), at(10_000))
    expect(isPaused(paused)).toBe(true)
    expect(remainingMs(paused, at(500_000))).toBe(50_000)
    const resumed = resumeTimer(paused, at(500_000))
    expect(isPaused(resumed)).toBe(false)
    expect(remainingMs(resumed, at(510_000))).toBe(40_000)
    expect(pauseTimer(paused, at(600_000))).toBe(paused)
    expect(resumeTimer(resumed, at(600_000))).toBe(resumed)
  })

  it('extends a running or paused countdown, even after it reached zero', () => {
    const s = timed(60)
    expect(remainingMs(extendTimer(s, 30_000, at(10_000)), at(10_000))).toBe(80_000)
    expect(extendTimer(s, 30_000, at(10_000)).timer?.limitMs).toBe(90_000)
    const late = extendTimer(s, 30_000, at(100_000))
    expect(remainingMs(late, at(100_000))).toBe(30_000)
    expect(isTimeUp(late, at(100_000))).toBe(false)
    const paused = extendTimer(pauseTimer(s, at(20_000)), 5_000, at(30_000))
    expect(remainingMs(paused, at(99_000))).toBe(45_000)
    expect(() => extendTimer(s, -1, at(0))).toThrow(RangeError)
  })

  it('has no countdown when untimed, but can still pause', () => {
    const s = timed()
    expect(remainingMs(s, at(10))).toBeNull()
    expect(isTimeUp(s, at(10 ** 9))).toBe(false)
    expect(extendTimer(s, 1000, at(0))).toBe(s)
    expect(isPaused(pauseTimer(s, at(10)))).toBe(true)
  })

  it('credits each question with its time on screen, pauses excluded', () => {
    let s = timed(600)
    s = pauseTimer(s, at(4_000))
    s = resumeTimer(s, at(100_000))
    s = goTo(s, 1, at(103_000))
    s = goTo(s, 0, at(110_000))
    s = finish(s, bank, at(111_000), 'submitted', 'en')
    expect(entryOf(s, 'who').timeMs).toBe(4_000 + 3_000 + 1_000)
    expect(entryOf(s, 'critics').timeMs).toBe(7_000)
  })

  it('ignores a clock that went backwards', () => {
    const s = goTo(timed(60), 1, at(-5_000))
    expect(entryOf(s, 'who').timeMs).toBe(0)
  })

  it('freezes when the quiz finishes', () => {
    const done = finish(timed(60), bank, at(20_000), 'timeout', 'en')
    expect(done.timer).toEqual({ limitMs: 60_000, remainingMs: 40_000, runningSince: null })
    expect(done.viewingSince).toBeNull()
    expect(isPaused(done)).toBe(false)
    expect(resumeTimer(done, at(30_000))).toBe(done)
    expect(pauseTimer(done, at(30_000))).toBe(done)
  })
})
