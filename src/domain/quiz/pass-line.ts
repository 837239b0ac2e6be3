/**
 * The pass line a teacher marks a printed set against: the lowest total a student can reach that
 * passes. "70 % of 7" is 4.9 marks, a total no student can score when every question is worth
 * whole marks (the line is then 5), while with tenths of a mark 4.9 is reachable and "5 or more"
 * would fail a student who passed.
 */
import type { Question } from '../bank/schema.ts'

// Passed as `percentOf` judges it (marks.ts): a share within this of the pass mark has reached it.
const EPSILON = 1e-9

/** Totals looked through at most; a set that would need more is given its plain pass mark. */
const MAX_TOTALS = 1 << 20

/**
 * Into how many equal parts the key splits a question's one mark, as its grader shares it out:
 * a right box ticked (`multiple.ts`), a pair matched (`matching.ts`), a box numbered right
 * (`ordering.ts`); 1 when it is all or nothing. On paper every part can be won on its own (a
 * student may write one number in two boxes), so any count of parts is a total to reckon with.
 */
export function markParts(q: Question): number {
  switch (q.type) {
    case 'multiple':
      return new Set(q.answers).size
    case 'ordering':
      return q.items.length
    case 'matching':
      return q.pairs.length
    case 'single':
    case 'truefalse':
    case 'numeric':
    case 'short':
      return 1
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** A total of marks as an exact fraction: `parts` of 1/`per` mark each. */
export interface MarkTotal {
  parts: number
  per: number
}

/**
 * The lowest total of marks a student can reach with `questions` (1 mark each, split as
 * `markParts` says) that passes at `passMark` (0–1); undefined when the totals are too fine to
 * look through (thousands of different splits), where the caller states the pass mark as it is.
 */
export function passLine(questions: readonly Question[], passMark: number): MarkTotal | undefined {
  const n = questions.length
  // Questions split alike, counted: k of them in d parts can earn any k' / d for k' from 0 to k·d.
  const splits = new Map<number, number>()
  for (const q of questions) {
    const d = markParts(q)
    splits.set(d, (splits.get(d) ?? 0) + 1)
  }
  let per = 1
  for (const d of splits.keys()) {
    per = (per / gcd(per, d)) * d
    if (per > MAX_TOTALS) return undefined
  }
  // The lowest whole total that passes can always be reached: above it nothing need be looked at.
  const whole = Math.ceil((passMark - EPSILON) * n)
  const size = whole * per + 1
  if (size > MAX_TOTALS) return undefined
  let reach = new Uint8Array(size)
  reach[0] = 1
  for (const [d, count] of splits) {
    const step = per / d
    const span = (count * d + 1) * step
    // `seen[i]`: how many of i, i − step, i − 2·step … were reached; a total is reached now if one
    // within `count · d` steps below it was.
    const seen = new Int32Array(size)
    const next = new Uint8Array(size)
    for (let i = 0; i < size; i++) {
      seen[i] = (reach[i] ?? 0) + (i >= step ? (seen[i - step] ?? 0) : 0)
      const below = i >= span ? (seen[i - span] ?? 0) : 0
      next[i] = (seen[i] ?? 0) > below ? 1 : 0
    }
    reach = next
  }
  const from = Math.max(0, Math.ceil((passMark - EPSILON) * n * per))
  for (let i = from; i < size; i++) if (reach[i]) return lowest({ parts: i, per })
  return { parts: whole, per: 1 }
}

function lowest(t: MarkTotal): MarkTotal {
  const g = gcd(t.parts, t.per)
  return { parts: t.parts / g, per: t.per / g }
}

/**
 * A total as a teacher adds it up: in decimals when two or fewer say it exactly ("5", "4.5",
 * "4.75"), else whole marks and a fraction ("4 2/3", "2/3").
 */
export function totalWords({ parts, per }: MarkTotal): string {
  if (100 % per === 0) return String((parts * (100 / per)) / 100)
  const whole = Math.floor(parts / per)
  const rest = `${parts % per}/${per}`
  return whole === 0 ? rest : `${whole} ${rest}`
}
