/**
 * Results as xAPI 1.0.3 statements: one `answered` per question (an interaction activity with its
 * type, choices and right responses) and one `completed` per attempt, each with a score, success
 * and an ISO 8601 duration. The student is an Agent known only by the display name they typed.
 * Passage has no server, so ids live under `XAPI_BASE`, a name under the reserved `.invalid`
 * domain (RFC 2606) that no one else can own; statement ids are UUIDs derived from the attempt,
 * so handing the same file in twice gives the same statements, which a record store keeps once.
 */
import type { Bank, Question } from '../bank/schema.ts'
import { answerText, decodeAnswer, isLeftBlank } from '../progress/answers.ts'
import type { AnswerRecord, Attempt } from '../progress/codec.ts'
import { fromDigits, hash8 } from '../progress/digits.ts'
import {
  interactionOf,
  responseOf,
  type Interaction,
  type InteractionResponse,
} from './interaction.ts'
import { cleanName } from './results.ts'

export const XAPI_VERSION = '1.0.3'
export const XAPI_BASE = 'https://passage.invalid/xapi'
export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment'
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction'
const LANG = 'en'

type LanguageMap = Record<string, string>

export interface XapiActivity {
  objectType: 'Activity'
  id: string
  definition: {
    type: string
    name: LanguageMap
    description?: LanguageMap
    interactionType?: Interaction['type'] | 'other'
    correctResponsesPattern?: string[]
    choices?: { id: string; description: LanguageMap }[]
    source?: { id: string; description: LanguageMap }[]
    target?: { id: string; description: LanguageMap }[]
  }
}

export interface XapiStatement {
  id: string
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } }
  verb: { id: string; display: LanguageMap }
  object: XapiActivity
  result: {
    score: { scaled: number; raw: number; min: number; max: number }
    success?: boolean
    completion?: boolean
    response?: string
    duration: string
  }
  context: {
    registration: string
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] }
  }
  timestamp: string
  version: typeof XAPI_VERSION
}

/** A duration in whole seconds as ISO 8601, e.g. PT1H2M5S; zero is PT0S. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
  return `PT${parts}`
}

/** A UUID (version 4 layout) that is a pure function of `name`: the same attempt, the same id. */
export function uuidFrom(name: string): string {
  const hex = [0, 1, 2]
    .map((salt) =>
      fromDigits(hash8(`${salt}\n${name}`))
        .toString(16)
        .padStart(12, '0'),
    )
    .join('')
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16)
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-')
}

/** A response in the xAPI pattern syntax for its interaction. */
export function xapiPattern(r: InteractionResponse): string {
  switch (r.kind) {
    case 'ids':
      return r.ids.join('[,]')
    case 'pairs':
      return r.pairs.map(([a, b]) => `${a}[.]${b}`).join('[,]')
    case 'bool':
      return String(r.value)
    case 'text':
      return r.value
    case 'number':
      return String(r.value)
    case 'range':
      return `${r.min}[:]${r.max}`
    case 'none':
      return ''
  }
}

const setIri = (setId: string) => `${XAPI_BASE}/sets/${setId}`
const questionIri = (setId: string, qid: string) => `${setIri(setId)}/questions/${qid}`
const lang = (text: string): LanguageMap => ({ [LANG]: text })
const describe = (list: { id: string; text: string }[] | undefined) =>
  list?.map((c) => ({ id: c.id, description: lang(c.text) }))

function questionActivity(setId: string, qid: string, q: Question | undefined): XapiActivity {
  const activity: XapiActivity = {
    objectType: 'Activity',
    id: questionIri(setId, qid),
    definition: { type: INTERACTION, name: lang(qid), interactionType: 'other' },
  }
  if (!q) return activity
  const def = interactionOf(q)
  const definition: XapiActivity['definition'] = {
    type: INTERACTION,
    name: lang(q.id),
    description: lang(q.prompt),
    interactionType: def.type,
    correctResponsesPattern: def.correct.map(xapiPattern),
  }
  const choices = describe(def.choices)
  const source = describe(def.source)
  const target = describe(def.target)
  if (choices) definition.choices = choices
  if (source) definition.source = source
  if (target) definition.target = target
  activity.definition = definition
  return activity
}

function answerResponse(
  q: Question | undefined,
  a: AnswerRecord,
  locale: string,
): string | undefined {
  if (!q || a.answer === undefined) return undefined
  const r = responseOf(q, decodeAnswer(q, a.answer), locale, answerText(q, a.answer))
  return r.kind === 'none' ? '' : xapiPattern(r)
}

/**
 * The statements for `attempts` by the student `name`: per attempt its `answered` statements in
 * question order, then its `completed`. `locale` reads typed numbers as the student typed them.
 */
export function xapiStatements(
  name: string,
  attempts: readonly Attempt[],
  bankOf: (setId: string) => Bank | undefined,
  locale: string,
): XapiStatement[] {
  const display = cleanName(name)
  const actor = {
    objectType: 'Agent' as const,
    name: display,
    account: { homePage: `${XAPI_BASE}/`, name: display },
  }
  const out: XapiStatement[] = []
  const ordered = [...attempts].sort(
    (a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : 1),
  )
  for (const attempt of ordered) {
    const bank = bankOf(attempt.setId)
    const byId = new Map(bank?.questions.map((q) => [q.id, q]))
    const position = new Map(bank?.questions.map((q, i) => [q.id, i]))
    const registration = uuidFrom(`${attempt.setId}\n${attempt.id}`)
    const timestamp = new Date(attempt.finishedAt).toISOString()
    const parent = { objectType: 'Activity' as const, id: setIri(attempt.setId) }
    const answers = [...attempt.answers].sort(
      (a, b) => (position.get(a.qid) ?? 1e9) - (position.get(b.qid) ?? 1e9),
    )
    for (const a of answers) {
      // A question left blank was not answered: the attempt's `completed` score counts it as 0.
      // (Attempts recorded before progress version 3 say so only by an empty answer.)
      if (isLeftBlank(a)) continue
      const q = byId.get(a.qid)
      const response = answerResponse(q, a, locale)
      const statement: XapiStatement = {
        id: uuidFrom(`${attempt.setId}\n${attempt.id}\n${a.qid}`),
        actor,
        verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
        object: questionActivity(attempt.setId, a.qid, q),
        result: {
          score: { scaled: a.score / a.max, raw: a.score, min: 0, max: a.max },
          success: a.correct && a.score >= a.max,
          duration: isoDuration(a.timeMs / 1000),
        },
        context: { registration, contextActivities: { parent: [parent] } },
        timestamp,
        version: XAPI_VERSION,
      }
      if (response !== undefined) statement.result.response = response
      out.push(statement)
    }
    const max = Math.max(attempt.max, 0)
    const completed: XapiStatement = {
      id: uuidFrom(`${attempt.setId}\n${attempt.id}\ncompleted`),
      actor,
      verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
      object: {
        objectType: 'Activity',
        id: setIri(attempt.setId),
        definition: {
          type: ASSESSMENT,
          name: lang(bank?.title ?? attempt.setId),
          ...(bank?.description ? { description: lang(bank.description) } : {}),
        },
      },
      result: {
        score: {
          scaled: max > 0 ? Math.min(1, attempt.score / max) : 0,
          raw: Math.min(attempt.score, max),
          min: 0,
          max,
        },
        completion: true,
        duration: isoDuration((attempt.finishedAt - attempt.startedAt) / 1000),
      },
      context: { registration },
      timestamp,
      version: XAPI_VERSION,
    }
    if (attempt.passed !== null) completed.result.success = attempt.passed
    out.push(completed)
  }
  return out
}
