/**
 * The backup file: everything the student has (progress, settings and the review schedule) in one
 * versioned JSON file. Reading one validates all of it and reports what a restore would add before
 * anything changes. Damaged attempts beside readable ones are left out and named (the rest is
 * restored), as are settings and review cards this version cannot read; any other failed check
 * refuses the file as a whole with a message saying why.
 */
import * as z from 'zod/mini'
import { planRestore, type RestorePlan } from './merge.ts'
import { migrate } from './migrate.ts'
import { salvageProgress, withoutLate, type LeftOut } from './salvage.ts'
import { PROGRESS_VERSION, QUESTION_ID, SET_ID, type ProgressDoc } from './schema.ts'
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings.ts'
import {
  foundInWords,
  salvageNamedSettings,
  settingsFoundInWords,
  type Parts,
} from './settings-names.ts'
import { attemptCount } from './stats.ts'
import { FILE_NAMES, passageFileOf } from './file-kinds.ts'
import { errorText } from '../text/clip.ts'
import { curly } from '../text/quote.ts'
import { isoLocalDay } from '../review/days.ts'
import { migrateReview } from '../review/format.ts'
import { answeredBy, reviewCardCount, withoutSession } from '../review/restore.ts'
import { REVIEW_VERSION, type ReviewDoc } from '../review/schema.ts'
import { firstIssue, parseJson } from './versioned.ts'
import { CUT_SHORT, jsonParseError, jsonProblem } from '../text/json-problem.ts'
import type { StudioPart } from '../studio/in-backup.ts'

export const BACKUP_KIND = 'passage-backup'
export const BACKUP_VERSION = 1

export interface Backup {
  kind: typeof BACKUP_KIND
  schemaVersion: typeof BACKUP_VERSION
  /** The app that wrote it, for the student's and a maintainer's information. */
  appVersion: string
  /** ISO 8601. */
  createdAt: string
  progress: ProgressDoc
  settings?: Settings
  /** The review cards (their schedules and logs), without a review session in progress. Older
   * backups have none; an older app reading a newer backup leaves it aside. */
  review?: ReviewDoc
  /**
   * The sets and articles saved in the studio, written as a `StudioPart`. Read back as the file
   * has it: the page that restores them checks each (`readStudioPart`), which keeps the studio's
   * schema out of the chunk every page with a history loads. Older backups have none; an older
   * app reading a newer backup leaves them aside.
   */
  studio?: unknown
}

/** What a restore would do, for the "restore?" confirmation. */
export interface RestoreSummary {
  createdAt: string
  appVersion: string
  attemptsInBackup: number
  /** Attempts not already here: what the restore adds. */
  newAttempts: number
  /** Attempts already here (same id, same results): left as they are, never duplicated. */
  knownAttempts: number
  /** Attempts whose id is already here with different results: ours are kept, the backup's
   * copies are not restored (they can be downloaded on their own). */
  conflicts: number
  /** Attempts here that the backup does not hold: a restore leaves them as they are. */
  onlyHere: number
  /**
   * Question sets the backup has history for and this device does not, but for the Studio's own
   * (`studioSets`): the restore names those as the learner's Studio sets, added or here already.
   */
  newSets: number
  /** The ids of the sets the backup's Studio part carries, as the file has them. Absent when none. */
  studioSets?: string[]
  hasSettings: boolean
  /** Review cards in the backup (0 when it has no review schedule). */
  reviewCards: number
  /** Set when the backup's progress was written by an older version and gets migrated. */
  migratedFrom?: number
  /**
   * Damaged attempts the backup holds beside readable ones: they are not restored, and the first
   * few are kept with what still reads of them (date, mode, score) for `leftOutText`, so the
   * student knows what is missing. Absent when none.
   */
  damaged?: {
    count: number
    attempts: LeftOut[]
    /** How many of `count` read but are dated after the backup was made (or today). */
    misdated?: number
  }
  /** Parts of the backup this version cannot read (settings or review cards of a newer version,
   * or damaged), left out of the restore, in words. Absent when none. */
  leftOut?: string[]
  /**
   * Review answers the backup dates after it was made, or after today (a clock set wrong, or an
   * edit), left out of the restore, in words: they read, but their dates cannot be right. Absent
   * when none.
   */
  misdated?: string[]
  /**
   * Settings in the backup that do not read on their own (a hand edit: "theme": "neon"), each
   * named in words: they go back to their defaults, and the backup's other settings are restored.
   * Absent when none.
   */
  settingsReset?: string[]
}

