/**
 * The item-writing lint in the editor's words. The rules write for a person editing the JSON file
 * ("add it to \"evidence\"", "the key of wsw-03", "list it in \"lint.allow\""); a teacher in the
 * editor sees fields and numbered questions, so the same warning names those instead.
 */
import type { LintRuleId } from '../bank/lint/rule-ids.ts'

/**
 * What each rule found, in a teacher's words: the lead of its warning ("The evidence proves only
 * part of the answer: …"). The rule's own name read like a code in brackets after the warning.
 */
export const RULE_TITLES: Record<LintRuleId, string> = {
  giveaway: 'The question gives the answer away',
  'key-position': 'The right answer is mostly in the same place',
  'longest-option': 'The right answer is the longest option',
  'all-none-of-the-above': 'An option says “all” or “none of the above”',
  'unemphasised-negative': 'A “not” that is easy to miss',
  'evidence-incomplete': 'The evidence proves only part of the answer',
  'evidence-missing': 'No evidence',
  'verbatim-prompt': 'Copied word for word from the article',
  'implausible-distractor': 'A wrong option nobody would pick',
  'near-duplicate-options': 'Two options say nearly the same',
  'duplicate-question': 'The same question twice',
  'explanation-echo': 'The explanation only repeats the evidence',
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
  // The Type menu's own name: "multiple answers" was a type the teacher could not find there.
  [
    /make it a multiple-choice question \("type": "multiple"\)/g,
    'make it a “multiple choice” question (its Type)',
  ],
  // The form says "options", and a wrong one is a "wrong option" (as the rule titles say).
  [/\bonce choices are shuffled\b/g, 'once the options are shuffled'],
  [/\bor write a real distractor\b/g, 'or write a wrong option that could be right'],
  [/\bdistractors\b/g, 'wrong options'],
  [/\bdistractor\b/g, 'wrong option'],
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
