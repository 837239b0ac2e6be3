/**
 * The article form as the teacher types it, kept in this tab's sessionStorage so that a reload
 * (or the browser dropping a background tab on a phone) does not lose a pasted article before it
 * is saved. One form per article: `new`, or the id of one being edited. Read back as untrusted;
 * anything unreadable is dropped. A set's editor keeps its drafts in IndexedDB; an article is
 * one short form, saved in one step, so the tab's own storage is enough. Storage full or off:
 * nothing is kept, and the leave guard still asks before the page goes.
 */
import { browserStorage, type StorageBackend } from '../storage/backend.ts'
import { readItem, removeItem, writeItem } from '../storage/quiet.ts'
import { ARTICLE_FORM_KEY } from '../storage/keys.ts'
import { readArticleForm, type ArticleForm } from '../../domain/studio/article.ts'

const keyOf = (passageId: string | undefined) => `${ARTICLE_FORM_KEY}${passageId ?? 'new'}`

export function keepArticleForm(
  passageId: string | undefined,
  form: ArticleForm,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): void {
  writeItem(storage, keyOf(passageId), JSON.stringify(form))
}

/** The form kept for this article in this tab, if any reads. */
export function keptArticleForm(
  passageId: string | undefined,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): ArticleForm | undefined {
  const text = readItem(storage, keyOf(passageId))
  try {
    return text === null ? undefined : readArticleForm(JSON.parse(text))
  } catch {
    return undefined
  }
}

export function dropArticleForm(
  passageId: string | undefined,
  storage: StorageBackend | null = browserStorage('sessionStorage'),
): void {
  removeItem(storage, keyOf(passageId))
}
