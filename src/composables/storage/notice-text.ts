/**
 * The sentences of the storage notices, in the student's words: loaded with the component that
 * shows them (after the first page), never with the stores that raise them.
 */
import type { StorageNotice } from './notices.ts'
import { STORAGE_KEYS } from './keys.ts'
import { listed } from '../../domain/text/listed.ts'
import {
  foundInWords,
  salvageNamedSettings,
  settingsFoundInWords,
} from '../../domain/progress/settings-names.ts'
import { parseJson } from '../../domain/progress/versioned.ts'
import { salvageSavedSessions } from '../../domain/progress/saved-sessions.ts'
import { settingsSpec } from './small-specs.ts'
import { savedSessionsSpec } from './saved-sessions.ts'

/** The stored text of a set-aside copy, by its key (null when it is gone). */
export type SetAsideText = (key: string) => string | null

/** A set-aside settings document, read (undefined when it is not settings or does not read). */
function setAsideSettings(n: StorageNotice, setAside: SetAsideText | undefined): unknown {
  const text = n.label === settingsSpec.label && n.key ? setAside?.(n.key) : undefined
  const json = text ? parseJson(text) : undefined
  return json?.ok ? json.doc : undefined
}

/**
 * The settings a set-aside settings document had that did not read, as the Settings page names
 * them (the rest were kept); undefined when that cannot be said.
 */
function resetSettings(n: StorageNotice, setAside: SetAsideText | undefined): string[] | undefined {
  const doc = setAsideSettings(n, setAside)
  return doc === undefined ? undefined : salvageNamedSettings(doc)?.reset
}

/** A set as a notice names it: its title when it is loaded, else its id. */
export type SetTitle = (setId: string) => string | undefined

/** How many sets whose quiz was set aside a notice names; the rest are counted. */
const QUIZZES_NAMED = 3

/**
 * The quizzes in progress set aside while the other sets' were kept, by their sets (“Who said
 * what”), in a sentence: none when the notice is not of those.
 */
function quizzesSetAside(
  n: StorageNotice,
  title: SetTitle,
  setAside: SetAsideText | undefined,
): string | undefined {
  if (n.label !== savedSessionsSpec.label || !n.lost?.length) return undefined
  // The set-aside copy says whether any other set's quiz was kept: none is claimed when none was.
  const text = n.key ? setAside?.(n.key) : undefined
  const none = text ? !Object.keys(salvageSavedSessions(text)?.doc.sessions ?? {}).length : false
  const sets = n.lost.slice(0, QUIZZES_NAMED).map((l) => {
    const known = l.setId === '' ? undefined : title(l.setId)
    if (known !== undefined) return `“${known}”`
    return l.setId === '' ? 'a set whose name cannot be read' : `set “${l.setId}”`
  })
  const more = n.lost.length - sets.length
  if (more > 0) sets.push(`${more} other ${more === 1 ? 'set' : 'sets'}`)
  const one = n.lost.length === 1
  return (
    `Your ${one ? 'quiz' : 'quizzes'} in progress of ${listed(sets)} could not be read, so ` +
    `${one ? 'it' : 'they'} cannot be continued${none ? '. ' : '; your quizzes in progress of other sets are kept. '}` +
    (n.stored !== false
      ? 'Passage set the damaged copy aside: download it to keep a copy, or discard it.'
      : n.inTab
        ? 'Storage is too full to set the damaged copy aside: it is kept until you reload or close this tab, to download or discard.'
        : 'Storage is too full to set the damaged copy aside: download it, or discard it so Passage can save your quizzes in progress again.')
  )
}

/** The labels that name several things (“your settings”, “your reviews”): not “set it aside”. */
const SEVERAL = new Set([settingsSpec.label, 'reviews'])
/** The progress documents: one that cannot be written yet leaves the other to save results in. */
const PROGRESS = new Set(['progress', 'recent progress'])

/**
 * What a notice says. `setAside` reads a set-aside copy, so a settings notice can name the
 * settings that went back to their defaults in its own words, not in a fold; `title` names the
 * sets whose quiz in progress was set aside.
 */
export function noticeText(
  n: StorageNotice,
  setAside?: SetAsideText,
  title: SetTitle = () => undefined,
): string {
  const label = n.label ?? 'data'
  const quizzes = n.kind === 'quarantined' ? quizzesSetAside(n, title, setAside) : undefined
  if (quizzes) return quizzes
  const reset = n.kind === 'quarantined' ? resetSettings(n, setAside) : undefined
  switch (n.kind) {
    case 'quarantined':
      if (reset?.length) {
        const one = reset.length === 1
        return (
          `Your saved ${one ? 'setting' : 'settings'} ${listed(reset)} could not be read, so ` +
          `${one ? 'it went back to its default' : 'they went back to their defaults'}; your other settings are kept. ` +
          (n.stored === false
            ? 'Storage is too full to set the damaged copy aside: download it, or discard it so Passage can save your settings again.'
            : 'Passage set the damaged copy aside: download it to keep a copy, or discard it.')
        )
      }
      // Every setting read; what failed was only names Passage does not know (a hand edit, a
      // hostile backup). Nothing the student chose changed, so the notice says so, calmly.
      if (reset)
        return (
          'Your saved settings had something in them Passage does not recognise, which it ignored; ' +
          'nothing was reset, and every setting you chose is kept. ' +
          (n.stored === false
            ? 'Storage is too full to set the original copy aside: download it, or discard it so Passage can save your settings again.'
            : 'Passage set the original copy aside: download it to keep a copy, or discard it.')
        )
      {
        // “Set it aside” would be the settings; the buttons beside it say “Download it”: the copy.
        const copy = SEVERAL.has(label) ? 'the damaged copy' : 'it'
        // What waits on the copy kept in memory: a document the door will not write until it
        // is discarded; not results (the other progress document takes them), nor a tab's copy.
        const waits = n.inTab
          ? '.'
          : PROGRESS.has(label)
            ? '. Your results are still saved.'
            : ` so Passage can save your ${label} again.`
        return n.stored === false
          ? `Your saved ${label} could not be read, and storage is too full to set ${copy} aside. It is kept until you ${n.inTab ? 'reload or ' : ''}close this tab: download it, or discard it${waits}`
          : `Your saved ${label} could not be read, so Passage set ${copy} aside and ${n.whenSetAside ?? 'started fresh'}. Download it to keep a copy, or discard it.`
      }
    case 'newer':
      // What to do first; which data and version, for whoever helps, in the folded detail.
      return `A newer Passage saved your ${label}, so this older page saves nothing over what it saved. Reload to bring this page up to date.`
    case 'unavailable':
      return 'This browser is not letting Passage save anything (private browsing, or storage turned off). Your progress and settings will not be saved after you close this tab: download a backup to keep your progress.'
    case 'migrated':
      return `Passage updated your ${label} from an older version (version ${n.version}); nothing was lost.`
    case 'quota-trimmed':
      return n.review
        ? 'Storage is full, so Passage shortened your oldest review history; every question keeps its schedule. Download a backup of your progress to be safe.'
        : 'Storage is full, so Passage removed the answers of your oldest attempts; every score and statistic is kept. Download a backup to keep everything.'
    case 'quota-full':
      return fullText([n])
    case 'saved':
      return 'Your result is saved now: there was room in this browser’s storage again.'
  }
}

