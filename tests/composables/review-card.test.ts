import { afterEach, describe, expect, it } from 'vitest'
import {
  keepCardOnClose,
  keepCardOnScreen,
  keptCardOnScreen,
  settleLeftCard,
  type PageLocks,
} from '../../src/composables/storage/review-card.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import type { CardOnScreen } from '../../src/domain/review/on-screen.ts'
import { eventually } from '../fixtures/eventually.ts'

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

/** The browser's Web Locks, as far as the review card uses them: who holds which name. */
function fakeLocks() {
  const held = new Map<string, number>()
  const locks = {
    request: (name: string, cb: () => Promise<void>) => {
      held.set(name, (held.get(name) ?? 0) + 1)
      return Promise.resolve()
        .then(cb)
        .finally(() => {
          const n = (held.get(name) ?? 1) - 1
          if (n) held.set(name, n)
          else held.delete(name)
        })
    },
    query: () => Promise.resolve({ held: [...held.keys()].map((name) => ({ name })), pending: [] }),
  }
  return { locks: locks as unknown as PageLocks, held }
}

describe('the review card of a tab still open', () => {
  it('is not shown by a second tab opened while the first is hidden; a tab opened after the first has gone shows it', async () => {
    const { locks, held } = fakeLocks()
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all], locks)
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    await eventually(() => expect(held.size).toBe(1))

    // A second tab opens on Review: the first is hidden, not gone.
    const second = new MemoryStorage()
    await settleLeftCard(locks, [second, all])
    expect(keptCardOnScreen(card.startedAt, [second, all])).toBeUndefined()

    // The first tab is closed: the next tab to open takes its card.
    window.dispatchEvent(new Event('pagehide'))
    await eventually(() => expect(held.size).toBe(0))
    const third = new MemoryStorage()
    await settleLeftCard(locks, [third, all])
    expect(keptCardOnScreen(card.startedAt, [third, all])).toEqual(card)
    expect(keptCardOnScreen(card.startedAt, [new MemoryStorage(), all])).toBeUndefined()
  })

  it('is taken back, lock and all, when the first tab is shown again', async () => {
    const { locks, held } = fakeLocks()
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all], locks)
    keepCardOnScreen(card, [tab, all])
    become('hidden')
    await eventually(() => expect(held.size).toBe(1))
    become('visible')
    await eventually(() => expect(held.size).toBe(0))
    expect(all.items.has('passage:review-card')).toBe(false)
    expect(keptCardOnScreen(card.startedAt, [tab, all])).toEqual(card)
  })

  it('comes back to the tab itself after a reload, and its copy is not left for another', async () => {
    const tab = new MemoryStorage()
    const all = new MemoryStorage()
    stop = keepCardOnClose([tab, all])
    keepCardOnScreen(card, [tab, all])
    window.dispatchEvent(new Event('pagehide'))
    await settleLeftCard(undefined, [tab, all])
    expect(keptCardOnScreen(card.startedAt, [tab, all])).toEqual(card)
    expect(keptCardOnScreen(card.startedAt, [new MemoryStorage(), all])).toBeUndefined()
  })
})
