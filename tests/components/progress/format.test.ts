import { describe, expect, it } from 'vitest'
import { readableDate } from '../../../src/components/progress/format.ts'

describe("an attempt's date and time on screen", () => {
  it('puts the day before the month, as the review and article dates do', () => {
    const morning = new Date(2026, 11, 3, 7, 30).getTime()
    expect(readableDate(morning)).toMatch(/^3 Dec 2026, 7:30(\sam)?$/)
  })

  it("tells the time on the reader's own clock, 12- or 24-hour", () => {
    const afternoon = new Date(2026, 11, 3, 15, 5).getTime()
    const twelveHour = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions()
      .hour12
    expect(readableDate(afternoon)).toMatch(
      twelveHour ? /^3 Dec 2026, 3:05\spm$/ : /^3 Dec 2026, 15:05$/,
    )
  })
})
