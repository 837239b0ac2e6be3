/** How lists of answers are joined in words, shared so feedback and review read alike. */

/** Joins a set of answers, e.g. ticked choices or matched pairs. */
export function joinList(parts: readonly string[]): string {
  return parts.join('; ')
}

/** Joins an arrangement whose order matters, e.g. "Moscow → Sochi → Sochi". */
export function joinSequence(parts: readonly string[]): string {
  return parts.join(' → ')
}

/** A left → right pair as written in matching feedback. */
export function pairText(left: string, right: string): string {
  return `${left} → ${right}`
}
