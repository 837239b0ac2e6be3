/**
 * The article form as the teacher types it, kept in this browser's localStorage so that a reload,
 * a closed tab or a closed browser (or a phone dropping a background tab) does not lose a pasted
 * article before it is saved. One form per article: `new`, or the id of one being edited. Read
 * back as untrusted; anything unreadable is dropped. A set's editor keeps its drafts in
 * IndexedDB; an article is one short form, saved in one step, so the page's own storage is enough.
 *
 * localStorage full or off, or a form longer than {@link BROWSER_FORM_LIMIT}: the form is kept in this tab's sessionStorage instead (it still
 * survives a reload), and the caller is told, so the teacher learns that closing the tab loses it;
 * refused there too, nothing is kept. Either way typing goes on, and the leave guard still asks
 * before the page goes. Forms kept by earlier builds in the tab's sessionStorage still read.
 */
import { browserStorage, type StorageBackend } from './backend.ts'
import { readItem, removeItem, writeItem } from './quiet.ts'
import { ARTICLE_FORM_KEY } from './keys.ts'
import { readArticleForm, type ArticleForm } from '../../domain/studio/article.ts'

/** Where a form is kept: the browser's storage first, then this tab's. */
export interface ArticleFormStores {
  browser: StorageBackend | null
  tab: StorageBackend | null
}

/**
 * Where the form went: kept in the browser; only in this tab (lost with it) because the browser's
 * storage is full, or because the form is too long to share it; or nowhere.
 */
export type ArticleFormKept = 'browser' | 'tab' | 'long' | 'nowhere'

/**
 * The longest form (characters of its JSON) kept in the browser's storage, which it shares with
 * the student's progress: a long news article is well under it (10 000 words are about 60 000
 * characters), and a form left by a closed tab can never take the room a quiz's result needs.
 * A longer one is kept in the tab only.
 */
export const BROWSER_FORM_LIMIT = 100_000

const keyOf = (passageId: string | undefined) => `${ARTICLE_FORM_KEY}${passageId ?? 'new'}`

function stores(): ArticleFormStores {
  return { browser: browserStorage('localStorage'), tab: browserStorage('sessionStorage') }
}

export function keepArticleForm(
  passageId: string | undefined,
  form: ArticleForm,
  where: ArticleFormStores = stores(),
): ArticleFormKept {
  const key = keyOf(passageId)
  const text = JSON.stringify(form)
  const long = text.length > BROWSER_FORM_LIMIT
  if (!long && writeItem(where.browser, key, text)) {
    // An older copy in the tab would be read by nobody, but need not take the tab's room.
    removeItem(where.tab, key)
    return 'browser'
  }
  // An older copy in the browser must not come back instead of this one.
  removeItem(where.browser, key)
  if (!writeItem(where.tab, key, text)) return 'nowhere'
  return long ? 'long' : 'tab'
}

/** The form kept for this article, if any reads: the tab's own (newer, if there) first. */
export function keptArticleForm(
  passageId: string | undefined,
  where: ArticleFormStores = stores(),
): ArticleForm | undefined {
  for (const storage of [where.tab, where.browser]) {
    const text = readItem(storage, keyOf(passageId))
    if (text === null) continue
    try {
      const form = readArticleForm(JSON.parse(text))
      if (form) return form
    } catch {
      // Unreadable: the next, or nothing.
    }
  }
  return undefined
}

export function dropArticleForm(
  passageId: string | undefined,
  where: ArticleFormStores = stores(),
): void {
  removeItem(where.browser, keyOf(passageId))
  removeItem(where.tab, keyOf(passageId))
}
