/**
 * Calendar days in the student's own time zone. "Due today", streaks and "reviews per day" are
 * about the day on the student's wall clock, not UTC; the zone is the runtime's (the browser's),
 * and every function takes the instant it works on, so tests choose their dates.
 */

const DAY_MS = 86_400_000

/** A local calendar day as a whole number: days since 1970-01-01 on the local calendar. */
export function dayNumber(t: number): number {
  const d = new Date(t)
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS)
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

/**
 * `dayNumber` for many instants at once (a dashboard over a year of log): the day of each
 * quarter hour is worked out once, so a hundred thousand log entries cost a hundred thousand
 * map lookups rather than as many local-calendar conversions.
 */
export function dayCounter(): (t: number) => number {
  const days = new Map<number, number>()
  return (t) => {
    const quarter = Math.floor(t / QUARTER_HOUR_MS)
    let day = days.get(quarter)
    if (day === undefined) days.set(quarter, (day = dayNumber(t)))
    return day
  }
}

/** The instant `t`'s local day began (midnight, whatever the clock change). */
export function startOfDay(t: number): number {
  const d = new Date(t)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}
