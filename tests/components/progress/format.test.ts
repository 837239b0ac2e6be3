import { afterEach, describe, expect, it, vi } from 'vitest'
import { readableDate } from '../../../src/components/progress/format.ts'
import { readableWhen } from '../../../src/components/progress/when.ts'

describe("an attempt's date and time on screen", () => {
  it('puts the day before the month, as the review and article dates do', () => {
    const morning = new Date(2026, 11, 3, 7, 30).getTime()
    expect(readableDate(morning)).toMatch(/^3 Dec 2026, (07:30|7:30\sam)$/)
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

describe('the time on a 24-hour clock', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  /** The two formatting modules as a browser whose language keeps a `hour12` clock loads them. */
  async function loadedWith(hour12: boolean) {
    const proto = Intl.DateTimeFormat.prototype
    const real = Object.getOwnPropertyDescriptor(proto, 'resolvedOptions')!.value as (
      this: Intl.DateTimeFormat,
    ) => Intl.ResolvedDateTimeFormatOptions
    vi.spyOn(proto, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), hour12 }
    })
    vi.resetModules()
    const format = await import('../../../src/components/progress/format.ts')
    const when = await import('../../../src/components/progress/when.ts')
    vi.restoreAllMocks()
    return { readableDate: format.readableDate, readableWhen: when.readableWhen }
  }

  it('writes the hour with two digits, as that clock does: "00:05" and "08:30", not "0:05"', async () => {
    const justAfterMidnight = new Date(2026, 0, 31, 0, 5).getTime()
    const morning = new Date(2026, 0, 31, 8, 30).getTime()
    const twentyFour = await loadedWith(false)
    expect(twentyFour.readableDate(justAfterMidnight)).toBe('31 Jan 2026, 00:05')
    expect(twentyFour.readableDate(new Date(2026, 0, 31, 15, 5).getTime())).toBe(
      '31 Jan 2026, 15:05',
    )
    expect(twentyFour.readableWhen(morning, new Date(2026, 0, 31, 9).getTime())).toBe(
      'Today, 08:30',
    )
    expect(twentyFour.readableWhen(justAfterMidnight, new Date(2026, 1, 2, 9).getTime())).toBe(
      '2 days ago, 31\u00a0Jan, 00:05',
    )
    // A 12-hour clock keeps its one-digit hours.
    const twelve = await loadedWith(true)
    expect(twelve.readableDate(morning)).toBe('31 Jan 2026, 8:30 am')
  })
})

describe('when an attempt was made, said as a person says it', () => {
  const now = new Date(2026, 11, 4, 15, 0).getTime()
  const at = (day: number, hour: number, minute = 0) =>
    new Date(2026, 11, day, hour, minute).getTime()
  // The time as the reader's clock writes it, 12- or 24-hour, with "am" kept beside it, and a
  // day beside its month.
  const unbroken = (text: string) =>
    text.replace(/ ([ap]m)$/, '\u00a0$1').replace(/^(\d+) /, '$1\u00a0')
  const time = (ms: number) => unbroken(readableDate(ms).split(', ')[1]!)

  it('says today and yesterday by name, with the time', () => {
    expect(readableWhen(at(4, 9, 5), now)).toBe(`Today, ${time(at(4, 9, 5))}`)
    expect(readableWhen(at(3, 18, 30), now)).toBe(`Yesterday, ${time(at(3, 18, 30))}`)
  })

  it('counts calendar days, not 24 hours: late last night is yesterday, early today is today', () => {
    const justAfterMidnight = new Date(2026, 11, 4, 0, 10).getTime()
    expect(readableWhen(at(3, 23, 50), justAfterMidnight)).toMatch(/^Yesterday, /)
    expect(readableWhen(at(4, 0, 5), justAfterMidnight)).toMatch(/^Today, /)
    expect(readableWhen(at(2, 23, 50), justAfterMidnight)).toMatch(/^2 days ago, 2\u00a0Dec, /)
  })

  it('says how many days ago for the last fortnight, then the date and time', () => {
    expect(readableWhen(at(1, 13, 3), now)).toBe(`3 days ago, 1\u00a0Dec, ${time(at(1, 13, 3))}`)
    expect(readableWhen(at(4, 9) - 13 * 86_400_000, now)).toMatch(/^13 days ago, 21\u00a0Nov, /)
  })

  it('writes the date in full from two weeks back, and for a moment after now', () => {
    const older = new Date(2026, 10, 20, 9).getTime()
    expect(readableWhen(older, now)).toBe(unbroken(readableDate(older)))
    expect(readableWhen(new Date(2025, 11, 4, 9).getTime(), now)).toMatch(/^4\u00a0Dec 2025, /)
    // A clock put back: the attempt is "in the future"; its date is said, never "tomorrow".
    expect(readableWhen(at(5, 9), now)).toBe(unbroken(readableDate(at(5, 9))))
  })

  it('keeps a time on one line: a narrow column breaks before "9:00 am", never inside it', () => {
    const moments = [at(4, 9), at(3, 21, 15), at(1, 9), new Date(2026, 10, 20, 9).getTime()]
    for (const ms of moments) {
      const said = readableWhen(ms, now)
      expect(said).toMatch(/\d:\d\d(\u00a0[ap]m)?$/)
      expect(said).not.toMatch(/\d\s(?<!\u00a0)[ap]m/)
      // Nor between a day and its month: "5 days ago, 4" above "Nov, 9:10 am".
      expect(said).not.toMatch(/\d (?=[A-Z][a-z]{2}\b)/)
    }
    // Under a 12-hour clock the test means something: it is the one this suite runs with.
    if (new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12)
      expect(readableWhen(at(4, 9), now)).toMatch(/\u00a0am$/)
  })
})
