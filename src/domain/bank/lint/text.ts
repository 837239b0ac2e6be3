/**
 * Words as the lint rules compare them. Deliberately simple and predictable: lower case, accents
 * folded, possessive "'s" dropped, hyphenated words split ("al-Assad" → "al", "assad"), and a light
 * suffix-stripping stem so "visits", "visited" and "visit" meet. It is not a real stemmer:
 * "broke" and "break" stay apart, and the rules are tuned to miss rather than to invent.
 */

/** Function words, quiz boilerplate and reporting verbs: they never identify an answer. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with about as into onto over under than ' +
    'then so if also only very just too not no never none is are was were be been being am has ' +
    'have had do does did done can could will would shall should may might must what which who ' +
    'whom whose when where why how this that these those it its he him his she her hers they them ' +
    'their theirs we us our you your i me my there here all any each every some such one ones ' +
    'other another both either neither own same more most much many few up down out off again ' +
    'according article select apply following true false say says said tell tells told'
  ).split(' '),
)

/** Lower case, accents folded, curly quotes straightened. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
}

/** Every word and number, in order, stop words included: "Putin's re-election" → putin, re, election. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const match of fold(text).matchAll(/\p{L}+(?:'\p{L}+)*|\d+(?:[.,]\d+)*/gu)) {
    const word = match[0].replace(/'s$/, '')
    if (word) out.push(word)
  }
  return out
}

/** A light stem: plural, past and -ing endings off, a final "e" off, so word forms meet. */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word
  let w = word
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (/(?:ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

/** The stems of the words that carry meaning, in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(stem)
}

/** Whether `needle` occurs in `hay` as consecutive whole tokens. */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** Share of the union two token sets have in common (1 = the same words). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / (a.size + b.size - shared)
}

/** Whether two words differ by at most one inserted, deleted or replaced letter. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  // Same length: one letter replaced; otherwise the longer word has one letter more.
  return short.length === long.length
    ? short.slice(i + 1) === long.slice(i + 1)
    : short.slice(i) === long.slice(i + 1)
}

/** A short quotation of a text for a message, in “curly quotes”: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return `“${clean}”`
  const cut = clean.slice(0, max).replace(/\s+\S*$/, '')
  return `“${cut}…”`
}

/** "1st", "2nd", "3rd", "4th" … for positions people count from one. */
export function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}
