/**
 * `key-position`: in a set, the key sits at the same place in the list in more than half of the
 * choice questions (single and multiple; for multiple, where its first right answer sits). The
 * app shuffles choices, but a printed copy, an export or a screen reader reading the file does
 * not, and a student soon learns "it's usually the first one".
 * The set needs at least three choice questions. A question whose `lint.allow` lists
 * `key-position` (choices kept in a natural order, such as years) is left out of the count; when
 * that is what keeps the set under the limit, the warning is reported as allowed, on that question.
 */
import type { Bank } from '../schema.ts'
import { allows } from './allowed.ts'
import { keyIndices } from './places.ts'
import { ordinal } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const MIN_QUESTIONS = 3

interface Placed {
  index: number
  position: number
}

/** The most common key position among `placed`, when it covers more than half of them. */
function crowded(placed: readonly Placed[]): { position: number; at: Placed[] } | undefined {
  if (placed.length < MIN_QUESTIONS) return undefined
  const byPosition = new Map<number, Placed[]>()
  for (const p of placed) byPosition.set(p.position, [...(byPosition.get(p.position) ?? []), p])
  for (const [position, at] of byPosition)
    if (at.length * 2 > placed.length) return { position, at }
  return undefined
}

function warning(bank: Bank, placed: readonly Placed[], index?: number): LintWarning | undefined {
  const found = crowded(placed)
  if (!found) return undefined
  const ids = found.at.map((p) => bank.questions[p.index]!.id).join(', ')
  return {
    rule: 'key-position',
    path: index === undefined ? ['questions'] : ['questions', index],
    message:
      `the key is the ${ordinal(found.position + 1)} choice in ${found.at.length} of ` +
      `${placed.length} choice questions (${ids}): in print or an export, where nothing is ` +
      `shuffled, students learn to pick that position; move the keys so no position holds more ` +
      `than half`,
  }
}

export const keyPosition: LintRule = ({ bank }) => {
  const placed: Placed[] = []
  bank.questions.forEach((q, index) => {
    const first = keyIndices(q)?.keys[0]
    if (first !== undefined) placed.push({ index, position: first })
  })
  const counted = placed.filter((p) => !allows(bank.questions[p.index], 'key-position'))
  const counts = warning(bank, counted)
  if (counts) return [counts]
  // Only the allowed questions tip the set over: report it on one of them, as allowed.
  const all = crowded(placed)
  const excused = all?.at.find((p) => allows(bank.questions[p.index], 'key-position'))
  const allowed = excused && warning(bank, placed, excused.index)
  return allowed ? [allowed] : []
}
