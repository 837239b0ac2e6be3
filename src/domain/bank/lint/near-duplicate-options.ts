/**
 * `near-duplicate-options`: two options of a question (choices, ordering items, the left sides of
 * matching pairs) that say the same thing — the same words once case, stop words, word endings and
 * order are set aside ("Moscow" and "Moscow's", "The Middle East" and "Middle East"), at least 80 %
 * of their words shared, or the same words but one letter apart ("Peskov" and "Peskow").
 * Options that differ in a number ("October 2015", "October 2011") are never near-duplicates.
 * Students either lose a mark to a trick of spelling or eliminate both at once. An option repeated
 * exactly is left to the checks, which refuse it.
 */
import type { Question } from '../schema.ts'
import type { JsonPath } from '../issues.ts'
import { contentStems, excerpt, jaccard, withinOneEdit } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

function options(q: Question): { field: JsonPath; texts: string[] } | undefined {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { field: ['choices'], texts: q.choices }
    case 'ordering':
      return { field: ['items'], texts: q.items }
    case 'matching':
      return { field: ['pairs'], texts: q.pairs.map((p) => p.left) }
    default:
      return undefined
  }
}

const numbers = (stems: readonly string[]) => stems.filter((s) => /^\d/.test(s)).join(' ')

/** Whether two options say the same thing in different letters. */
export function nearDuplicate(a: string, b: string): boolean {
  const sa = contentStems(a)
  const sb = contentStems(b)
  if (sa.length === 0 || sb.length === 0 || numbers(sa) !== numbers(sb)) return false
  const setA = new Set(sa)
  const setB = new Set(sb)
  if (jaccard(setA, setB) >= 0.8) return true
  if (sa.length !== sb.length) return false
  const differ = sa.flatMap((s, i) => (s === sb[i] ? [] : [[s, sb[i]!] as const]))
  return (
    differ.length === 1 &&
    differ.every(([x, y]) => Math.min(x.length, y.length) >= 5 && withinOneEdit(x, y))
  )
}

export const nearDuplicateOptions: LintRule = ({ bank }) => {
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    const found = options(q)
    if (!found) return
    const { field, texts } = found
    const leftSide = q.type === 'matching' ? ['left'] : []
    texts.forEach((text, j) => {
      // An option listed twice is already an error ("is listed twice"): the same again as a
      // warning would only say "“On Monday” says nearly the same as “On Monday”".
      if (texts.indexOf(text) < j) return
      const earlier = texts.findIndex((other, i) => i < j && nearDuplicate(other, text))
      if (earlier < 0) return
      warnings.push({
        rule: 'near-duplicate-options',
        path: ['questions', index, ...field, j, ...leftSide],
        message:
          `${excerpt(text)} says nearly the same as ${excerpt(texts[earlier]!)}: students ` +
          `either lose a mark to a spelling trick or rule both out at once; make the options ` +
          `differ in what they say, or drop one`,
        related: {
          path: ['questions', index, ...field, earlier, ...leftSide],
          what: `option ${earlier + 1}`,
        },
      })
    })
  })
  return warnings
}
