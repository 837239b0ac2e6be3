import { clipWords } from '../text/clip-words.ts'

/**
 * How a question of a GIFT or Aiken file that is left out, not finished or noted is named, in one
 * shape for all: its number (or GIFT ::name::) and its first words, “Question 3 (“Describe the
 * talks.”)”; its number alone when it has no words. The line is the list's, before it.
 */
export function questionLabel(which: string, words: string): string {
  const first = clipWords(words.replace(/\s+/g, ' ').trim(), 40)
  return first ? `${which} (“${first}”)` : which
}
