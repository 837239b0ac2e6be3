/** How the class report writes its numbers and flags. */
import type { Flag, Policy } from '../../domain/classroom/stats.ts'
import { percentOf } from '../../domain/quiz/marks.ts'

/**
 * A fraction as a whole percent, rounded as every score is (`percentOf`; a score under the set's
 * `passMark` stays under it), or a dash when there is none.
 */
export const percentText = (f: number | null, passMark?: number | null): string =>
  f === null ? '–' : `${percentOf(f, 1, passMark ?? undefined)}%`

/**
 * An index to two decimals with a real minus sign, or a dash when it is undefined. One that rounds
 * to nothing reads 0.00: an index of exactly 0 is often computed as −0.00000000000000003.
 */
export const indexText = (n: number | null): string =>
  n === null
    ? '–'
    : n
        .toFixed(2)
        .replace(/^-(?=[0.]+$)/, '')
        .replace('-', '−')

export const flagLabels: Record<Flag, { icon: string; text: string; why: string }> = {
  hard: { icon: '⚠', text: 'Hard', why: 'under 30 % right: most students missed it' },
  easy: { icon: '⚠', text: 'Easy', why: 'over 95 % right: nearly everyone got it' },
  weak: {
    icon: '⚠',
    text: 'Does not tell strong from weak',
    why: 'under 0.20: strong and weak students did about as well, or the weaker did better',
  },
}

/** Which attempts count: as the choice reads, and as the report says what it counted. */
export const policyLabels: Record<Policy, { choice: string; counted: string }> = {
  first: { choice: 'Each student’s first attempt', counted: 'each student’s first' },
  best: { choice: 'Each student’s best attempt', counted: 'each student’s best' },
  last: { choice: 'Each student’s latest attempt', counted: 'each student’s latest' },
  all: { choice: 'Every attempt', counted: 'every attempt' },
}

/**
 * An ISO 8601 instant as this browser's local date and time, "2024-05-18 11:10": the form
 * spreadsheets read as a date and time (they keep "2024-05-18T09:10:00.000Z" as text).
 */
export function localStamp(iso: string): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  // The instant moved by the zone's offset then reads, in UTC, as the local clock did.
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 16).replace('T', ' ')
}
