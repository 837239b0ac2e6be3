/**
 * Why a set, article or draft was set aside, in words a teacher reads in the studio's notice. The
 * reason kept with the record is the reader's own (“savedAt should be string”, “it is not valid
 * JSON (… at position 68)”), and older builds kept JSON paths for every fault (“bank.passMark is
 * out of range: …”): those are said here as what is damaged and where, in the editor's names
 * (“its saved date is missing or damaged”, “Pass mark: The number is out of range”). A reason
 * already in the studio's words (“Pass mark: Give it as a share…”) is said as it is.
 */
import { placeInRecord } from './records.ts'
import { clip } from '../text/clip.ts'
import { typeLabels } from '../bank/type-names.ts'

type From = 'sets' | 'articles' | 'drafts'

/** The record's own fields, beside what it holds, as the teacher knows them. */
const OWN: Record<string, string> = {
  savedAt: 'its saved date',
  format: 'its version',
  schemaVersion: 'its version',
  copiedFrom: 'its note of the set it was copied from',
  editing: 'its note of the set being edited',
  asCopy: 'its note of whether it is a copy',
}

/** What each kind of record holds, when that whole part does not read. */
const HELD: Record<string, string> = {
  bank: 'the set in it',
  passage: 'the article in it',
  draft: 'the set being written in it',
}

const A: Record<From, string> = { sets: 'a set', articles: 'an article', drafts: 'a draft' }

/** The kind of fault a reader's “where is what” ends with, said of the place named before it. */
const FAULTS: readonly (readonly [RegExp, string])[] = [
  [/ is out of range(?:: .*)?$/, 'The number is out of range'],
  [
    / is too long(?:: .*)?$| is [\d,]+ characters long; .*$| has [\d,]+ items; .*$/,
    'It is too long',
  ],
  [/ is too short$/, 'It is too short'],
  [
    / has unknown fields .*$| has too many fields$| has a field name over .*$/,
    'It holds something Passage does not write',
  ],
  [/ must be .*$/, 'It is not a value Passage allows'],
  [/ should be \w+$/, 'It is missing, or not the kind of value Passage writes'],
  [/ is not in the expected format$/, 'It is not written the way Passage writes it'],
  [/ is not valid \(.*\)$| is nested more than .*$/, 'It is damaged'],
]

/** A reader's path, `bank.questions[3].prompt`, as a list. */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, n, key]) =>
    n === undefined ? key! : Number(n),
  )
}

/** Why JSON.parse refused the stored text, as where it is damaged (V8's and Firefox's words). */
function damagedText(detail: string): string {
  if (/end of (JSON input|data)|unterminated/i.test(detail)) return 'its text breaks off part-way'
  const at = /position (\d+)/.exec(detail)?.[1]
  const column = /line 1 column (\d+)/.exec(detail)?.[1]
  const character = at === undefined ? Number(column) : Number(at) + 1
  return character > 0
    ? `its text is damaged at character ${character.toLocaleString('en')}`
    : 'its text is damaged'
}

/** A fault at `path` (a reader's path from the record's top) of kind `fault`, in words. */
function faultAt(path: (string | number)[], fault: string, kind: string): string {
  const [top] = path
  const own = typeof top === 'string' && path.length === 1 ? OWN[top] : undefined
  const missing = / should be \w+$/.test(kind)
  if (own) return `${own} is ${missing ? 'missing or damaged' : 'damaged'}`
  if (top === 'the document')
    return / has unknown fields /.test(kind)
      ? 'it holds something Passage does not write'
      : 'it is damaged'
  if (typeof top !== 'string' || !Object.hasOwn(HELD, top)) return 'it is damaged'
  if (path.length === 1) return `${HELD[top]!} is ${missing ? 'missing or damaged' : 'damaged'}`
  return `${placeInRecord(path)}: ${fault}`
}

/**
 * A field the studio's words say is missing (“Title: Is missing: add it (text in "quotes")”) or of
 * the wrong kind (“Title: Should be text in "quotes", not number 5”), as what is missing or
 * damaged: “the set’s title is missing”, “Question 4’s right answer is damaged”. The advice to add
 * or write it is for someone writing a file; nobody types into a stored record. `state` is
 * “missing”, “damaged”, or what else the field is (a type none of the studio's).
 */
