/**
 * Room in a line chart's drawing: where a label can go without a line, a point or another label
 * covering it. Pure geometry in the drawing's units (CSS pixels for ScoreChart).
 */

/** A point of the drawing. */
export interface Spot {
  x: number
  y: number
}

/** A rectangle of the drawing, from its top left corner. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** `r` grown by `by` on every side. */
export function grown(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by }
}

/** Whether two rectangles share more than an edge. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Whether the segment from `a` to `b` passes through `r`, its edges included (Liang–Barsky). */
export function crosses(a: Spot, b: Spot, r: Rect): boolean {
  const dx = b.x - a.x
  const dy = b.y - a.y
  let from = 0
  let to = 1
  const sides: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ]
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const t = q / p
    if (p < 0) from = Math.max(from, t)
    else to = Math.min(to, t)
    if (from > to) return false
  }
  return true
}

/** What a label must keep clear of: a line through `points` drawn `reach` thick each side, and other labels. */
export interface Taken {
  points: readonly Spot[]
  /** How far the line and its points reach from their centre, plus the gap to keep. */
  reach: number
  labels: readonly Rect[]
}

/** Whether nothing of `taken` covers `r`. */
export function isClear(r: Rect, taken: Taken): boolean {
  const room = grown(r, taken.reach)
  const { points } = taken
  if (points.some((p, i) => crosses(p, points[i + 1] ?? p, room))) return false
  return !taken.labels.some((label) => overlaps(label, r))
}