/** How many damaged attempts a restore names one by one; the rest are counted. */
export const DAMAGED_NAMED = 5

export type BackupRead =
  | { ok: true; backup: Backup; summary: RestoreSummary; plan: RestorePlan }
  | { ok: false; message: string }

/**
 * What the restore confirmation and the restore itself need: the summary, the plan and the
 * settings, without the backup's whole history (megabytes, when it is handed between threads).
 */
export type BackupPreview =
  | {
      ok: true
      summary: RestoreSummary
      plan: RestorePlan
      sets: number
      settings?: Settings
      review?: ReviewDoc
      /** Not checked yet: see `Backup.studio`. */
      studio?: unknown
    }
  | { ok: false; message: string }

/** Where reading a backup has got to, for a progress message. */
export type ReadStage = 'reading' | 'checking' | 'comparing'

/** The preview of a read backup. */
export function previewOf(read: BackupRead): BackupPreview {
  if (!read.ok) return read
  const preview: BackupPreview = {
    ok: true,
    summary: read.summary,
    plan: read.plan,
    sets: Object.keys(read.backup.progress.sets).length,
  }
  if (read.backup.settings) preview.settings = read.backup.settings
  if (read.backup.review) preview.review = read.backup.review
  if (read.backup.studio !== undefined) preview.studio = read.backup.studio
  return preview
}

/**
 * The question sets adding `add` to `here` brings history for that `here` has none of, the
 * Studio's own (`studio`) left out: a restore names those once, as the learner's Studio sets.
 */
export function newSetIds(add: ProgressDoc, here: ProgressDoc, studio: readonly string[] = []) {
  return Object.keys(add.sets).filter((id) => !Object.hasOwn(here.sets, id) && !studio.includes(id))
}

/**
 * The ids of the sets in a backup's Studio part, read loosely: each record is checked when it is
 * restored (`Backup.studio`), and one that does not read is named there.
 */
function studioSetIds(studio: unknown): string[] {
  const sets = (studio as { sets?: unknown } | null | undefined)?.sets
  if (!Array.isArray(sets)) return []
  const ids = sets.map((r) => (r as { bank?: { id?: unknown } } | null)?.bank?.id)
  return ids.filter((id): id is string => typeof id === 'string')
}

const envelope = z.looseObject({
  kind: z.literal(BACKUP_KIND),
  schemaVersion: z.int().check(z.gte(1)),
  appVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  progress: z.unknown(),
  settings: z.optional(z.unknown()),
  review: z.optional(z.unknown()),
  studio: z.optional(z.unknown()),
})

/** A backup of `docs` made at `now` by app version `appVersion`. */
export function makeBackup(
  docs: { progress: ProgressDoc; settings?: Settings; review?: ReviewDoc; studio?: StudioPart },
  appVersion: string,
  now: Date,
): Backup {
  const backup: Backup = {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    progress: docs.progress,
  }
  if (docs.settings) backup.settings = docs.settings
  // The cards only: a review half-way through in this browser is not one to carry on elsewhere.
  if (docs.review && reviewCardCount(docs.review) > 0) backup.review = withoutSession(docs.review)
  if (docs.studio) backup.studio = docs.studio
  return backup
}

/** The file text of a backup. */
export function backupText(backup: Backup): string {
  return JSON.stringify(backup)
}

/** A file name that sorts by (local) date, e.g. passage-backup-2024-05-18.json. */
export function backupFilename(now: Date): string {
  return `passage-backup-${isoLocalDay(now.getTime())}.json`
}

