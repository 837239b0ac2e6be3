/** Words as a sentence lists them: "a", "a and b", "a, b and c" ("" for none). */
export function listed(words: readonly (string | number)[]): string {
  return words.length < 2
    ? String(words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
