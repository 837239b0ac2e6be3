import { afterEach, describe, expect, it } from 'vitest'
import {
  keepCardOnClose,
  keepCardOnScreen,
  keptCardOnScreen,
} from '../../src/composables/storage/review-card.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import type { CardOnScreen } from '../../src/domain/review/on-screen.ts'

const card: CardOnScreen = {
  startedAt: 1_700_000_000_000,
  key: 'assad-sochi-2018/who-said-what#q1',
  phase: 'feedback',
  answers: [{ type: 'single', choice: 0 }] as unknown as CardOnScreen['answers'],
  revealed: false,
  sure: false,
}

let visibility: DocumentVisibilityState = 'visible'
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
function become(state: DocumentVisibilityState) {
  visibility = state
  document.dispatchEvent(new Event('visibilitychange'))
}
let stop = () => {}
afterEach(() => {
  stop()
  visibility = 'visible'
})

describe('the review card on screen, as the page is hidden', () => {
  it('is copied where a new page finds it when the tab is hidden, with no pagehide to come', () => {
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    // The phone's browser discards the tab: no pagehide, and the tab's own storage is gone.
    expect(keptCardOnScreen(card.startedAt, [new MemoryStorage(), all])).toEqual(card)
  })

  it('is taken back when the tab is shown again, so a tab opened beside it later joins at the next card', () => {
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    become('visible')
    expect(keptCardOnScreen(card.startedAt, [new MemoryStorage(), all])).toBeUndefined()
    // This tab still has its own.
    expect(keptCardOnScreen(card.startedAt, [tab, all])).toEqual(card)
  })

  it('leaves a copy another page wrote meanwhile', () => {
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    const other = JSON.stringify({ ...card, key: 'assad-sochi-2018/who-said-what#q2' })
    all.items.set('passage:review-card', other)
    become('visible')
    expect(all.items.get('passage:review-card')).toBe(other)
  })

  it('is copied as the page goes, as before, and a refusing storage does not throw', () => {
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    window.dispatchEvent(new Event('pagehide'))
    expect(keptCardOnScreen(card.startedAt, [new MemoryStorage(), all])).toEqual(card)
    stop()
    const refusing = new MemoryStorage(0)
    stop = keepCardOnClose([tab, refusing])
    expect(() => become('hidden')).not.toThrow()
  })
})
