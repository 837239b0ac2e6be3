/** How typed short answers are compared: the student should not lose a mark to a stray accent. */

/**
 * Folds a typed answer to a comparable key: "Dmítry  Peskov!" → "dmitry peskov",
 * "Putin's" → "putins". Punctuation and symbols are removed rather than spaced out, so apostrophes
 * and hyphens vanish instead of splitting words.
 */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
}
