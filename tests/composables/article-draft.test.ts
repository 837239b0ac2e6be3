import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  dropArticleForm,
  keepArticleForm,
  keptArticleForm,
  BROWSER_FORM_LIMIT,
  type ArticleFormStores,
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
const KEY = 'passage:studio-article-form:new'

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

  it('survives the tab: it is in the browser’s storage, which a new tab shares', () => {
    const where = both()
    keepArticleForm(undefined, form, where)
    expect(where.browser.items.has(KEY)).toBe(true)
    // The tab is closed; a new tab has an empty sessionStorage of its own.
    expect(
      keptArticleForm(undefined, { browser: where.browser, tab: new MemoryStorage() }),
    ).toEqual(form)
  })

  it('a full storage keeps it in the tab and says so; refused there too, nowhere', () => {
    const browser = full()
    browser.items.set(KEY, JSON.stringify({ ...form, title: 'Older' }))
    const tab = new MemoryStorage()
    expect(keepArticleForm(undefined, form, { browser, tab })).toBe('tab')
    // The older copy in the browser does not come back instead.
    expect(keptArticleForm(undefined, { browser, tab })).toEqual(form)
    expect(keptArticleForm(undefined, { browser, tab: new MemoryStorage() })).toBeUndefined()
    expect(keepArticleForm(undefined, form, { browser: full(), tab: full() })).toBe('nowhere')
    expect(keepArticleForm(undefined, form, { browser: null, tab: null })).toBe('nowhere')
    // Room again: back in the browser, and the tab's copy goes.
    const roomy = new MemoryStorage()
    expect(keepArticleForm(undefined, form, { browser: roomy, tab })).toBe('browser')
    expect(tab.items.has(KEY)).toBe(false)
  })

  it('an article too long to share the browser’s storage with progress is kept in the tab, and says why', () => {
    const where = both()
    expect(keepArticleForm(undefined, form, where)).toBe('browser')
    // A long article pasted over it: the browser's shorter copy must not come back instead.
    const long = { ...form, text: 'The ferry left at nine. '.repeat(5_000) }
    expect(JSON.stringify(long).length).toBeGreaterThan(BROWSER_FORM_LIMIT)
    expect(keepArticleForm(undefined, long, where)).toBe('long')
    expect(where.browser.items.has(KEY)).toBe(false)
    expect(keptArticleForm(undefined, where)).toEqual(long)
    // Cut back to a news article's length, it goes back to the browser.
    expect(keepArticleForm(undefined, form, where)).toBe('browser')
    expect(where.tab.items.has(KEY)).toBe(false)
  })

  it('still reads a form an earlier build kept in the tab', () => {
    const where = both()
    where.tab.items.set(KEY, JSON.stringify(form))
    expect(keptArticleForm(undefined, where)).toEqual(form)
  })

  it('reads nothing from damaged text, and does not throw where storage does', () => {
    const where = both()
    where.browser.items.set(KEY, '{"title": 1')
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
        where.browser.items.set(KEY, text)
        const read = keptArticleForm(undefined, where)
        if (read === undefined) return
        for (const field of ['title', 'agency', 'publisher', 'date', 'url', 'text'] as const)
          expect(typeof read[field]).toBe('string')
        expect(read.text.length).toBeLessThanOrEqual(2_000_000)
        expect(read.title.length).toBeLessThanOrEqual(5_000)
      }),
    )
  })
})
