/**
 * Optional words in a short question's accepted answers: `"Sochi[, Russia]"` accepts "Sochi" and
 * "Sochi, Russia", `"Thursday [17 May]"` accepts "Thursday" and "Thursday 17 May". Square
 * brackets mark a part the student may give or leave out; they do not nest, and at least one word
 * stays outside them. The bank validator reports a pattern that breaks these rules.
 */
import { normalizeAnswer } from './normalize.ts'

/** Optional parts per accepted answer: 4 give 16 spellings, plenty for a word or two. */
export const MAX_OPTIONAL_PARTS = 4

export type AcceptedForms = { ok: true; forms: string[] } | { ok: false; problem: string }

interface Part {
  text: string
  optional: boolean
}

/** Splits a pattern into its fixed and optional parts, or says what is wrong with its brackets. */
function parts(pattern: string): Part[] | string {
  const out: Part[] = []
  let text = ''
  let open = -1
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '[') {
      if (open >= 0) {
        return `has a “[” inside another “[…]” (character ${i + 1}): optional parts cannot be nested`
      }
      out.push({ text, optional: false })
      text = ''
      open = i
    } else if (ch === ']') {
      if (open < 0) return `has a “]” with no “[” before it (character ${i + 1})`
      if (normalizeAnswer(text) === '') {
        return `has an empty optional part “[${text}]” (character ${open + 1}): put words inside the brackets or remove them`
      }
      out.push({ text, optional: true })
      text = ''
      open = -1
    } else {
      text += ch
    }
  }
  if (open >= 0) return `has a “[” that is never closed with “]” (character ${open + 1})`
  out.push({ text, optional: false })
  return out
}

/** Whitespace as a student would write it: single spaces, none at the ends. */
function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/**
 * Every spelling an accepted answer stands for, the fullest first (all optional parts given),
 * or why the pattern cannot be used. A pattern without brackets is its own only form.
 */
export function acceptedForms(pattern: string): AcceptedForms {
  // Most answers have no optional part: one form, the answer itself (what the loop below gives).
  if (!pattern.includes('[') && !pattern.includes(']')) return { ok: true, forms: [tidy(pattern)] }
  const split = parts(pattern)
  if (typeof split === 'string') return { ok: false, problem: split }
  const optional = split.filter((p) => p.optional).length
  if (optional > MAX_OPTIONAL_PARTS) {
    return {
      ok: false,
      problem: `has ${optional} optional parts in [ ]: use at most ${MAX_OPTIONAL_PARTS}, or list the spellings separately`,
    }
  }
  const fixed = split.filter((p) => !p.optional).map((p) => p.text)
  if (optional > 0 && normalizeAnswer(fixed.join(' ')) === '') {
    return {
      ok: false,
      problem: 'is optional as a whole: keep at least one word outside the [ ]',
    }
  }
  const forms: string[] = []
  // Bit k of `left` set: the k-th optional part is left out. Counting up puts the fullest first.
  for (let left = 0; left < 2 ** optional; left++) {
    let k = 0
    const text = split
      .map((p) => (p.optional ? ((left >> k++) & 1 ? '' : p.text) : p.text))
      .join('')
    forms.push(tidy(text))
  }
  return { ok: true, forms }
}

/**
 * The spellings an accepted answer stands for, for grading. A pattern the validator would refuse
 * (a bank that skipped validation) counts as written, brackets and all.
 */
export function formsOf(pattern: string): string[] {
  const read = acceptedForms(pattern)
  return read.ok ? read.forms : [tidy(pattern)]
}
