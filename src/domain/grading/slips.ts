/**
 * Typing slips a short answer is forgiven: one wrong, missing, extra or swapped letter in a word
 * of 5–9 letters, two in an answer of 10 or more. What looks like a slip but names something else
 * is refused: a different first letter (Gambia, Zambia), an ending added or dropped (Lavrov,
 * Lavrova), a word under 5 letters (Iran, Iraq), any difference in an answer with a digit (2015,
 * 2016). Both sides are `answerKey` outputs.
 */
import { distance } from 'fastest-levenshtein'

/** Slips allowed for this many letters: none under 5, 1 for 5–9, 2 from 10. */
export function slipBudget(letters: number): number {
  return letters < 5 ? 0 : letters < 10 ? 1 : 2
}

const DIGIT = /\p{N}/u

/** Whether a key has a digit, which makes it exact: a number one digit off is another number. */
export function hasDigit(key: string): boolean {
  return DIGIT.test(key)
}

/** Edit distance in which two neighbouring letters swapped ("Pesokv") count as one slip. */
function slipDistance(typed: string, key: string): number {
  let best = distance(typed, key)
  for (let i = 0; i + 1 < typed.length && best > 1; i++) {
    const swapped = typed[i] !== key[i] && typed[i] === key[i + 1] && typed[i + 1] === key[i]
    if (swapped) {
      const unswapped = typed.slice(0, i) + key[i] + key[i + 1] + typed.slice(i + 2)
      best = Math.min(best, 1 + distance(unswapped, key))
    }
  }
  return best
}

/** Slips between two different words, or undefined when they are not a slip apart. */
function wordSlips(typed: string, key: string): number | undefined {
  const budget = slipBudget(key.length)
  if (budget === 0 || Math.abs(typed.length - key.length) > budget) return undefined
  if (typed[0] !== key[0]) return undefined
  if (typed.length !== key.length && typed.at(-1) !== key.at(-1)) return undefined
  const slips = slipDistance(typed, key)
  return slips <= budget ? slips : undefined
}

/**
 * How many slips turn `typed` into `key` (0 when they are equal), or undefined when it is more
 * than the key allows or a difference that names something else. Words are compared in place,
 * each within its own budget and all within the whole key's, so a right surname cannot carry a
 * wrong short word ("Iraq deal" for "Iran deal"). Words run together or split apart
 * ("DmitryPeskov") are one slip.
 */
export function slipsBetween(typed: string, key: string): number | undefined {
  if (typed === key) return 0
  if (hasDigit(typed) || hasDigit(key)) return undefined
  const budget = slipBudget(key.replace(/ /g, '').length)
  if (budget === 0) return undefined
  const typedWords = typed.split(' ')
  const keyWords = key.split(' ')
  if (typedWords.length !== keyWords.length) {
    return typed.replace(/ /g, '') === key.replace(/ /g, '') ? 1 : undefined
  }
  let total = 0
  for (const [i, word] of keyWords.entries()) {
    const given = typedWords[i] as string
    if (given === word) continue
    const slips = wordSlips(given, word)
    if (slips === undefined) return undefined
    total += slips
    if (total > budget) return undefined
  }
  return total
}
