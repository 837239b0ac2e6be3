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

/** Words a right answer may start with or go without: "in Sochi", "the Kremlin website". */
const LEADING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'on', 'at'])

/**
 * How many of `words` at the start are such words (compared in lower case); never all of them, so
 * an answer that is nothing but such words ("a") keeps its last.
 */
export function leadingWordCount(words: readonly string[]): number {
  let first = 0
  while (first < words.length - 1 && LEADING_WORDS.has((words[first] as string).toLowerCase()))
    first++
  return first
}

/** A number written as an ordinal, "17th" (the day "Thursday 17th May" names is 17 May). */
const ORDINAL = /^(\p{N}+)(?:st|nd|rd|th)$/u

/**
 * The key two short answers are compared by: `normalizeAnswer`, then without leading articles
 * and prepositions ("On the Kremlin website" → "kremlin website") and without "the" anywhere
 * ("website of Kremlin" is "website of the Kremlin": a student whose language has no articles
 * leaves it out, and no answer is told from another by it; "a" stays inside, as in "vitamin A"),
 * and with a number's ordinal ending dropped ("17th May" is "17 May").
 * The last word always stays, so an answer that is nothing but such words ("a") still has a key.
 */
export function answerKey(s: string): string {
  const words = normalizeAnswer(s)
    .split(' ')
    .map((word) => word.replace(ORDINAL, '$1'))
  const kept = words.slice(leadingWordCount(words))
  const said = kept.filter((word) => word !== 'the')
  return (said.length > 0 ? said : kept).join(' ')
}
