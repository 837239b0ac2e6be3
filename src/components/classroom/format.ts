/** How the class report writes its numbers and flags. */
import type { Flag, Policy } from '../../domain/classroom/stats.ts'
import { percentOf } from '../../domain/quiz/marks.ts'

/** A fraction as a whole percent, rounded as every score is (down), or a dash when there is none. */
export const percentText = (f: number | null): string => (f === null ? '–' : `${percentOf(f, 1)}%`)

/** An index to two decimals with a real minus sign, or a dash when it is undefined. */
export const indexText = (n: number | null): string =>
  n === null ? '–' : n.toFixed(2).replace('-', '−')

export const flagLabels: Record<Flag, { icon: string; text: string; why: string }> = {
  hard: { icon: '⚠', text: 'Hard', why: 'facility under 0.30: most students missed it' },
  easy: { icon: '⚠', text: 'Easy', why: 'facility over 0.95: nearly everyone got it' },
  weak: {
    icon: '⚠',
    text: 'Weak discrimination',
    why: 'under 0.20: strong and weak students did about as well, or the weaker did better',
  },
}

export const policyLabels: Record<Policy, string> = {
  first: 'first attempt',
  best: 'best attempt',
  last: 'latest attempt',
  all: 'every attempt',
}
