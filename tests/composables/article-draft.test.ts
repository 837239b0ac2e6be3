import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import {
  adoptLeftArticleForm,
  discardLeftArticleForm,
  dropArticleForm,
  leftArticleForms,
  holdTab,
  keepArticleForm,
  keptArticleForm,
  ownFormKey,
  BROWSER_FORM_LIMIT,
  type ArticleFormStores,
  type TabLocks,
} from '../../src/composables/storage/article-draft.ts'
import { MemoryStorage, throwingStorage } from '../fixtures/progress/memory-storage.ts'

/** A storage with no room left: every write is refused as a full browser's is. */
const full = () => new MemoryStorage(0)
const both = (): ArticleFormStores & { browser: MemoryStorage; tab: MemoryStorage } => ({
  browser: new MemoryStorage(),
  tab: new MemoryStorage(),
})
const form = {
  title: 'Harbour ferry',
  agency: '',
  publisher: '',
  date: '2024-05-01',
  url: '',
  text: 'The ferry left at nine.',
}
/** The key an earlier build kept the new-article form under, in the browser or the tab. */
const KEY = 'passage:studio-article-form:new'
/** The form as kept (with when it was kept), for comparing with what is read back. */
const own = (where: ArticleFormStores) => ownFormKey(undefined, where)

/** The browser's Web Locks, as far as the article form uses them. */
function fakeLocks(): TabLocks {
  const held = new Set<string>()
  const locks = {
    request: (
      name: string,
      _options: unknown,
      cb: (lock: { name: string } | null) => Promise<void> | undefined,
    ) => {
      if (held.has(name)) return Promise.resolve(cb(null))
      held.add(name)
      return Promise.resolve(cb({ name })).finally(() => held.delete(name))
    },
    query: () => Promise.resolve({ held: [...held].map((name) => ({ name })), pending: [] }),
  }
  return locks as unknown as TabLocks
}

describe('the article form kept in the browser', () => {
  it('is kept per article (a new one, or one being edited) until dropped', () => {
    const where = both()
    expect(keepArticleForm(undefined, form, where)).toBe('browser')
    keepArticleForm('sochi', { ...form, title: 'Sochi, edited' }, where)
    expect(keptArticleForm(undefined, where)).toEqual(form)
    expect(keptArticleForm('sochi', where)?.title).toBe('Sochi, edited')
    // Read as often as the page is reloaded, until the form is saved or left.
    expect(keptArticleForm(undefined, where)).toEqual(form)
    dropArticleForm(undefined, where)
    expect(keptArticleForm(undefined, where)).toBeUndefined()
    expect(keptArticleForm('sochi', where)).toBeDefined()
  })

  it('survives the tab: the next tab opened on the form takes over what a closed one left', async () => {
    const where = both()
    keepArticleForm(undefined, form, where)
    expect(where.browser.items.has(own(where))).toBe(true)
    // The tab is closed; a new tab has an empty sessionStorage of its own.
    const next = { browser: where.browser, tab: new MemoryStorage() }
    expect(keptArticleForm(undefined, next)).toBeUndefined()
    expect(await adoptLeftArticleForm(undefined, () => true, next)).toEqual(form)
    expect(keptArticleForm(undefined, next)).toEqual(form)
    expect(where.browser.items.has(own(where))).toBe(false)
  })

  it('a full storage keeps it in the tab and says so; refused there too, nowhere', () => {
    const browser = full()
    const tab = new MemoryStorage()
    browser.items.set(own({ browser, tab }), JSON.stringify({ ...form, title: 'Older' }))
    expect(keepArticleForm(undefined, form, { browser, tab })).toBe('tab')
    // The older copy in the browser does not come back instead.
    expect(keptArticleForm(undefined, { browser, tab })).toEqual(form)
    expect(keptArticleForm(undefined, { browser, tab: new MemoryStorage() })).toBeUndefined()
    expect(keepArticleForm(undefined, form, { browser: full(), tab: full() })).toBe('nowhere')
    expect(keepArticleForm(undefined, form, { browser: null, tab: null })).toBe('nowhere')
    // Room again: back in the browser, and the tab's copy goes.
    const roomy = new MemoryStorage()
    expect(keepArticleForm(undefined, form, { browser: roomy, tab })).toBe('browser')
    expect(tab.items.has(own({ browser: roomy, tab }))).toBe(false)
  })

  it('an article too long to share the browser’s storage with progress is kept in the tab, and says why', () => {
    const where = both()
    expect(keepArticleForm(undefined, form, where)).toBe('browser')
    // A long article pasted over it: the browser's shorter copy must not come back instead.
    const long = { ...form, text: 'The ferry left at nine. '.repeat(5_000) }
    expect(JSON.stringify(long).length).toBeGreaterThan(BROWSER_FORM_LIMIT)
    expect(keepArticleForm(undefined, long, where)).toBe('long')
    expect(where.browser.items.has(own(where))).toBe(false)
    expect(keptArticleForm(undefined, where)).toEqual(long)
    // Cut back to a news article's length, it goes back to the browser.
    expect(keepArticleForm(undefined, form, where)).toBe('browser')
    expect(where.tab.items.has(own(where))).toBe(false)
  })

  it('still reads a form an earlier build kept in the tab', () => {
    const where = both()
    where.tab.items.set(KEY, JSON.stringify(form))
    expect(keptArticleForm(undefined, where)).toEqual(form)
  })

  it('reads nothing from damaged text, and does not throw where storage does', () => {
    const where = both()
    where.browser.items.set(own(where), '{"title": 1')
    expect(keptArticleForm(undefined, where)).toBeUndefined()
    const throwing = throwingStorage()
    const refused = { browser: throwing, tab: throwing }
    expect(keepArticleForm(undefined, form, refused)).toBe('nowhere')
    expect(keptArticleForm(undefined, refused)).toBeUndefined()
    expect(() => dropArticleForm(undefined, refused)).not.toThrow()
    expect(keptArticleForm(undefined, { browser: null, tab: null })).toBeUndefined()
  })

  it('reads any stored text as a whole form of strings within the limits, or as nothing', () => {
    const anyJson = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          agency: fc.string(),
          publisher: fc.string(),
          date: fc.string(),
          url: fc.string(),
          text: fc.oneof(fc.string(), fc.constant('x'.repeat(2_000_001))),
        })
        .map((r) => JSON.stringify(r)),
    )
    fc.assert(
      fc.property(anyJson, (text) => {
        const where = both()
        where.browser.items.set(own(where), text)
        const read = keptArticleForm(undefined, where)
        if (read === undefined) return
        for (const field of ['title', 'agency', 'publisher', 'date', 'url', 'text'] as const)
          expect(typeof read[field]).toBe('string')
        expect(read.text.length).toBeLessThanOrEqual(2_000_000)
        expect(read.title.length).toBeLessThanOrEqual(100_000)
      }),
    )
  })
})

