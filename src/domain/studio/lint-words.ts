/**
 * The item-writing lint in the editor's words. The rules write for a person editing the JSON file
 * ("add it to \"evidence\"", "the key of wsw-03", "list it in \"lint.allow\""); a teacher in the
 * editor sees fields and numbered questions, so the same warning names those instead.
 */
import type { LintRuleId } from '../bank/lint/rule-ids.ts'

/** Each rule's name, shown beside its warning in place of the rule id. */
export const RULE_TITLES: Record<LintRuleId, string> = {
  giveaway: 'answer given away',
  'key-position': 'right answer always in one place',
  'longest-option': 'right answer is the longest',
  'all-none-of-the-above': '“all / none of the above”',
  'unemphasised-negative': 'easy-to-miss “not”',
  'evidence-incomplete': 'evidence proves only part',
  'evidence-missing': 'no evidence',
  'verbatim-prompt': 'copied from the article',
  'implausible-distractor': 'a wrong option nobody would pick',
  'near-duplicate-options': 'options that say the same',
  'duplicate-question': 'the same question twice',
  'explanation-echo': 'explanation only repeats the evidence',
}

/** JSON words and the editor's for them. */
const PHRASES: readonly [RegExp, string][] = [
  [
    /add the sentence that proves it to "evidence" \(a list of quotes\)/g,
    'pick the sentence that proves it in the article',
  ],
  [
    /pick the sentence \(or sentences\) from the article and add them to "evidence"/g,
    'pick the sentence (or sentences) that prove it in the article',
  ],
  [
    /make it a multiple-choice question \("type": "multiple"\)/g,
    'make it a “multiple answers” question',
  ],
  [
    /, or, if the question is about the quotation itself, list "verbatim-prompt" in "lint\.allow" and say why/g,
    ' (unless the question is about the quotation itself)',
  ],
  [/\bthe keys\b/g, 'the right answers'],
  [/\bthe key\b/g, 'the right answer'],
  [/\bThe key\b/g, 'The right answer'],
]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `message` in the editor's words; `numbers` gives each question id its number in the editor,
 * which shows numbers, not ids ("question 3").
 */
export function inEditorWords(message: string, numbers: ReadonlyMap<string, number>): string {
  let out = message
  for (const [pattern, words] of PHRASES) out = out.replace(pattern, words)
  if (numbers.size === 0) return out
  const ids = [...numbers.keys()].sort((a, b) => b.length - a.length).map(escape)
  const anyId = new RegExp(`(?<![\\w-])(?:${ids.join('|')})(?![\\w-])`, 'g')
  return out.replace(anyId, (id) => `question ${numbers.get(id) ?? id}`)
}