/**
 * One sentence for every document a full storage could not save: what happened, what is safe,
 * and what to do. A backup holds finished attempts, not a quiz half-way through: finishing it is
 * what keeps that one.
 */
function fullText(full: readonly StorageNotice[]): string {
  const quiz = full.some((n) => n.key === STORAGE_KEYS.quizInProgress)
  const others = [
    ...new Set(
      full
        .filter((n) => n.key !== STORAGE_KEYS.quizInProgress)
        // The journal is the newest of the student's progress, not a thing of its own to them.
        .map((n) => (n.label === 'recent progress' ? 'progress' : (n.label ?? 'data'))),
    ),
  ]
  const what = listed([...(quiz ? ['quiz in progress'] : []), ...others])
  const one = others.length + (quiz ? 1 : 0) === 1
  const kept = `Everything saved before is safe, and ${one ? 'this is' : 'these are'} kept until you close this tab`
  return quiz
    ? `Storage in this browser is full, so Passage could not save your ${what}. ${kept}. ` +
        'Finish the quiz in this tab, then download a backup: it holds the result.'
    : `Storage in this browser is full, so Passage could not save your ${what}. ${kept}: download a backup now.`
}

/** A notice as the list shows it, standing for the notices in `ids`. */
export interface ShownNotice {
  notice: StorageNotice
  ids: string[]
  text: string
}

/**
 * The notices to show: every document a full storage could not save in one notice (one cause,
 * one remedy), where each would otherwise repeat “Storage is full” beside the others.
 */
export function shownNotices(
  notices: readonly StorageNotice[],
  setAside?: SetAsideText,
  title?: SetTitle,
): ShownNotice[] {
  const full = notices.filter((n) => n.kind === 'quota-full')
  // What a full storage already trimmed to make room is said in the same notice, when there is one.
  const trimmed = full.length ? notices.filter((n) => n.kind === 'quota-trimmed') : []
  const made = [
    ...(trimmed.some((n) => !n.review)
      ? ['removed the answers of your oldest attempts (every score is kept)']
      : []),
    ...(trimmed.some((n) => n.review)
      ? ['shortened your oldest review history (every question keeps its schedule)']
      : []),
  ]
  const room = made.length ? ` To make room it has already ${listed(made)}.` : ''
  const out: ShownNotice[] = []
  for (const n of notices) {
    if (n === full[0]) {
      const ids = [...full, ...trimmed].map((f) => f.id)
      out.push({ notice: n, ids, text: fullText(full) + room })
    } else if (n.kind !== 'quota-full' && !trimmed.includes(n))
      out.push({ notice: n, ids: [n.id], text: noticeText(n, setAside, title) })
  }
  return out
}

/**
 * What exactly was wrong with a document set aside ("it is not valid JSON (…)", "a number out of
 * range in one of your attempts (attempts[0].total is out of range…)"), shown folded under the
 * notice: the kind of problem and where in words first, then the reader's own sentence for
 * whoever wants to look or to help; settings name each setting that does not read, by its label
 * (read from `setAside`). Null when there is nothing more to say.
 */
export function noticeDetail(n: StorageNotice, setAside?: SetAsideText): string | null {
  if (n.kind === 'newer' && n.version !== undefined) {
    return `Stored under “${n.key ?? ''}” as data version ${n.version}, newer than this page reads. Nothing in it was changed.`
  }
  if (n.kind !== 'quarantined' || !n.reason) return null
  // Each quiz set aside, with what was wrong with it (its set's id is in the reader's path).
  if (n.label === savedSessionsSpec.label && n.lost?.length) {
    const named = n.lost.slice(0, QUIZZES_NAMED)
    const more = n.lost.length - named.length
    return (
      named.map((l) => `Passage found ${foundInWords(l.reason, 'the saved copy')}.`).join(' ') +
      (more > 0 ? ` And ${more} more.` : '')
    )
  }
  // A setting is named as its control is labelled, not as a part of the saved copy.
  if (n.label === settingsSpec.label)
    return `Passage found ${settingsFoundInWords(setAsideSettings(n, setAside), n.reason, 'the saved copy')}.`
  return `Passage found ${foundInWords(n.reason, 'the saved copy')}.`
}