const UNCHANGED = 'Nothing was changed.'
/** The parts of a backup's own head, as a student knows them. */
const HEAD_PARTS: Parts = [
  [/^createdAt\b/, 'the date it was made'],
  [/^appVersion\b/, 'the version of Passage that made it'],
  [/^schemaVersion\b/, 'its format number'],
]
/** How every backup Passage writes begins: its kind first (`makeBackup`). */
const WRITTEN_AS_BACKUP = new RegExp(`^\\s*\\{\\s*"kind"\\s*:\\s*"${BACKUP_KIND}"`)

/**
 * Why a file that is not JSON cannot be restored. A backup Passage wrote, cut short (a download
 * that did not finish) or changed by hand, says so and where to find it whole, rather than that
 * it is no backup at all.
 */
function notJson(text: string, reason: string): string {
  if (!WRITTEN_AS_BACKUP.test(text)) {
    return `This file is not a Passage backup: ${reason}. ${UNCHANGED}`
  }
  const what =
    reason === CUT_SHORT
      ? 'This backup is cut short: it stops before its end, so it cannot be read.'
      : `This backup is damaged: ${reason}.`
  return `${what} Choose another copy, or download a new backup in the browser it came from. ${UNCHANGED}`
}

/**
 * Why a JSON file that is no backup cannot be restored, naming the other files Passage writes that
 * a learner may pick instead (results handed in to a teacher, a question set, an article) and
 * where each goes: "not a Passage backup" alone seemed to deny a file Passage had written.
 */
function notBackup(doc: unknown): string {
  const file = passageFileOf(doc)
  const not = 'not a backup'
  if (file?.kind === 'results')
    return `This file is ${FILE_NAMES.results}, from “Hand in results”, ${not}: it cannot be restored. Make a backup with “Download a backup”, above, in the browser your progress is in.`
  if (file?.kind !== 'set' && file?.kind !== 'article')
    return `This file is not ${FILE_NAMES.backup}.`
  const named = file.named ? ` (${curly(file.named)})` : ''
  return `This file is ${FILE_NAMES[file.kind]}${named}, ${not}: bring it in with “Import GIFT, Aiken or JSON” in the Studio.`
}

/**
 * What to do with a file a newer Passage wrote: this page's Passage updates itself when reloaded
 * (the service worker, or the newest files from the server), and then reads it.
 */
const RELOAD = 'Reload the page to bring Passage up to date, then restore the file again.'

/**
 * The cards of a backup's review schedule that read one by one when the whole does not, and how
 * many did not; undefined when none reads (or it is no review schedule at all).
 */
function salvageReview(
  given: unknown,
): { review: ReviewDoc; lost: number; zonesLost: boolean } | undefined {
  if (typeof given !== 'object' || given === null) return undefined
  const { cards } = given as { cards?: unknown }
  if (typeof cards !== 'object' || cards === null) return undefined
  // Damaged zone marks would sink every card with them: the cards come back without them.
  let raw = given as { zones?: unknown }
  const zonesLost = 'zones' in raw && migrateReview({ ...raw, cards: {} }).status === 'invalid'
  if (zonesLost) {
    raw = { ...raw }
    delete raw.zones
  }
  const kept: Record<string, Record<string, unknown>> = {}
  let lost = 0
  for (const [setId, set] of Object.entries(cards)) {
    if (typeof set !== 'object' || set === null) {
      lost++
      continue
    }
    for (const [qid, card] of Object.entries(set)) {
      // Ids are checked before they are used as keys, as salvageProgress checks its own: the
      // validator drops a "__proto__" silently, and `kept["__proto__"]` is every object's
      // prototype, which the card would have been written onto.
      if (!SET_ID.test(setId) || !QUESTION_ID.test(qid)) {
        lost++
        continue
      }
      const alone = migrateReview({ ...raw, cards: { [setId]: { [qid]: card } } })
      if (alone.status !== 'ok') lost++
      else (kept[setId] ??= {})[qid] = card
    }
  }
  const whole = migrateReview({ ...raw, cards: kept })
  if (whole.status !== 'ok' || reviewCardCount(whole.doc) === 0) return undefined
  return { review: withoutSession(whole.doc), lost, zonesLost }
}

/** How far past its own date (or now) a backup's answers may be: a clock a little off, a zone. */
const CLOCK_SLACK_MS = 86_400_000

