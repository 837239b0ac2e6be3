/**
 * A build of review format 2 (this one, with its version put back to 2) opening what a format 3
 * build saved, zone marks and all: the document is "newer", so it reviews in memory and writes
 * nothing over it. (A real format 2 build's schema refuses the unknown `zones`, but reads the
 * version first, as format 1 builds read format 2.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../src/composables/storage/index.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../src/stores/progress.ts'
import { useReviewStore } from '../../src/stores/review.ts'
import { useSettingsStore } from '../../src/stores/settings.ts'
import { loadShippedBanks } from '../fixtures/shipped.ts'

vi.mock('../../src/domain/review/schema.ts', async (original) => ({
  ...(await original<typeof import('../../src/domain/review/schema.ts')>()),
  REVIEW_VERSION: 2,
}))

const WSW = 'assad-sochi-2018/who-said-what'
/**
 * Saved by a format 3 build: wsw-01 right on the second try in review ("H": hard, review, retry),
 * the clock at UTC-5, then at UTC+9.
 */
const SAVED = JSON.stringify({
  schemaVersion: 3,
  cards: { [WSW]: { 'wsw-01': '33jic0,33c3o0,4.93174557,5.11477232,2,0,6|336jo0c33c3o0H' } },
  zones: [
    [186_000_000, -300],
    [187_000_000, 540],
  ],
})

afterEach(() => setStorageDoor(undefined))

describe('a format 2 build and a format 3 document', () => {
  it('reads it as newer: read-only, answers kept in memory, the stored text untouched', () => {
    localStorage.setItem(STORAGE_KEYS.review, SAVED)
    setStorageDoor(createStorageDoor())
    setActivePinia(createPinia())
    loadShippedBanks()
    const review = useReviewStore()
    expect(review.persistence).toBe('read-only')
    const answered = review.record(
      [
        {
          setId: WSW,
          qid: 'wsw-02',
          at: new Date(2025, 11, 5, 9).getTime(),
          source: 'review',
          correct: true,
          retryUsed: false,
          timeMs: 4000,
          sure: false,
        },
      ],
      createScheduler({ retention: 0.9 }),
    )
    expect(answered).toBe(false)
    expect(review.cards.map((c) => c.qid)).toEqual(['wsw-02'])
    expect(useProgressStore().notices.some((n) => n.kind === 'quarantined')).toBe(false)
    expect(localStorage.getItem(STORAGE_KEYS.review)).toBe(SAVED)
    for (const store of [review, useProgressStore(), useSettingsStore()]) store.$dispose()
  })
})
