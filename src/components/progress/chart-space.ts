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

/** How far the point `p` is from `r` (0 inside it). */
export function distanceTo(p: Spot, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width))
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height))
  return Math.hypot(dx, dy)
}

/** How far the segment from `a` to `b` comes to `r` (0 where it passes through it). */
export function segmentDistance(a: Spot, b: Spot, r: Rect): number {
  if (crosses(a, b, r)) return 0
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length2 = dx * dx + dy * dy
  // The nearest is an end of the segment, or a corner of the rectangle.
  const corners = [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x, y: r.y + r.height },
    { x: r.x + r.width, y: r.y + r.height },
  ].map((c) => {
    const t = length2
      ? Math.min(1, Math.max(0, ((c.x - a.x) * dx + (c.y - a.y) * dy) / length2))
      : 0
    return Math.hypot(c.x - (a.x + t * dx), c.y - (a.y + t * dy))
  })
  return Math.min(distanceTo(a, r), distanceTo(b, r), ...corners)
}

/** What a label must keep clear of: a line through `points` drawn `reach` thick each side, and other labels. */
export interface Taken {
  points: readonly Spot[]
  /** How far the line and its points reach from their centre, plus the gap to keep. */
  reach: number
  /** How far a point's dot reaches from its centre, plus the gap, where it reaches further than the line. */
  dotReach?: number
  labels: readonly Rect[]
}

/** Whether nothing of `taken` covers `r`. */
export function isClear(r: Rect, taken: Taken): boolean {
  const { points, reach, dotReach = reach } = taken
  if (points.some((p, i) => segmentDistance(p, points[i + 1] ?? p, r) <= reach)) return false
  if (points.some((p) => distanceTo(p, r) <= dotReach)) return false
  return !taken.labels.some((label) => overlaps(label, r))
}

/** Where a label is written: `x` and `anchor` as SVG text takes them, `y` its baseline. */
export interface Place {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
}

/**
 * The places by a point a short label may take, nearest its usual place first: above the point,
 * below it, then moved up or down, or aside, a `step` at a time (aside: until it is clear of the
 * point; up or down: by up to `steps` steps), the least moved first; last, beside it. Only places
 * inside `within`, where a label that runs past its left or right edge is moved back inside. The
 * label is `width` across and its letters stand `height` above the baseline, none below (figures
 * and "%"); `gap` is the least room between them and the point's centre.
 */
export function placesBy(
  pt: Spot,
  size: { width: number; height: number },
  gap: number,
  { step, steps, within }: { step: number; steps: number; within: Rect },
): { place: Place; rect: Rect }[] {
  const { width, height } = size
  const most = width / 2 + gap
  const asides = [0]
  for (let aside = step; aside - step < most; aside += step) asides.push(Math.min(aside, most))
  const moves: { place: Place; cost: number }[] = []
  for (let k = 0; k <= steps; k++) {
    for (const aside of asides) {
      // Below costs half a step more than above: above is where a score is looked for.
      for (const [baseline, extra] of [
        [pt.y - gap - k * step, 0],
        [pt.y + gap + height + k * step, step / 2],
      ] as const) {
        for (const by of aside ? [aside, -aside] : [0])
          moves.push({
            place: { x: pt.x + by, y: baseline, anchor: 'middle' },
            cost: Math.hypot(aside, k * step) + extra,
          })
      }
    }
  }
  const level = pt.y + height / 2
  const places = [
    ...moves.sort((a, b) => a.cost - b.cost).map((m) => m.place),
    { x: pt.x + gap, y: level, anchor: 'start' as const },
    { x: pt.x - gap, y: level, anchor: 'end' as const },
  ]
  const right = within.x + within.width
  return places.flatMap((place) => {
    const from =
      place.anchor === 'start'
        ? place.x
        : place.anchor === 'end'
          ? place.x - width
          : place.x - width / 2
    const by = Math.max(within.x - from, 0) + Math.min(right - (from + width), 0)
    const rect = { x: from + by, y: place.y - height, width, height }
    const inside =
      rect.x >= within.x &&
      rect.x + width <= right &&
      rect.y >= within.y &&
      rect.y + height <= within.y + within.height
    return inside ? [{ place: { ...place, x: place.x + by }, rect }] : []
  })
}
