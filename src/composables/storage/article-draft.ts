/**
 * The article form as the teacher types it, kept in this browser's localStorage so that a reload,
 * a closed tab or a closed browser (or a phone dropping a background tab) does not lose a pasted
 * article before it is saved. One form per article (`new`, or the id of one being edited) and
 * tab: two tabs on the same form never write over each other, and a form a closed tab left is
 * taken over by the next tab opened on it, the newest first. None is dropped for its age: each
 * left is offered in turn, and goes only when the teacher saves or discards it. Read back as
 * untrusted; anything unreadable is dropped. A set's editor keeps its drafts in
 * IndexedDB; an article is one short form, saved in one step, so the page's own storage is enough.
 *
 * localStorage full or off, or a form longer than {@link BROWSER_FORM_LIMIT}: the form is kept in this tab's sessionStorage instead (it still
 * survives a reload), and the caller is told, so the teacher learns that closing the tab loses it;
 * refused there too, nothing is kept. Either way typing goes on, and the leave guard still asks
 * before the page goes. Forms kept by earlier builds in the tab's sessionStorage still read.
 */
import { browserStorage, type StorageBackend } from './backend.ts'
import { readItem, removeItem, writeItem } from './quiet.ts'
import { ARTICLE_FORM_KEY, TAB_ID_KEY } from './keys.ts'
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

/** The forms kept for an article, by any tab: the key of one is this plus `@` and its tab's id. */
const baseOf = (passageId: string | undefined) => `${ARTICLE_FORM_KEY}${passageId ?? 'new'}`

function newTabId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36)
}

/** This tab's id, made the first time it is asked for (none when its storage refuses). */
function tabId(where: ArticleFormStores, fresh = false): string {
  const known = fresh ? null : readItem(where.tab, TAB_ID_KEY)
  if (known) return known
  const made = newTabId()
  return writeItem(where.tab, TAB_ID_KEY, made) ? made : 'this-tab'
}

/**
 * Where this tab keeps its form of an article. Each tab has its own, so two tabs open on the same
 * form never write over each other's typing; a form a closed tab left is taken over by the next
 * one opened ({@link adoptLeftArticleForm}).
 */
export function ownFormKey(passageId: string | undefined, where: ArticleFormStores = stores()) {
  return `${baseOf(passageId)}@${tabId(where)}`
}

function stores(): ArticleFormStores {
  return { browser: browserStorage('localStorage'), tab: browserStorage('sessionStorage') }
}

export function keepArticleForm(
  passageId: string | undefined,
  form: ArticleForm,
  where: ArticleFormStores = stores(),
): ArticleFormKept {
  const key = ownFormKey(passageId, where)
  const text = JSON.stringify({ ...form, keptAt: Date.now() })
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

function readForm(storage: StorageBackend | null, key: string): ArticleForm | undefined {
  const text = readItem(storage, key)
  if (text === null) return undefined
  try {
    return readArticleForm(JSON.parse(text))
  } catch {
    return undefined
  }
}

/**
 * The form this tab kept for this article, if any reads (after a reload): the tab's own (newer,
 * if there) first, then the browser's; a form an earlier build kept in the tab still reads.
 */
export function keptArticleForm(
  passageId: string | undefined,
  where: ArticleFormStores = stores(),
): ArticleForm | undefined {
  const key = ownFormKey(passageId, where)
  return (
    readForm(where.tab, key) ??
    readForm(where.browser, key) ??
    readForm(where.tab, baseOf(passageId))
  )
}

/** Forgets this tab's form of this article (saved, or left); other tabs' stay. */
export function dropArticleForm(
  passageId: string | undefined,
  where: ArticleFormStores = stores(),
): void {
  const key = ownFormKey(passageId, where)
  removeItem(where.browser, key)
  removeItem(where.tab, key)
  removeItem(where.tab, baseOf(passageId))
}

/** What the browser offers to tell whether a tab is still open (the Web Locks API). */
export type TabLocks = Pick<LockManager, 'request' | 'query'>

const lockOf = (tab: string) => `passage:article-form-tab:${tab}`

/**
 * Says, for as long as the form is open in this tab, that this tab is open, so another tab does
 * not take over the form it keeps. A tab duplicated by the browser arrives with the same id: it
 * finds the lock taken, and takes a new id of its own. Returns what lets go.
 */
export async function holdTab(
  where: ArticleFormStores = stores(),
  locks: TabLocks | undefined = browserLocks(),
): Promise<() => void> {
  let release = () => {}
  if (!locks) return release
  const held = new Promise<void>((resolve) => (release = resolve))
  for (let tries = 0; tries < 3; tries++) {
    const tab = tabId(where, tries > 0)
    const got = await new Promise<boolean>((answer) => {
      locks
        .request(lockOf(tab), { ifAvailable: true }, (lock) => {
          answer(lock !== null)
          return lock ? held : undefined
        })
        .catch(() => answer(false))
    })
    if (got) return release
  }
  return release
}

function browserLocks(): TabLocks | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks
}

