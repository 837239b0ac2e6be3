/**
 * A table's scrolling box is a Tab stop only while there is something to scroll: a keyboard user
 * stops on it to scroll a wide table on a phone, not on every table that fits a wide screen.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import TableScroll from '../../../src/components/app/TableScroll.vue'

/** What a browser would lay out: the box's width and its table's. */
const drawn = { box: 600, table: 400 }

/** The observers the box starts, called as the browser calls them after a resize. */
let observers: { callback: () => void; targets: Element[] }[] = []
class FakeResizeObserver {
  targets: Element[] = []
  constructor(callback: () => void) {
    observers.push({ callback, targets: this.targets })
  }
  observe(el: Element) {
    this.targets.push(el)
  }
  unobserve() {}
  disconnect() {
    this.targets.length = 0
  }
}

beforeEach(() => {
  observers = []
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  const isBox = (el: Element) => el.classList.contains('table-scroll')
  vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockImplementation(function (this: Element) {
    return isBox(this) ? Math.max(drawn.box, drawn.table) : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return isBox(this) ? drawn.box : 0
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

function table(): VueWrapper {
  return mount(TableScroll, {
    props: { label: 'Score by topic' },
    slots: { default: () => h('table', [h('tr', [h('td', 'Quotes')])]) },
    attachTo: document.body,
  })
}

/** The window or the table changes size: the browser reports it to the box's observers. */
async function resize(box: number, tableWidth: number) {
  drawn.box = box
  drawn.table = tableWidth
  for (const o of observers) if (o.targets.length) o.callback()
  await nextTick()
}

describe('a table in its own scrolling box', () => {
  it('is a named region but no Tab stop while its table fits (a wide screen)', async () => {
    drawn.box = 600
    drawn.table = 400
    const box = table().get('.table-scroll')
    await nextTick()
    expect(box.attributes('role')).toBe('region')
    expect(box.attributes('aria-label')).toBe('Score by topic')
    expect(box.attributes('tabindex')).toBeUndefined()
  })

  it('is a Tab stop, named, while its table is wider than it (a phone)', async () => {
    drawn.box = 300
    drawn.table = 420
    const box = table().get('.table-scroll')
    await nextTick()
    expect(box.attributes('tabindex')).toBe('0')
    expect(box.attributes('role')).toBe('region')
    expect(box.attributes('aria-label')).toBe('Score by topic')
  })

  it('becomes a Tab stop as the window narrows, and stops being one as it widens', async () => {
    drawn.box = 600
    drawn.table = 400
    const box = table().get('.table-scroll')
    await nextTick()
    expect(box.attributes('tabindex')).toBeUndefined()
    // The table observed as well as the box: it grows with the text size, the box stays.
    expect(observers.flatMap((o) => o.targets).map((el) => el.tagName)).toEqual(['DIV', 'TABLE'])

    await resize(300, 400)
    expect(box.attributes('tabindex')).toBe('0')
    await resize(600, 400)
    expect(box.attributes('tabindex')).toBeUndefined()
  })

  it('keeps focus while focused as the table comes to fit, and leaves the Tab order after', async () => {
    drawn.box = 300
    drawn.table = 420
    const wrapper = table()
    await nextTick()
    const box = wrapper.get('.table-scroll')
    ;(box.element as HTMLElement).focus()
    expect(document.activeElement).toBe(box.element)

    await resize(600, 420)
    expect(box.attributes('tabindex')).toBe('0')
    expect(document.activeElement).toBe(box.element)

    ;(box.element as HTMLElement).blur()
    await nextTick()
    expect(box.attributes('tabindex')).toBeUndefined()
  })
})
