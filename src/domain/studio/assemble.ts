/**
 * The teacher's stored sets and articles checked as the library will use them: each set against
 * its article (the teacher's own or a shipped one) with the validator's `checkBank`. A set that no
 * longer fits — its article was deleted, or changed so a quote is gone — is kept aside with its
 * problems, to be fixed in the editor; it is never dropped.
 */
import { checkBank, NOT_A_QUOTE, type Problem } from '../bank/checks.ts'
import { placeOf } from '../bank/issues.ts'
import { curly } from '../text/quote.ts'
import { clip } from '../text/clip.ts'
import type { Bank, Passage } from '../bank/schema.ts'
import type { ArticleRecord, SetRecord } from './records.ts'

export interface BrokenSet {
  record: SetRecord
  /** `questions[2].evidence: is not a verbatim quote…`, for people. */
  problems: string[]
}

export interface Yours {
  passages: Record<string, Passage>
  banks: Bank[]
  broken: BrokenSet[]
  /** Articles whose id a shipped article already uses (the shipped one is shown). */
  shadowed: ArticleRecord[]
  /** When each set and article was last saved (ISO), by id. */
  savedAt: Record<string, string>
  /** The shipped set each copy was made from, by id. */
  copiedFrom: Record<string, string>
}

export interface Shipped {
  passage(id: string): Passage | undefined
  hasBank(id: string): boolean
}

/**
 * A problem as the studio's list says it. A quote the article no longer holds (the teacher edited
 * the article) is said in the teacher's words, not the validator's ("is not a verbatim quote from
 * passage … passage.json").
 */
function problemText(p: Problem, passage: Passage): string {
  const [field, index, part] = p.path
  if (field === 'questions' && part === 'evidence' && typeof index === 'number') {
    if (p.message.startsWith(NOT_A_QUOTE))
      return `question ${index + 1}: a sentence it quotes is no longer in the article “${passage.title}”: pick its evidence again`
  }
  // After "needs fixing: ": the place in words ("question 4, choices"), not "questions[3].choices".
  const place = placeOf(p.path)
  return `${place.charAt(0).toLowerCase()}${place.slice(1)}: ${p.message}`
}

/** What of `sets` and `articles` can be played, and what needs fixing first. */
export function assembleYours(
  sets: readonly SetRecord[],
  articles: readonly ArticleRecord[],
  shipped: Shipped,
): Yours {
  const out: Yours = {
    passages: {},
    banks: [],
    broken: [],
    shadowed: [],
    savedAt: {},
    copiedFrom: {},
  }
  for (const a of [...articles].sort((x, y) => x.passage.title.localeCompare(y.passage.title))) {
    if (shipped.passage(a.passage.id)) out.shadowed.push(a)
    else {
      out.passages[a.passage.id] = a.passage
      out.savedAt[a.passage.id] = a.savedAt
    }
  }
  for (const record of [...sets].sort((x, y) => x.bank.title.localeCompare(y.bank.title))) {
    const { bank } = record
    const passage = out.passages[bank.passage] ?? shipped.passage(bank.passage)
    const problems: string[] = []
    if (shipped.hasBank(bank.id))
      problems.push(`its id ${curly(bank.id)} is the id of a set that comes with Passage`)
    if (!passage) problems.push(`its article ${curly(bank.passage)} is not in this browser`)
    else problems.push(...checkBank(bank, passage).map((p) => problemText(p, passage)))
    if (problems.length) out.broken.push({ record, problems })
    else {
      out.banks.push(bank)
      out.savedAt[bank.id] = record.savedAt
      if (record.copiedFrom !== undefined) out.copiedFrom[bank.id] = record.copiedFrom
    }
  }
  return out
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined

/**
 * The title a record set aside as unreadable still holds, on one line and clipped to `max`, to name
 * it as the teacher knows it; undefined when its stored text has no readable title.
 */
export function setAsideTitle(
  from: 'sets' | 'articles' | 'drafts',
  text: string,
  max = 80,
): string | undefined {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch {
    return undefined
  }
  const title = field(field(record, from === 'articles' ? 'passage' : 'bank'), 'title')
  if (typeof title !== 'string') return undefined
  const line = title.replace(/[\s\p{Cc}]+/gu, ' ').trim()
  return line ? clip(line, max) : undefined
}
