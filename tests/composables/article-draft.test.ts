import { describe, expect, it } from 'vitest'
import {
  dropArticleForm,
  keepArticleForm,
  keptArticleForm,
} from '../../src/composables/studio/article-draft.ts'
import type { StorageBackend } from '../../src/composables/storage/backend.ts'

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
const form = {
  title: 'Harbour ferry',
  agency: '',
  publisher: '',
  date: '2024-05-01',
  url: '',
  text: 'The ferry left at nine.',
}

describe('the article form kept in the tab', () => {
  it('is kept per article (a new one, or one being edited) until dropped', () => {
    const storage = memory()
    keepArticleForm(undefined, form, storage)
    keepArticleForm('sochi', { ...form, title: 'Sochi, edited' }, storage)
    expect(keptArticleForm(undefined, storage)).toEqual(form)
    expect(keptArticleForm('sochi', storage)?.title).toBe('Sochi, edited')
    // Read as often as the page is reloaded, until the form is saved or left.
    expect(keptArticleForm(undefined, storage)).toEqual(form)
    dropArticleForm(undefined, storage)
    expect(keptArticleForm(undefined, storage)).toBeUndefined()
    expect(keptArticleForm('sochi', storage)).toBeDefined()
  })

  it('reads nothing from damaged text, and does not throw where storage does', () => {
    const storage = memory()
    storage.map.set('passage:studio-article-form:new', '{"title": 1')
    expect(keptArticleForm(undefined, storage)).toBeUndefined()
    const throwing: StorageBackend = {
      ...memory(),
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(() => keepArticleForm(undefined, form, throwing)).not.toThrow()
    expect(keptArticleForm(undefined, throwing)).toBeUndefined()
    expect(keptArticleForm(undefined, null)).toBeUndefined()
  })
})
