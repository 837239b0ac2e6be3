/**
 * Every localStorage key Passage uses. All start with one prefix, so "erase all my data" and the
 * quarantine list can find them without knowing each one.
 */

export const STORAGE_PREFIX = 'passage:'

export const STORAGE_KEYS = {
  progress: 'passage:progress',
  /** Attempts recorded since the last compaction into `progress` (see progress.ts). */
  progressJournal: 'passage:progress:journal',
  settings: 'passage:settings',
  quizInProgress: 'passage:quiz-in-progress',
  /** Review cards, their logs and the review session in progress (domain/review). */
  review: 'passage:review',
} as const

/** In this tab's sessionStorage: the quiz it finished last, for a reload of its results. */
export const FINISHED_QUIZ_KEY = 'passage:finished-quiz'

/**
 * The review card on screen once checked, for a reload of its feedback or second try
 * (domain/review/on-screen.ts): in this tab's sessionStorage, and in localStorage for a tab
 * closed and opened again, as a quiz in progress comes back.
 */
export const REVIEW_CARD_KEY = 'passage:review-card'

/** The cards the review session passed over, kept as the card on screen is. */
export const REVIEW_SKIPPED_KEY = 'passage:review-skipped'

/**
 * Plus `new` or an article's id, `@` and the tab's id: the studio's article form as a tab typed it,
 * until it is saved, in localStorage (in the tab's sessionStorage when that is full;
 * composables/storage/article-draft.ts). Earlier builds kept one form per article, without `@`.
 */
export const ARTICLE_FORM_KEY = 'passage:studio-article-form:'

/** In this tab's sessionStorage: the tab's id, which of the article forms kept is its own. */
export const TAB_ID_KEY = 'passage:tab-id'

/** Unreadable documents are copied under this prefix plus the ISO time they were found. */
export const QUARANTINE_PREFIX = 'passage:quarantine:'

/** Whether a key holds a quarantined copy. */
export function isQuarantineKey(key: string): boolean {
  return key.startsWith(QUARANTINE_PREFIX)
}

/** A fresh quarantine key for `now`; `taken` says which keys exist, so two in one ms differ. */
export function newQuarantineKey(now: Date, taken: (key: string) => boolean): string {
  const base = QUARANTINE_PREFIX + now.toISOString()
  let key = base
  for (let n = 1; taken(key); n++) key = `${base}~${n}`
  return key
}
