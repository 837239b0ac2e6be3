/** How a graded question is named on review screens: an icon and words, never colour alone. */
export interface Verdict {
  icon: string
  text: string
  /** The CSS class that adds the (redundant) colour. */
  kind: 'is-correct' | 'is-partial' | 'is-wrong'
}

/** The verdict for a result; a right second try says so, since it earned half marks. */
export function verdictOf(r: { score: number; max: number; correct: boolean }): Verdict {
  if (r.correct && r.score < r.max)
    return { icon: '✓', text: 'Right on the second try (half marks)', kind: 'is-partial' }
  if (r.correct) return { icon: '✓', text: 'Correct', kind: 'is-correct' }
  if (r.score > 0)
    return { icon: '◐', text: `Partly correct (${Math.round(r.score * 100)}%)`, kind: 'is-partial' }
  return { icon: '✗', text: 'Incorrect', kind: 'is-wrong' }
}
