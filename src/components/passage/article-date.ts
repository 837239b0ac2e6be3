/** How an article's publication date reads on screen and on paper. */

let long: Intl.DateTimeFormat | undefined

/**
 * "18 May 2018" for an article's `YYYY-MM-DD` date, whatever the reader's time zone (the date is
 * a day, not a moment). Its spaces do not break: a narrow byline wraps before the date, not
 * between "18" and "May 2018". A date that is not a real day (2018-02-31: the bank schema checks
 * only the shape) is shown as it was written rather than as "Invalid Date" or another day.
 */
export function articleDate(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`)
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso) return iso
  long ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return long.format(day).replace(/ /g, '\u00a0')
}
