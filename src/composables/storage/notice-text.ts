/**
 * The sentences of the storage notices, in the student's words: loaded with the component that
 * shows them (after the first page), never with the stores that raise them.
 */
import type { StorageNotice } from './notices.ts'
import { STORAGE_KEYS } from './keys.ts'

/** What a notice says. */
export function noticeText(n: StorageNotice): string {
  const label = n.label ?? 'data'
  switch (n.kind) {
    case 'quarantined':
      return n.stored === false
        ? `Your saved ${label} could not be read, and storage is too full to set it aside. It is kept until you close this tab: download it, or discard it so Passage can save again.`
        : `Your saved ${label} could not be read, so Passage set it aside and ${n.whenSetAside ?? 'started fresh'}. Download it to keep a copy, or discard it.`
    case 'newer':
      return `A newer version of Passage (version ${n.version}) saved your ${label}. This version leaves what was saved untouched and will not save changes over it; update Passage to carry on.`
    case 'unavailable':
      return 'This browser is not letting Passage save anything (private browsing, or storage turned off). Your progress and settings will not be saved after you close this tab: download a backup to keep your progress.'
    case 'migrated':
      return `Passage updated your ${label} from an older version (version ${n.version}); nothing was lost.`
    case 'quota-trimmed':
      return n.review
        ? 'Storage is full, so Passage shortened your oldest review history; every card keeps its schedule. Download a backup of your progress to be safe.'
        : 'Storage is full, so Passage removed the answers of your oldest attempts; every score and statistic is kept. Download a backup to keep everything.'
    case 'quota-full':
      // A backup holds finished attempts, not a quiz half-way through: finishing it is what keeps it.
      return n.key === STORAGE_KEYS.quizInProgress
        ? 'Storage is full and your quiz in progress could not be saved. Finish it in this tab without reloading: its result is kept until you close the tab, and a backup downloaded then holds it.'
        : `Storage is full and your ${label} could not be saved. It is kept until you close this tab: download a backup now.`
  }
}

/**
 * What exactly was wrong with a document set aside ("it is not valid JSON (…)", "attempts[0].total
 * is out of range"), for whoever wants to look or to help: shown folded under the notice, since a
 * parser's words are no help to most students. Null when there is nothing more to say.
 */
export function noticeDetail(n: StorageNotice): string | null {
  return n.kind === 'quarantined' && n.reason ? `Passage found that ${n.reason}.` : null
}
