import { describe, expect, it } from 'vitest'
import { START_LOCATION, type RouteLocationNormalized } from 'vue-router'
import { roomFor, scrollBehavior } from '../../src/router/scroll.ts'

const at = (path: string, query: Record<string, string> = {}) =>
  ({ path, query }) as unknown as RouteLocationNormalized

describe('where a page opens', () => {
  it('goes Back (or reloads) to where the reader was', async () => {
    // happy-dom lays nothing out: the page never has room, so this also waits out the frames.
    const saved = { left: 0, top: 840 }
    await expect(scrollBehavior(at('/'), at('/quiz/a/b'), saved)).resolves.toEqual(saved)
    await expect(scrollBehavior(at('/progress'), START_LOCATION, saved)).resolves.toEqual(saved)
  })

  it('opens another page at its top', () => {
    expect(scrollBehavior(at('/quiz/a/b'), at('/'), null)).toEqual({ top: 0 })
  })

  it('stays put when only the query changes, and on the first page of a visit', () => {
    expect(scrollBehavior(at('/print/a/b', { key: '1' }), at('/print/a/b'), null)).toBe(false)
    expect(scrollBehavior(at('/'), START_LOCATION, null)).toBe(false)
  })
})

describe('waiting for a page coming back to have room', () => {
  /** A window whose page grows by `step` px each frame, from `start`. */
  function growing(start: number, step: number) {
    let height = start
    let frames = 0
    const win = {
      innerHeight: 700,
      document: {
        documentElement: {
          get scrollHeight() {
            return height
          },
        },
      },
      requestAnimationFrame: (cb: () => void) => {
        frames++
        height += step
        queueMicrotask(cb)
        return frames
      },
    }
    return { win: win as unknown as Window, frames: () => frames }
  }

  it('scrolls as soon as the page is tall enough', async () => {
    const page = growing(2202, 65)
    await roomFor(1567, page.win)
    expect(page.frames()).toBe(1)
  })

  it('does not wait at all when there is room already', async () => {
    const page = growing(3000, 0)
    await roomFor(1567, page.win)
    expect(page.frames()).toBe(0)
  })

  it('gives up after a bounded wait when the page has less in it now', async () => {
    const page = growing(900, 0)
    await roomFor(1567, page.win)
    expect(page.frames()).toBe(30)
  })
})
