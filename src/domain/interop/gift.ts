/**
 * What Moodle's GIFT format and Passage agree on, shared by the exporter and the parser: the
 * characters GIFT escapes, the grade weights Moodle accepts, and the comment lines in which Passage
 * keeps what GIFT has no place for (Moodle ignores comments; Passage reads them back).
 */

/** GIFT's reserved characters, escaped with a backslash (Moodle's qformat_gift::repchar). */
const RESERVED = /[\\~=#{}:]/g

/** Text as GIFT writes it: reserved characters escaped, line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text.replace(RESERVED, (ch) => `\\${ch}`).replace(/\r\n?|\n/g, '\\n')
}

/** Moodle's grade fractions (question_bank::fraction_options_full), as percentages. */
export const MOODLE_WEIGHTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
  12.5, 11.11111, 10, 5, 0,
]

/** A percentage as Moodle writes grade weights: five decimals at most, no trailing zeros. */
export function weightText(percent: number): string {
  return String(Math.round(percent * 1e5) / 1e5)
}

/** Whether Moodle's list of grades has `percent` (within its own tolerance). */
export function isMoodleWeight(percent: number): boolean {
  return MOODLE_WEIGHTS.some((w) => Math.abs(w - Math.abs(percent)) < 1e-4)
}

/** The comment line that holds a set's own fields, e.g. `// [passage-set] {"id":…}`. */
export const SET_TAG = '[passage-set]'
/** The comment line that holds a question's fields GIFT cannot carry. */
export const QUESTION_TAG = '[passage]'
/** The comment line before the article, exported as a description item. */
export const ARTICLE_TAG = '[passage-article]'
/** How each evidence quote starts in the general feedback. */
export const EVIDENCE_PREFIX = 'Evidence: “'
export const EVIDENCE_SUFFIX = '”'
