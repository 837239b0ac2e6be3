/**
 * A quick look, without the storage door, at whether a bank may have a quiz in progress: the quiz
 * route uses it to fetch the quiz chunk before the page opens, so the first page does not carry
 * the saved-session reader. A yes is only a hint — the quiz store reads the document through the
 * door (quarantine, migrations) and checks the session with the bank before offering it.
 */
import { browserStorage, type StorageBackend } from './backend.ts'
import { FINISHED_QUIZ_KEY, STORAGE_KEYS } from './keys.ts'

/**
 * Whether the stored quiz-in-progress document looks like it holds an active session of `bankId`
 * (or this tab kept one that storage refused);
 * with `finishedToo` (the quiz route), also whether this tab finished a quiz of it last, whose
 * results come back on a reload. The library asks about quizzes in progress only.
 */
export function mayHaveActiveQuiz(
  bankId: string,
  finishedToo = false,
  storage: StorageBackend | null = browserStorage(),
): boolean {
  try {
    const tab = browserStorage('sessionStorage')
    // The tab's copy of a quiz storage refused (tab-quiz.ts), or the quiz it finished last.
    if (
      tab?.getItem(STORAGE_KEYS.quizInProgress)?.includes(`"${bankId}"`) ||
      (finishedToo && tab?.getItem(FINISHED_QUIZ_KEY)?.includes(`"${bankId}"`))
    )
      return true
    const text = storage?.getItem(STORAGE_KEYS.quizInProgress)
    if (!text) return false
    const sessions: unknown = (JSON.parse(text) as { sessions?: unknown } | null)?.sessions
    if (typeof sessions !== 'object' || sessions === null || !Object.hasOwn(sessions, bankId)) {
      return false
    }
    const session = (sessions as Record<string, unknown>)[bankId]
    return (session as { status?: unknown } | null)?.status === 'active'
  } catch {
    return false
  }
}