describe('the article form in two tabs', () => {
  const typed = (title: string) => ({ ...form, title })

  it('each tab keeps its own: typing in one and then the other loses neither', async () => {
    const locks = fakeLocks()
    const browser = new MemoryStorage()
    const a = { browser, tab: new MemoryStorage() }
    const b = { browser, tab: new MemoryStorage() }
    const releaseA = await holdTab(a, locks)
    await holdTab(b, locks)
    keepArticleForm(undefined, typed('Typed in A'), a)
    // B opens while A is still open: A's form stays A's.
    expect(await adoptLeftArticleForm(undefined, () => true, b, locks)).toBeUndefined()
    keepArticleForm(undefined, typed('Typed in B'), b)
    keepArticleForm(undefined, typed('Typed in A, more'), a)
    expect(keptArticleForm(undefined, a)?.title).toBe('Typed in A, more')
    expect(keptArticleForm(undefined, b)?.title).toBe('Typed in B')
    // B leaves its form: A's is still kept.
    dropArticleForm(undefined, b)
    expect(keptArticleForm(undefined, a)?.title).toBe('Typed in A, more')

    // A is closed without saving: the next tab opened on the form takes it over.
    releaseA()
    await Promise.resolve()
    const c = { browser, tab: new MemoryStorage() }
    await holdTab(c, locks)
    expect((await adoptLeftArticleForm(undefined, () => true, c, locks))?.title).toBe(
      'Typed in A, more',
    )
    expect(keptArticleForm(undefined, c)?.title).toBe('Typed in A, more')
    expect(await adoptLeftArticleForm(undefined, () => true, b, locks)).toBeUndefined()
  })

  it('offers the newest of several left, then the next one the next time; an earlier build’s too; none when typing has begun', async () => {
    const browser = new MemoryStorage()
    const a = { browser, tab: new MemoryStorage() }
    const b = { browser, tab: new MemoryStorage() }
    browser.items.set(KEY, JSON.stringify(typed('From an earlier build')))
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000)
    keepArticleForm(undefined, typed('Older'), a)
    vi.setSystemTime(2_000)
    keepArticleForm(undefined, typed('Newer'), b)
    vi.useRealTimers()
    const opened = () => ({ browser, tab: new MemoryStorage() })
    expect(await adoptLeftArticleForm(undefined, () => false, opened())).toBeUndefined()
    expect(browser.items.size).toBe(3)
    const titles: string[] = []
    for (let i = 0; i < 4; i++) {
      const tab = opened()
      const left = await adoptLeftArticleForm(undefined, () => true, tab)
      if (left) titles.push(left.title)
      // The teacher saves it, or discards it: the next time, the next one is offered.
      dropArticleForm(undefined, tab)
    }
    expect(titles).toEqual(['Newer', 'Older', 'From an earlier build'])
    expect(browser.items.size).toBe(0)
  })

  it('a tab the browser duplicated takes an id of its own', async () => {
    const locks = fakeLocks()
    const browser = new MemoryStorage()
    const a = { browser, tab: new MemoryStorage() }
    await holdTab(a, locks)
    keepArticleForm(undefined, typed('A'), a)
    const copy = new MemoryStorage()
    for (const [k, v] of a.tab.items) copy.items.set(k, v)
    const duplicate = { browser, tab: copy }
    await holdTab(duplicate, locks)
    expect(own(duplicate)).not.toBe(own(a))
    keepArticleForm(undefined, typed('Duplicate'), duplicate)
    expect(keptArticleForm(undefined, a)?.title).toBe('A')
  })

  it('lists every form a closed tab left, newest first, never an open tab’s, and opens or discards the one chosen', async () => {
    const locks = fakeLocks()
    const browser = new MemoryStorage()
    const tab = () => ({ browser, tab: new MemoryStorage() })
    const [a, b, c, open] = [tab(), tab(), tab(), tab()]
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000)
    keepArticleForm(undefined, typed('Older new article'), a)
    vi.setSystemTime(2_000)
    keepArticleForm('sochi', typed('Sochi, edited'), b)
    vi.setSystemTime(3_000)
    keepArticleForm(undefined, typed('Newer new article'), c)
    vi.useRealTimers()
    await holdTab(open, locks)
    keepArticleForm(undefined, typed('Still being typed'), open)
    browser.items.set('passage:studio-article-form:new@x', '{not json')

    const left = await leftArticleForms(tab(), locks)
    expect(left.map((l) => [l.form.title, l.passageId, l.keptAt])).toEqual([
      ['Newer new article', undefined, 3_000],
      ['Sochi, edited', 'sochi', 2_000],
      ['Older new article', undefined, 1_000],
    ])
    // "Continue" on the older one opens it, not the newest; it is listed no more (it is this tab's now).
    const older = left[2]!
    const next = tab()
    await holdTab(next, locks)
    expect((await adoptLeftArticleForm(undefined, () => true, next, locks, older.key))?.title).toBe(
      'Older new article',
    )
    expect((await leftArticleForms(tab(), locks)).map((l) => l.form.title)).toEqual([
      'Newer new article',
      'Sochi, edited',
    ])
    // Chosen again in a studio page opened before: another tab has it now, and no other comes instead.
    expect(
      await adoptLeftArticleForm(undefined, () => true, tab(), locks, older.key),
    ).toBeUndefined()
    // "Discard" takes that one away and nothing else; a key that is not a form's is left alone.
    discardLeftArticleForm(left[1]!.key, tab())
    discardLeftArticleForm('passage:progress', tab())
    expect((await leftArticleForms(tab(), locks)).map((l) => l.form.title)).toEqual([
      'Newer new article',
    ])
    expect(keptArticleForm(undefined, open)?.title).toBe('Still being typed')
  })

  it('opens the changes to an article deleted since as a new article, and no other article’s form', async () => {
    const locks = fakeLocks()
    const browser = new MemoryStorage()
    const tab = () => ({ browser, tab: new MemoryStorage() })
    keepArticleForm('gone', typed('Gone, edited'), tab())
    keepArticleForm('kept', typed('Kept, edited'), tab())
    const left = await leftArticleForms(tab(), locks)
    const gone = left.find((l) => l.passageId === 'gone')!
    const kept = left.find((l) => l.passageId === 'kept')!
    // Another article's form opens in its own editor only, never in a second article's.
    expect(await adoptLeftArticleForm('kept', () => true, tab(), locks, gone.key)).toBeUndefined()
    const next = tab()
    await holdTab(next, locks)
    expect(await adoptLeftArticleForm(undefined, () => true, next, locks, gone.key)).toEqual(
      typed('Gone, edited'),
    )
    // It is the new article's form now: kept as that, and listed no more as the deleted one's.
    expect(keptArticleForm(undefined, next)?.title).toBe('Gone, edited')
    expect((await leftArticleForms(tab(), locks)).map((l) => l.key)).toEqual([kept.key])
  })
})
