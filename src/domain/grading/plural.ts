/**
 * A plural where the bank has the singular: "power brokers" for "power broker" shows the student
 * understood the article, so it counts (with the article's word shown), unless the question is
 * `exact`. Only a common noun of 4 letters or more, written in lower case in the accepted answer:
 * a name's "s" makes another name or a possessive ("Peskov's"), and a short word's plural is often
 * another word ("arms", "news"). The singular of a plural answer is refused: "arm" is not "arms".
 */
import { answerKey } from './normalize.ts'

/** Whether `typed` is `word` (lower case, 4 letters or more) in an English plural. */
function isPluralOf(typed: string, word: string): boolean {
  if (word.length < 4 || /\P{Ll}/u.test(word)) return false
  return (
    typed === `${word}s` ||
    (/(?:s|x|z|ch|sh|o)$/u.test(word) && typed === `${word}es`) ||
    (/[^aeiou]y$/u.test(word) && typed === `${word.slice(0, -1)}ies`)
  )
}

/** The words of an accepted spelling as written, accents and punctuation gone but case kept. */
function writtenWords(form: string): string[] {
  return form
    .normalize('NFKD')
    .replace(/[\p{M}\p{P}\p{S}]/gu, '')
    .split(/\s+/u)
}

/** Whether the typed key differs from `form` only by one of its common nouns made plural. */
export function pluralOf(typed: string, form: string): boolean {
  const key = answerKey(form).split(' ')
  const given = typed.split(' ')
  if (given.length !== key.length) return false
  const differ = key.flatMap((word, i) => (given[i] === word ? [] : [i]))
  const i = differ[0]
  if (differ.length !== 1 || i === undefined) return false
  const word = key[i] as string
  return writtenWords(form).includes(word) && isPluralOf(given[i] as string, word)
}