/**
 * Validates a backup file and says what restoring it over `current` would add. Never throws:
 * a file that trips anything unexpected is refused like a damaged one. `now` (epoch ms), when
 * given, also bounds the dates of its review answers, as its own date does.
 */
export function readBackup(
  text: string,
  current: ProgressDoc,
  onStage: (stage: ReadStage) => void = () => {},
  now?: number,
): BackupRead {
  try {
    return readOrThrow(text, current, onStage, now)
  } catch (e) {
    return {
      ok: false,
      message: `This backup could not be read (${errorText(e)}). ${UNCHANGED}`,
    }
  }
}

function readOrThrow(
  file: string,
  current: ProgressDoc,
  onStage: (stage: ReadStage) => void,
  now: number | undefined,
): BackupRead {
  onStage('reading')
  // A backup opened and saved again in Windows Notepad starts with a byte-order mark.
  const text = file.replace(/^\uFEFF/, '')
  const json = parseJson(text)
  if (!json.ok) {
    // Told where it goes wrong, or what the file is instead, rather than the engine's words.
    const engine = json.reason.startsWith('it is not valid JSON') ? jsonParseError(text) : undefined
    const reason = engine === undefined ? json.reason : jsonProblem(text, engine)
    return { ok: false, message: notJson(text, reason) }
  }
  const head = envelope.safeParse(json.doc)
  if (!head.success) {
    const kind = (json.doc as { kind?: unknown } | null)?.kind
    return kind === BACKUP_KIND
      ? {
          ok: false,
          message: `This backup is damaged: it cannot be read as a backup. Passage found ${foundInWords(firstIssue(head.error.issues), 'the backup', HEAD_PARTS)}. ${UNCHANGED}`,
        }
      : { ok: false, message: `${notBackup(json.doc)} ${UNCHANGED}` }
  }
  const { data } = head
  if (data.schemaVersion > BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup was made by a newer Passage than the one on this page (backup format ${data.schemaVersion}; this page reads up to ${BACKUP_VERSION}). ${RELOAD} ${UNCHANGED}`,
    }
  }
  onStage('checking')
  const progress = migrate(data.progress)
  if (progress.status === 'newer') {
    return {
      ok: false,
      message: `This backup holds progress saved by a newer Passage than the one on this page (progress version ${progress.version}; this page reads up to ${PROGRESS_VERSION}). ${RELOAD} ${UNCHANGED}`,
    }
  }
  let damaged: RestoreSummary['damaged']
  let doc: ProgressDoc
  let migratedFrom: number | undefined
  if (progress.status === 'invalid') {
    // One damaged attempt must not keep the others out: what reads is restored, the rest named.
    const salvaged = salvageProgress(data.progress)
    if (!salvaged || attemptCount(salvaged.doc) === 0) {
      return {
        ok: false,
        message: `This backup is damaged: none of its progress can be read. Passage found ${foundInWords(progress.reason, 'its progress')}. ${UNCHANGED}`,
      }
    }
    doc = salvaged.doc
    migratedFrom = salvaged.migratedFrom
    damaged = {
      count: salvaged.leftOut.length,
      attempts: salvaged.leftOut.slice(0, DAMAGED_NAMED),
    }
  } else {
    doc = progress.doc
    migratedFrom = progress.migratedFrom
  }
  // Anything dated after the backup was made is a clock set wrong or an edit; so is anything
  // after today, in a backup itself dated later than today.
  const made = Date.parse(data.createdAt)
  const future = now !== undefined && made > now + CLOCK_SLACK_MS
  const latest = (future ? now : made) + CLOCK_SLACK_MS
  const when = future ? 'today' : 'the backup was made'
  const late = withoutLate(doc, latest, `it is dated after ${when} (a clock set wrong, or an edit)`)
  if (late.leftOut.length > 0) {
    doc = late.doc
    const count = (damaged?.count ?? 0) + late.leftOut.length
    const named = [...(damaged?.attempts ?? []), ...late.leftOut].slice(0, DAMAGED_NAMED)
    damaged = { count, attempts: named, misdated: late.leftOut.length }
  }
  // Settings and review cards this version cannot read (a newer version's, or damaged) are left
  // out and named: the attempts, which are what a student cannot make again, still come back.
  const leftOut: string[] = []
  const misdated: string[] = []
  let settings: Settings | undefined
  let settingsReset: string[] | undefined
  if (data.settings !== undefined) {
    const s = migrateSettings(data.settings)
    const salvaged = s.status === 'invalid' ? salvageNamedSettings(data.settings) : undefined
    if (s.status === 'ok') settings = s.doc
    else if (salvaged) {
      // One value that does not read ("theme": "neon") goes back to its default, alone.
      settings = salvaged.settings
      settingsReset = salvaged.reset
    } else
      leftOut.push(
        s.status === 'newer'
          ? `its settings, saved by a newer Passage: yours stay as they are; reload the page to bring Passage up to date, then restore the file again to bring them in (settings version ${s.version}; this page reads up to ${SETTINGS_VERSION})`
          : `its settings, which are damaged, so yours stay as they are: Passage found ${settingsFoundInWords(data.settings, s.reason, 'its settings')}`,
      )
  }
  let review: ReviewDoc | undefined
  if (data.review !== undefined) {
    const r = migrateReview(data.review)
    const kept = r.status === 'invalid' ? salvageReview(data.review) : undefined
    if (r.status === 'ok') review = withoutSession(r.doc)
    else if (kept) {
      // One damaged card must not cost the schedule of every other question.
      review = kept.review
      if (kept.lost > 0)
        leftOut.push(
          `the review schedule of ${kept.lost === 1 ? 'one question, which is' : `${kept.lost} questions, which are`} damaged: the rest of it is restored`,
        )
      if (kept.zonesLost)
        leftOut.push(
          'its record of the time zones you answered in, which is damaged: its answers count by the time zone of this browser',
        )
    } else
      leftOut.push(
        r.status === 'newer'
          ? `its review schedule, saved by a newer Passage: yours stays as it is; reload the page to bring Passage up to date, then restore the file again to bring it in (review version ${r.version}; this page reads up to ${REVIEW_VERSION})`
          : `its review schedule, which is damaged, so yours stays as it is: Passage found ${foundInWords(r.reason, 'its review schedule')}`,
      )
  }
  if (review) {
    const { doc: kept, late } = answeredBy(review, latest)
    review = kept
    if (late > 0) {
      const whole = reviewCardCount(kept) === 0
      review = whole ? undefined : kept
      const which = late === 1 ? 'one question, answered' : `${late} questions, answered`
      misdated.push(
        whole
          ? `its review schedule, whose answers are dated after ${when} (a clock set wrong, or an edit), so yours stays as it is`
          : `the review schedule of ${which} after ${when} (a clock set wrong, or an edit): the rest of it is restored`,
      )
    }
  }
  const backup: Backup = {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_VERSION,
    appVersion: data.appVersion,
    createdAt: data.createdAt,
    progress: doc,
  }
  if (settings) backup.settings = settings
  if (review) backup.review = review
  if (data.studio !== undefined) backup.studio = data.studio
  onStage('comparing')
  const plan = planRestore(current, doc)
  const studioSets = studioSetIds(data.studio)
  const summary: RestoreSummary = {
    createdAt: data.createdAt,
    appVersion: data.appVersion,
    attemptsInBackup: attemptCount(doc),
    newAttempts: attemptCount(plan.add),
    knownAttempts: plan.known,
    conflicts: attemptCount(plan.conflicts),
    onlyHere: plan.onlyHere,
    newSets: newSetIds(plan.add, current, studioSets).length,
    hasSettings: settings !== undefined,
    reviewCards: review ? reviewCardCount(review) : 0,
  }
  if (studioSets.length) summary.studioSets = studioSets
  if (migratedFrom !== undefined) summary.migratedFrom = migratedFrom
  if (damaged) summary.damaged = damaged
  if (leftOut.length) summary.leftOut = leftOut
  if (misdated.length) summary.misdated = misdated
  if (settingsReset?.length) summary.settingsReset = settingsReset
  return { ok: true, backup, summary, plan }
}
