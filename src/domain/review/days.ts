/**
 * Calendar days in the student's own time zone. "Due today", streaks and "reviews per day" are
 * about the day on the student's wall clock, not UTC. "Today" is the runtime's (the browser's);
 * the day an answer counted for is the one the student's clock showed when they gave it (`zones`,
 * `dayCounter`). Every function takes the instant it works on, so tests choose their dates, and
 * the clocks that take a zone can be given one.
 */

const DAY_MS = 86_400_000

/**
 * A local calendar day as a whole number: days since 1970-01-01 on the calendar of the clock
 * `offsetAt` tells (the runtime's unless given).
 */
export function dayNumber(t: number, offsetAt: OffsetAt = runtimeOffset): number {
  return dayAt(t, offsetAt(t))
}

/** `t`'s local calendar day as YYYY-MM-DD, as a file name dates it: an evening is not tomorrow. */
export function isoLocalDay(t: number): string {
  return new Date(dayNumber(t) * DAY_MS).toISOString().slice(0, 10)
}

/** The instant the local day after `t`'s day begins (midnight, whatever the clock change). */
export function startOfNextDay(t: number): number {
  const d = new Date(t)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime()
}

/** Local noon of a day number, a safe instant to format or compare that day with. */
export function noonOf(day: number): number {
  const d = new Date(day * DAY_MS)
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12).getTime()
}

/** Every time zone's offset is a whole number of quarter hours, so a local day never splits one. */
const QUARTER_HOUR_MS = 900_000

/** The instant `t`'s local day began (midnight, whatever the clock change). */
export function startOfDay(t: number): number {
  const d = new Date(t)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

/** Log times count seconds from here (`card.ts`), and so do zone marks. */
const LOG_EPOCH_MS = Date.UTC(2020, 0, 1)
const MINUTE_MS = 60_000

/**
 * Where the student's wall clock stood from an instant on: [seconds since 2020 (as a log entry
 * counts them), minutes east of UTC]. The review document keeps one each time the offset changed
 * (its `zones`, oldest first), so an answer counts on the day the student's own clock showed when
 * they gave it, wherever they have gone since.
 */
export type ZoneMark = [from: number, offset: number]
/** Marks oldest first; like every stored value, never changed in place. */
export type Zones = ZoneMark[]

/** Minutes east of UTC that a clock shows at instant `t`. */
export type OffsetAt = (t: number) => number

/** The runtime's (the browser's) clock: its zone and its daylight saving rules. */
export const runtimeOffset: OffsetAt = (t) => 0 - new Date(t).getTimezoneOffset()

/** Most marks a document keeps: the newest, years of moves and clock changes. */
export const MAX_ZONES = 64
/** Every clock on Earth is between 12 hours behind UTC and 14 ahead. */
const MIN_OFFSET = -720
const MAX_OFFSET = 840
/** The last second a log can store (6 base-36 digits), and so the last a mark can start. */
const MAX_FROM = 36 ** 6 - 1

/** Whether `offset` is one a clock shows: whole quarter hours from UTC-12 to UTC+14. */
function clockOffset(offset: number): boolean {
  return (
    Number.isInteger(offset) && offset % 15 === 0 && offset >= MIN_OFFSET && offset <= MAX_OFFSET
  )
}

/**
 * What is wrong with stored zone marks (oldest first, each a real offset, starting later than the
 * one before), in a sentence; undefined when nothing is.
 */
export function zonesProblem(zones: Zones): string | undefined {
  if (zones.length > MAX_ZONES) return `zones has more than ${MAX_ZONES} marks`
  for (let i = 0; i < zones.length; i++) {
    const [from, offset] = zones[i] as ZoneMark
    if (!(Number.isInteger(from) && from >= 0 && from <= MAX_FROM))
      return `zones[${i}] starts at no time a log can hold`
    if (!clockOffset(offset))
      return `zones[${i}] is ${String(offset)} minutes from UTC, which no clock is`
    if (i > 0 && from <= (zones[i - 1] as ZoneMark)[0])
      return `zones[${i}] does not start after zones[${i - 1}]`
  }
  return undefined
}

/** Seconds since 2020 of instant `t`, as a mark counts them (not rounded: compared with marks). */
const secondsOf = (t: number) => (t - LOG_EPOCH_MS) / 1000

/** The index of the last mark starting at or before `t` (epoch ms); -1 when none does. */
function markAt(zones: Zones, t: number): number {
  const s = secondsOf(t)
  let lo = 0
  let hi = zones.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((zones[mid] as ZoneMark)[0] <= s) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/**
 * `zones` with the clock at `offset` from instant `t` on: the same array when that is already the
 * offset there, or `offset` is none a clock shows. Marks stay in time order, the newest
 * `MAX_ZONES` kept.
 */
export function withZone(zones: Zones, t: number, offset: number): Zones {
  const k = markAt(zones, t)
  if (!clockOffset(offset) || (k >= 0 && (zones[k] as ZoneMark)[1] === offset)) return zones
  const from = Math.min(MAX_FROM, Math.max(0, Math.floor(secondsOf(t))))
  const before = zones.slice(0, k + 1).filter(([f]) => f < from)
  return [...before, [from, offset] as ZoneMark, ...zones.slice(k + 1)].slice(-MAX_ZONES)
}

/**
 * Two documents' marks as one timeline (a backup's and this browser's): in time order, one mark
 * per start (ours when both have one), the newest `MAX_ZONES` kept. `ours` itself when the other
 * adds nothing, so merging the same backup again changes nothing.
 */
export function mergeZones(ours: Zones, theirs: Zones): Zones {
  const byFrom = new Map<number, ZoneMark>()
  for (const mark of [...theirs, ...ours]) byFrom.set(mark[0], mark)
  const merged = [...byFrom.values()].sort((a, b) => a[0] - b[0]).slice(-MAX_ZONES)
  const same = merged.length === ours.length && merged.every((m, i) => m === ours[i])
  return same ? ours : merged
}

/** The local day of instant `t` on a clock `offset` minutes east of UTC. */
function dayAt(t: number, offset: number): number {
  return Math.floor((t + offset * MINUTE_MS) / DAY_MS)
}

/**
 * The day each answer counted for, for many answers at once (a dashboard over a year of log): the
 * day the student's clock showed then, by the zone mark in effect (`zones`); answers from before
 * the first mark count by the runtime's clock (`offsetAt`), as every answer did before marks were
 * kept. The runtime's day of each quarter hour is worked out once, so a hundred thousand log
 * entries cost as many map lookups rather than local-calendar conversions.
 */
export function dayCounter(
  zones: Zones = [],
  offsetAt: OffsetAt = runtimeOffset,
): (t: number) => number {
  const days = new Map<number, number>()
  const first = zones.length > 0 ? LOG_EPOCH_MS + (zones[0] as ZoneMark)[0] * 1000 : Infinity
  return (t) => {
    if (t >= first) return dayAt(t, (zones[markAt(zones, t)] as ZoneMark)[1])
    const quarter = Math.floor(t / QUARTER_HOUR_MS)
    let day = days.get(quarter)
    if (day === undefined) days.set(quarter, (day = dayAt(t, offsetAt(t))))
    return day
  }
}
