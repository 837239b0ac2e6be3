import { afterEach, describe, expect, it } from 'vitest'
import {
  keepCardOnClose,
  keepCardOnScreen,
  keptCardOnScreen,
} from '../../src/composables/storage/review-card.ts'
import type { StorageBackend } from '../../src/composables/storage/backend.ts'
import type { CardOnScreen } from '../../src/domain/review/on-screen.ts'

function memory(): StorageBackend & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size
    },
  }
}

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
    const tab = memory()
    const all = memory()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    // The phone's browser discards the tab: no pagehide, and the tab's own storage is gone.
    expect(keptCardOnScreen(card.startedAt, [memory(), all])).toEqual(card)
  })

  it('is taken back when the tab is shown again, so a tab opened beside it later joins at the next card', () => {
    const tab = memory()
    const all = memory()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    become('visible')
    expect(keptCardOnScreen(card.startedAt, [memory(), all])).toBeUndefined()
    // This tab still has its own.
    expect(keptCardOnScreen(card.startedAt, [tab, all])).toEqual(card)
  })

  it('leaves a copy another page wrote meanwhile', () => {
    const tab = memory()
    const all = memory()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    const other = JSON.stringify({ ...card, key: 'assad-sochi-2018/who-said-what#q2' })
    all.map.set('passage:review-card', other)
    become('visible')
    expect(all.map.get('passage:review-card')).toBe(other)
  })

  it('is copied as the page goes, as before, and a refusing storage does not throw', () => {
    const tab = memory()
    const all = memory()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    window.dispatchEvent(new Event('pagehide'))
    expect(keptCardOnScreen(card.startedAt, [memory(), all])).toEqual(card)
    stop()
    const refusing: StorageBackend = {
      ...memory(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    stop = keepCardOnClose([tab, refusing])
    expect(() => become('hidden')).not.toThrow()
  })
})
