/**
 * SCORM 1.2, the run-time data model every LMS gradebook still reads: the package manifest for
 * one set (imsmanifest.xml, IMS Content Packaging 1.1.2 with ADL's SCORM 1.2 extensions) and the
 * `cmi.*` values a finished quiz reports. The page itself is the player (src/scorm/); this module
 * only decides what it says, so every value is tested here without an LMS.
 */
import { passMarkPercent } from '../quiz/marks.ts'
import type { Bank, Passage, Question } from '../bank/schema.ts'
import type { AnyResponse } from '../grading/types.ts'
import { interactionOf, responseOf, type InteractionResponse } from './interaction.ts'

/** The player page's file name in the package. */
export const SCORM_PAGE = 'index.html'

/** Escapes text for XML character data and attribute values. */
export function xmlText(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.

      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
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

/** The manifest of a package holding `files` (the player page first), for `bank`. */
export function scormManifest(bank: Bank, files: readonly string[]): string {
  const id = manifestId(bank.id)
  const title = xmlText(bank.title)
  const mastery = passMarkPercent(bank.passMark)
  const fileLines = files.map((f) => `        <file href="${xmlText(f)}"/>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
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

/** Longest text a SCORM 1.2 CMIFeedback holds. */
const FEEDBACK_MAX = 255

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
      return r.value.slice(0, FEEDBACK_MAX)
    case 'number':
      return String(r.value)
    case 'range':
      // 1.2 has no range syntax; the middle of it is the number asked for.
      return String((r.min + r.max) / 2)
    case 'none':
      return ''
  }
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

/** One question as the quiz ended it. */
export interface ScormAnswer {
  question: Question
  /** The response the student left; undefined for none. */
  response: AnyResponse | undefined
  /** The response in words, for a response the interaction ids cannot say. */
  words: string
  score: number
  max: number
  timeMs: number
}

/**
 * Every `cmi` value a finished quiz reports, in the order they are set: the score as a
 * percentage (0–100, which every LMS gradebook reads), passed or failed by the set's pass mark,
 * one interaction per question numbered after the `base` the LMS already held, the session time,
 * and a normal exit.
 */
export function finishedValues(
  answers: readonly ScormAnswer[],
  total: { score: number; max: number; passed: boolean },
  sessionMs: number,
  base: number,
  locale: string,
): [string, string][] {
  const percent = total.max > 0 ? Math.round((total.score / total.max) * 10000) / 100 : 0
  const out: [string, string][] = [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(percent)],
    ['cmi.core.lesson_status', lessonStatus(total.passed)],
  ]
  answers.forEach((a, i) => {
    const at = `cmi.interactions.${base + i}`
    const def = interactionOf(a.question)
    out.push([`${at}.id`, cmiIdentifier(a.question)], [`${at}.type`, def.type])
    def.correct.forEach((c, k) =>
      out.push([`${at}.correct_responses.${k}.pattern`, cmiResponse(c)]),
    )
    out.push(
      [`${at}.weighting`, '1'],
      [`${at}.student_response`, cmiResponse(responseOf(a.question, a.response, locale, a.words))],
      [`${at}.result`, cmiResult(a.score, a.max)],
      [`${at}.latency`, cmiTimespan(a.timeMs)],
    )
  })
  out.push(['cmi.core.session_time', cmiTimespan(sessionMs)], ['cmi.core.exit', ''])
  return out
}