/** A form a tab now closed left in the browser: what the studio lists under "Not saved yet". */
export interface LeftArticleForm {
  /** The key it is kept under: what "Continue" asks the editor for, and "Discard" removes. */
  key: string
  /** The article it edits; undefined for a new one. */
  passageId: string | undefined
  form: ArticleForm
  /** When it was last typed in (ms; 0 when not known). */
  keptAt: number
}

/**
 * The forms in the browser that no open tab keeps (of one article, or of any), newest first. A
 * tab still open keeps its own; without the Web Locks API a tab cannot be told from a closed one,
 * and all are taken as left. Unreadable ones are not listed (and not removed).
 */
async function leftForms(
  wanted: (key: string) => boolean,
  where: ArticleFormStores,
  locks: TabLocks | undefined,
): Promise<LeftArticleForm[]> {
  const keys: string[] = []
  try {
    const browser = where.browser
    for (let i = 0; browser && i < browser.length; i++) {
      const key = browser.key(i)
      if (key !== null && key.startsWith(ARTICLE_FORM_KEY) && wanted(key)) keys.push(key)
    }
  } catch {
    return []
  }
  if (keys.length === 0) return []
  let open = new Set<string>()
  if (locks) {
    try {
      const { held = [] } = await locks.query()
      open = new Set(held.map((lock) => lock.name ?? ''))
    } catch {
      // Not known: any may be taken.
    }
  }
  return keys
    .map((key) => {
      const [article = '', tab] = key.slice(ARTICLE_FORM_KEY.length).split('@')
      return { key, article, tab }
    })
    .filter(({ tab }) => tab === undefined || !open.has(lockOf(tab)))
    .map(({ key, article }) => {
      const text = readItem(where.browser, key)
      let keptAt = 0
      try {
        const at: unknown = text ? (JSON.parse(text) as { keptAt?: unknown }).keptAt : undefined
        if (typeof at === 'number' && Number.isFinite(at)) keptAt = at
      } catch {
        // Read as the oldest; readForm says whether it is a form at all.
      }
      const passageId = article === 'new' ? undefined : article
      return { key, passageId, keptAt, form: readForm(where.browser, key) }
    })
    .filter((l): l is LeftArticleForm => l.form !== undefined)
    .sort((a, b) => b.keptAt - a.keptAt)
}

/**
 * Every article form a closed tab left (new articles and changes to the teacher's own), newest
 * first: listed in the studio, so none is found only by opening the same form again.
 */
export function leftArticleForms(
  where: ArticleFormStores = stores(),
  locks: TabLocks | undefined = browserLocks(),
): Promise<LeftArticleForm[]> {
  return leftForms(() => true, where, locks)
}

/** Discards a form a closed tab left (the studio's "Discard"); any other key is left alone. */
export function discardLeftArticleForm(key: string, where: ArticleFormStores = stores()): void {
  if (key.startsWith(ARTICLE_FORM_KEY)) removeItem(where.browser, key)
}

/**
 * A form of this article that a tab now closed left in the browser (`wanted`: the one the teacher
 * chose in the studio, and none when another tab has taken it since; else the newest; for a new
 * article, `wanted` may be the changes to an article deleted since), moved to this tab when `take()`
 * still says yes once it is known which tabs are open: the next one is offered the next time the
 * form opens, and none is ever dropped unseen. A tab still open keeps its own; without the Web
 * Locks API a tab cannot be told from a closed one, and any is taken (the tab it came from writes
 * it back as the teacher types there, so nothing is lost).
 */
export async function adoptLeftArticleForm(
  passageId: string | undefined,
  take: () => boolean,
  where: ArticleFormStores = stores(),
  locks: TabLocks | undefined = browserLocks(),
  wanted?: string,
): Promise<ArticleForm | undefined> {
  const base = baseOf(passageId)
  const own = ownFormKey(passageId, where)
  // A new article may start from the changes to one deleted since (the studio's "Continue as a
  // new article"): what was typed is not lost with the article.
  const foreign = passageId === undefined ? wanted : undefined
  const left = await leftForms(
    (key) => key !== own && (key === base || key.startsWith(`${base}@`) || key === foreign),
    where,
    locks,
  )
  // The one chosen, once another tab has taken it, is not swapped for another the teacher did not choose.
  const chosen = wanted === undefined ? left[0] : left.find((l) => l.key === wanted)
  if (!chosen || !take()) return undefined
  // Moved only once this tab has it in the browser too: otherwise it stays to be offered again.
  if (keepArticleForm(passageId, chosen.form, where) === 'browser')
    removeItem(where.browser, chosen.key)
  return chosen.form
}
