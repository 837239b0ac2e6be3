/**
 * Where something is in a file a teacher imports, so that a problem points at the line (and, on a
 * line that holds several answers, the column) to edit, not at the question's first line.
 */

export interface SourcePlace {
  /** 1-based line. */
  line: number
  /** 1-based column, where the line holds more than the one thing. */
  column?: number
}

/** Places inside one question, by path (`choices.1`, `pairs.0`, `answer`). */
export type QuestionPlaces = Record<string, SourcePlace>

/** The place of `path` inside a question, else of the nearest part holding it, else undefined. */
export function placeIn(
  places: QuestionPlaces | undefined,
  path: readonly PropertyKey[],
): SourcePlace | undefined {
  for (let n = path.length; n > 0 && places; n--) {
    const found = places[path.slice(0, n).map(String).join('.')]
    if (found) return found
  }
  return undefined
}
