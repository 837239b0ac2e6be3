import { describe, expect, it } from 'vitest'
import { hardStanding } from '../../../src/components/review/format.ts'

const now = new Date(2026, 11, 3, 10).getTime()
const day = 86_400_000

describe("a hard question's standing on the dashboard", () => {
  it('gives the chance of recall while it says something', () => {
    expect(hardStanding(0.42, now - 3 * day, now)).toBe('42% chance to recall now')
    expect(hardStanding(0.949, now + day, now)).toBe('94% chance to recall now')
  })

  it('says when a question just answered comes back, not a certain recall beside a lapse', () => {
    expect(hardStanding(1, now + day, now)).toBe('next review tomorrow, Friday 4 December')
    expect(hardStanding(0.97, now + 2 * 3_600_000, now)).toBe('next review today')
  })
})
