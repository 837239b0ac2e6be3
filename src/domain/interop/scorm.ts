/**
 * SCORM 1.2, the run-time data model every LMS gradebook still reads: the package manifest for
 * one set (imsmanifest.xml, IMS Content Packaging 1.1.2 with ADL's SCORM 1.2 extensions) and the
 * `cmi.*` values a finished quiz reports. The page itself is the player (src/scorm/); this module
 * only decides what it says, so every value is tested here without an LMS.
 */
import { passPercent, percentOf } from '../quiz/marks.ts'
import type { Bank, Passage, Question } from '../bank/schema.ts'
import type { AnyResponse } from '../grading/types.ts'
import {
  interactionOf,
  responseOf,
  type InteractionResponse,
  type InteractionType,
} from './interaction.ts'

/** The player page's file name in the package. */
export const SCORM_PAGE = 'index.html'

/** Escapes text for XML character data and attribute values. */
export function xmlText(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all, and half of a character (a lone surrogate).
      .replace(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '',
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

/** An XML id (NCName) from a set id: "assad-sochi-2018/who-said-what" → "passage-assad-sochi-2018--who-said-what". */
export function manifestId(setId: string): string {
  return `passage-${setId.replace(/[^A-Za-z0-9_.-]/g, '--')}`
}

/**
 * Where a validator finds the two schemas the manifest uses, as ADL's SCORM 1.2 packages name
 * them. The .xsd files themselves (imscp 11.9 KB, adlcp 4.5 KB, ims_xml 1.1 KB) are not put in
 * the zip: LMSs (Moodle, SCORM Cloud, scorm-again) read the manifest without them, and the package
 * only ships text Passage wrote.
 */
const SCHEMA_LOCATION =
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd'

/**
 * SCORM's smallest permitted maximum for a title: an LMS need keep no more, and Moodle's column
 * holds 255, so a longer title could stop the package from being added at all.
 */
const TITLE_MAX = 200

/** The set's title on one line, cut to `TITLE_MAX` characters (between whole characters: XML cannot hold half of one). */
export function manifestTitle(title: string): string {
  const chars = Array.from(title.replace(/\s+/g, ' ').trim())
  if (chars.length <= TITLE_MAX) return chars.join('')
  return `${chars
    .slice(0, TITLE_MAX - 1)
    .join('')
    .trimEnd()}…`
}

/** The manifest of a package holding `files` (the player page first), for `bank`. */
export function scormManifest(bank: Bank, files: readonly string[]): string {
  const id = manifestId(bank.id)
  const title = xmlText(manifestTitle(bank.title))
  // A whole percent, as every mastery score in vendors' manifests is (“80”): SCORM 1.2 gives the
  // element no number type (text of up to 200 characters), an LMS reads it as it reads score.raw
  // and may keep only whole numbers. The least percent a pass shows, so the LMS's own comparison
  // (score.raw ≥ mastery score: Moodle does it over the status sent) passes what Passage passed:
  // 67 at a 66.7 % pass mark, where a pass shows 67 and a fail at most 66. Over 99 % and under
  // 100 % (a set saved before the studio refused such a pass mark) a pass and a fail both show
  // 99: rounded up to 100, so the LMS never passes what Passage failed. Over 0 and up to 1 % (the
  // same) a fail over none shows 1 as a pass does: 2, for the same reason.
  const least = passPercent(bank.passMark)
  const mastery = least === 1 ? 2 : least
  const fileLines = files.map((f) => `        <file href="${xmlText(f)}"/>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${SCORM_PAGE}">
${fileLines}
    </resource>
  </resources>
</manifest>
`
}

/** Where the player finds its set: a JSON data block no script runs. */
export const SET_DATA_ID = 'passage-scorm-set'
/** The marker the built player page has where the set goes. */
export const SET_MARKER = '<!--passage-scorm-set-->'

/** The set and its article, as the player page carries them. */
export interface ScormSet {
  bank: Bank
  passage: Passage
}

/**
 * JSON that is safe inside a `<script type="application/json">` element: every "<" is written
 * as \u003c, so no text in a set can close the element or open a comment.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The player page with `set` in it, and its title. Throws when the page has no marker. */
export function playerPage(template: string, set: ScormSet): string {
  if (!template.includes(SET_MARKER)) throw new Error('The player page has no place for a set.')
  const data = `<script type="application/json" id="${SET_DATA_ID}">${embeddedJson(set)}</script>`
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${xmlText(set.bank.title)}</title>`)
    .replace(SET_MARKER, () => data)
}

/** The package's files: manifest and player page. */
export function scormFiles(template: string, set: ScormSet): Record<string, string> {
  return {
    'imsmanifest.xml': scormManifest(set.bank, [SCORM_PAGE]),
    [SCORM_PAGE]: playerPage(template, set),
  }
}

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function cmiTimespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10))
  const h = Math.floor(cs / 360000)
  const m = Math.floor((cs % 360000) / 6000)
  const s = Math.floor((cs % 6000) / 100)
  const frac = cs % 100
  const two = (n: number) => String(n).padStart(2, '0')
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${two(m)}:${two(s)}.${two(frac)}`
}

/** Longest text a SCORM 1.2 CMIFeedback (a response or a right response) holds. */
export const FEEDBACK_MAX = 255

/** At most `max` UTF-16 units of `text`, never ending on half of a character outside the BMP. */
export function cmiText(text: string, max = FEEDBACK_MAX): string {
  const cut = text.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

/**
 * A number as a CMIDecimal: digits and a point, never "1e+21" or "0.30000000000000004", which a
 * strict LMS refuses or shows oddly.
 */
export function cmiNumber(n: number): string {
  if (!Number.isFinite(n)) return ''
  const tidy = Number(n.toPrecision(15))
  return /e/i.test(String(tidy))
    ? tidy.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(tidy)
}

/** A response in SCORM 1.2's format for its type: ids joined by commas, pairs as a.b. */
export function cmiResponse(r: InteractionResponse): string {
  switch (r.kind) {
    case 'ids':
      return r.ids.join(',')
    case 'pairs':
      return r.pairs.map(([a, b]) => `${a}.${b}`).join(',')
    case 'bool':
      return r.value ? 't' : 'f'
    case 'text':
      return cmiText(r.value)
    case 'number':
      return cmiNumber(r.value)
    case 'range':
      // 1.2 has no range syntax; the middle of it is the number asked for.
      return cmiNumber((r.min + r.max) / 2)
    case 'none':
      return ''
  }
}

/** The response kinds each SCORM 1.2 interaction type's values may take. */
const KINDS: Record<InteractionType, readonly InteractionResponse['kind'][]> = {
  'true-false': ['bool'],
  choice: ['ids'],
  'fill-in': ['text'],
  numeric: ['number', 'range'],
  sequencing: ['ids'],
  matching: ['pairs'],
}

/**
 * A student response as `type` allows it: words where the type wants ids, a number or t/f would
 * be refused by a strict LMS (and tell it nothing), so they are sent as no response.
 */
export function cmiStudentResponse(type: InteractionType, r: InteractionResponse): string {
  return KINDS[type].includes(r.kind) ? cmiResponse(r) : ''
}

/** An interaction's result: correct, wrong, or the share of the mark earned (half credit). */
export function cmiResult(score: number, max: number): string {
  if (score >= max) return 'correct'
  if (score <= 0) return 'wrong'
  return String(Math.round((score / max) * 100) / 100)
}

/** SCORM 1.2 lesson status for a finished quiz. */
export function lessonStatus(passed: boolean): 'passed' | 'failed' {
  return passed ? 'passed' : 'failed'
}

/** A question id as a SCORM 1.2 CMIIdentifier (no spaces; at most 255 characters). */
export function cmiIdentifier(q: Pick<Question, 'id'>): string {
  return q.id.slice(0, 255)
}

/** What the LMS held from an earlier, finished session of this learner's attempt. */
export interface EarlierResult {
  status: 'passed' | 'failed' | 'completed'
  /** cmi.core.score.raw, 0–100; null when the LMS holds none (or one that is not a number). */
  percent: number | null
}

/** How the LMS launched the page: SCORM 1.2's cmi.core entry, mode and credit, read once. */
export interface ScormLaunch {
  entry: 'ab-initio' | 'resume' | ''
  mode: 'normal' | 'browse' | 'review'
  credit: boolean
  /** Whether this session may change the learner's record: normal mode, for credit. */
  records: boolean
  earlier: EarlierResult | null
  /** cmi.suspend_data as the LMS gave it: untrusted, read with src/scorm/suspend-read.ts. */
  suspendData: string
}

const CMI_DECIMAL = /^-?\d{0,10}(\.\d+)?$/

/** A CMIDecimal score 0–100, or null for anything else ("", "abc", "150"). */
export function scorePercent(raw: string): number | null {
  const text = raw.trim()
  if (text === '' || text === '.' || text === '-' || !CMI_DECIMAL.test(text)) return null
  const n = Number(text)
  return n >= 0 && n <= 100 ? n : null
}

/**
 * The launch as `get` (LMSGetValue) reports it. Values outside SCORM 1.2's vocabularies read as
 * the defaults an LMS that does not support the element means: a fresh, normal, credited launch.
 */
export function readLaunch(get: (element: string) => string): ScormLaunch {
  const entry = get('cmi.core.entry')
  const mode = get('cmi.core.lesson_mode')
  const credit = get('cmi.core.credit') !== 'no-credit'
  const normal = mode !== 'browse' && mode !== 'review'
  const status = get('cmi.core.lesson_status')
  const finished = status === 'passed' || status === 'failed' || status === 'completed'
  return {
    entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
    mode: normal ? 'normal' : mode,
    credit,
    records: normal && credit,
    earlier: finished ? { status, percent: scorePercent(get('cmi.core.score.raw')) } : null,
    suspendData: get('cmi.suspend_data'),
  }
}

/**
 * The score and status a finished quiz may write over `earlier`. The LMS keeps the better score:
 * score.raw is written only when this one is higher, and a passed or completed record is never
 * turned into a fail, so taking the test again can raise a grade and never lower it.
 */
export function keptScore(
  percent: number,
  passed: boolean,
  earlier: EarlierResult | null,
): [string, string][] {
  const out: [string, string][] = []
  if (earlier?.percent == null || percent > earlier.percent) {
    out.push(
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', String(percent)],
    )
  }
  if (passed || (earlier?.status !== 'passed' && earlier?.status !== 'completed')) {
    out.push(['cmi.core.lesson_status', lessonStatus(passed)])
  }
  return out
}

/** One question as the quiz ended it. */
export interface ScormAnswer {
  question: Question
  /** The response the student left; undefined for none. */
  response: AnyResponse | undefined
  /** The response in words, for a response the interaction ids cannot say; '' for none. */
  words: string
  score: number
  max: number
  timeMs: number
}

/** The cmi.interactions.n values of one answer, n being `at`. */
function interactionValues(a: ScormAnswer, at: string, locale: string): [string, string][] {
  const def = interactionOf(a.question)
  const out: [string, string][] = [
    [`${at}.id`, cmiIdentifier(a.question)],
    [`${at}.type`, def.type],
  ]
  // A right response cut at 255 characters would match nothing the student could type.
  const patterns = def.correct
    .map((c) => (c.kind === 'text' ? c.value : cmiResponse(c)))
    .filter((p) => p !== '' && p.length <= FEEDBACK_MAX)
  patterns.forEach((p, k) => out.push([`${at}.correct_responses.${k}.pattern`, p]))
  const response = responseOf(a.question, a.response, locale, a.words)
  out.push(
    [`${at}.weighting`, '1'],
    [`${at}.student_response`, cmiStudentResponse(def.type, response)],
    [`${at}.result`, cmiResult(a.score, a.max)],
    [`${at}.latency`, cmiTimespan(a.timeMs)],
  )
  return out
}

/**
 * Every `cmi` value a finished quiz reports, in the order they are set: the score as a whole
 * percentage (0–100, which every LMS gradebook reads, rounded as every page shows it: under
 * `total.passMark` when it failed) and passed or failed by the set's pass
 * mark, as far as `keptScore` lets them over an `earlier` result; one interaction per question,
 * numbered after the `base` the LMS already held (cmi.interactions._count); the session time;
 * the quiz in progress cleared; and a normal exit.
 */
export function finishedValues(
  answers: readonly ScormAnswer[],
  total: { score: number; max: number; passed: boolean; passMark?: number },
  sessionMs: number,
  base: number,
  locale: string,
  earlier: EarlierResult | null = null,
): [string, string][] {
  // The whole percent the student's results page shows, so the gradebook never disagrees with it.
  const percent = percentOf(total.score, total.max, total.passMark)
  const out = keptScore(percent, total.passed, earlier)
  answers.forEach((a, i) =>
    out.push(...interactionValues(a, `cmi.interactions.${base + i}`, locale)),
  )
  out.push(
    ['cmi.core.session_time', cmiTimespan(sessionMs)],
    ['cmi.suspend_data', ''],
    ['cmi.core.exit', ''],
  )
  return out
}
