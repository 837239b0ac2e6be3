/**
 * `verbatim-prompt`: the prompt copies 12 or more consecutive words of the passage. Such a
 * question can be answered by finding the matching words, without understanding them — it tests
 * word matching, not reading. The comparison is on words (case and punctuation ignored), not on
 * meaning. When the question is about the quotation itself ("Who said: …?"), say so in
 * `lint.allow`.
 */
import { words } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

const LONGEST_ALLOWED = 11

/** The longest run of `prompt` words found consecutively in `passage`, as [start, length]. */
function longestRun(prompt: readonly string[], passage: readonly string[]): [number, number] {
  const where = new Map<string, number[]>()
  passage.forEach((w, j) => where.set(w, [...(where.get(w) ?? []), j]))
  let best: [number, number] = [0, 0]
  prompt.forEach((w, i) => {
    for (const j of where.get(w) ?? []) {
      let n = 0
      while (i + n < prompt.length && prompt[i + n] === passage[j + n]) n++
      if (n > best[1]) best = [i, n]
    }
  })
  return best
}

export const verbatimPrompt: LintRule = ({ bank, passage }) => {
  const text = words(passage.paragraphs.join(' '))
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    const prompt = words(q.prompt)
    const [start, length] = longestRun(prompt, text)
    if (length <= LONGEST_ALLOWED) return
    const copied = prompt.slice(start, start + length)
    const shown = `${copied.slice(0, 4).join(' ')} … ${copied.slice(-3).join(' ')}`
    warnings.push({
      rule: 'verbatim-prompt',
      path: ['questions', index, 'prompt'],
      message:
        `copies ${length} words of the article in a row (“${shown}”): a student can answer by ` +
        `finding matching words instead of understanding them; paraphrase it, or, if the ` +
        `question is about the quotation itself, list "verbatim-prompt" in "lint.allow" and say why`,
    })
  })
  return warnings
}