function fieldWords(place: string, state: string): string {
  const the = (name: string) => name.replace(/^The /, 'the ')
  // “Question 4, right answer”, “The article, title”: a field of the part named first.
  const [, part, field] = /^(.+?), (.+)$/.exec(place) ?? []
  let whose = `the set's ${place.toLowerCase()}`
  if (place === 'The set') whose = 'part of the set'
  // A whole question that is not one (a number where its fields were): “Question 1 is damaged”.
  else if (/^Question \d+$/.test(place)) whose = place
  else if (part && field) whose = `${the(part)}'s ${field}`
  else if (place.startsWith('The ')) whose = the(place)
  return `${whose} ${/s$/.test(whose) ? 'are' : 'is'} ${state}`
}

/**
 * A question's type that is none of Passage's, named by the types the studio's picker offers: the
 * reader's words list the file's names (“use one of single, multiple, truefalse…”), which a
 * teacher never sees.
 */
const NO_SUCH_TYPE = `not one the studio offers: ${Object.values(typeLabels)
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ')}`

/**
 * A field of a stored record (`path` from the record's top) missing or damaged, as the notice says
 * it: “Question 2's options are damaged”, and a type “Question 3's type is not one the studio
 * offers: single choice, …”.
 */
export function fieldWhy(path: (string | number)[], state: 'missing' | 'damaged'): string {
  const type = state === 'damaged' && path[path.length - 1] === 'type'
  return fieldWords(placeInRecord(path), type ? NO_SUCH_TYPE : state)
}

/**
 * Why a record `from` a store was set aside (`reason`, as kept with it), in words for the studio's
 * notice: what is damaged, and where in the editor's names, never a JSON path or a parser's words.
 */
export function setAsideWhy(from: From, kept: string): string {
  // Earlier builds wrote “The set’s id”, with the one curly apostrophe of the studio’s words.
  const reason = kept.replace(/^The set’s id\b/, "The set's id")
  // The studio's words already (this build's): “Question 1, question: It is 6,001 characters…”.
  const missing = /^([A-Z][^:]*): (?:Is missing: add it \(.*\)|Needs a “type”: .*)$/s.exec(reason)
  if (missing) return clip(fieldWords(missing[1]!, 'missing'), 300)
  const type =
    /^([A-Z][^:]*, type): (?:Must be “single” or .*|.* is not a question type: .*)$/s.exec(reason)
  if (type) return clip(fieldWords(type[1]!, NO_SUCH_TYPE), 300)
  const wrong = /^([A-Z][^:]*): Should be .*, not .*$/s.exec(reason)
  if (wrong) return clip(fieldWords(wrong[1]!, 'damaged'), 300)
  if (/^[A-Z]/.test(reason)) return clip(reason, 300)
  const json = /^it is not valid JSON \((.*)\)$/s.exec(reason)
  if (json) return damagedText(json[1]!)
  if (reason === 'it is empty') return reason
  if (reason === 'it is not a document this app wrote')
    return `it is not in the form Passage keeps ${A[from]} in`
  const stored = /^it is stored under another name \((.*)\)$/s.exec(reason)
  if (stored) return `it is kept under another name (${clip(stored[1]!, 80)})`
  // What a reader threw: nothing a teacher can act on but the copy itself.
  if (reason.startsWith('it could not be read (')) return 'it is damaged'
  const found = FAULTS.find(([pattern]) => pattern.test(reason))
  if (found) {
    const [pattern, fault] = found
    const kind = pattern.exec(reason)![0]
    const where = reason.slice(0, reason.length - kind.length).replace(/^version \d+: /, '')
    return faultAt(where === 'the document' ? [where] : pathOf(where), fault, kind)
  }
  // An older build's size limit, said in words with the place after it: “a text is … (Question 4,
  // question)”. Anything else a reader said is not for a teacher to decode.
  return /^a (?:text|list|part|field)\b[^.[\]{}]*$/.test(reason)
    ? clip(reason, 300)
    : 'it is damaged'
}
