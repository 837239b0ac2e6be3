/** When an attempt was made, as the progress pages say it (kept apart from format.ts, which many pages load). */
import { dayNumber } from '../../domain/review/days.ts'
import { fromNow } from '../review/format.ts'
import { hour12, hourDigits, readableDate } from './format.ts'

const dayMonthTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: hourDigits,
  minute: '2-digit',
  hour12,
})
/**
 * "9:00 am" and "4 Nov" each on one line, wherever the words around them wrap: the space before am
 * or pm, and between a day and its month, cannot break. A narrow column broke "5 days ago, 4 Nov"
 * after the 4.
 */
const keepTime = (text: string) =>
  text.replace(/ ([ap]m)\b/gi, '\u00a0$1').replace(/\b(\d{1,2}) ([A-Z][a-z]{2})\b/g, '$1\u00a0$2')

const timeOnly = new Intl.DateTimeFormat('en-GB', { hour: hourDigits, minute: '2-digit', hour12 })

/**
 * When something was done, said as a person says it where that reads better: "Today, 11:00",
 * "Yesterday, 18:30", "3 days ago, 15 May, 11:00" for the last fortnight, and the date itself
 * ("18 May 2024, 11:00") before that, or for a moment after `now` (a clock put back). Days are
 * the reader's calendar days (`fromNow`), not 24-hour spans: last night at 23:50 is yesterday.
 */
export function readableWhen(ms: number, now: number): string {
  const days = dayNumber(now) - dayNumber(ms)
  if (days < 0 || days >= 14) return keepTime(readableDate(ms))
  const ago = fromNow(ms, now)
  if (days <= 1) return keepTime(`${ago[0]!.toUpperCase()}${ago.slice(1)}, ${timeOnly.format(ms)}`)
  return keepTime(`${ago}, ${dayMonthTime.format(ms)}`)
}
