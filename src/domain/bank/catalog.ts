/**
 * What the library and a quiz's start screen show of every set and article, without questions or
 * paragraphs: small enough to ship with the first page, while each set's questions and each
 * article's text load when a quiz or the article opens.
 */
import type { Library, LoadFailure } from './library.ts'
import { QUESTION_TYPES, type Bank, type Passage, type QuestionType } from './schema.ts'

/** An article without its paragraphs. */
export type PassageMeta = Omit<Passage, '$schema' | 'schemaVersion' | 'paragraphs'>

/** A question set without its questions. */
export interface SetMeta {
  id: string
  passage: string
  title: string
  description?: string
  passMark: number
  questionCount: number
  /** How many questions of each type, in the order of QUESTION_TYPES. */
  typeCounts: [QuestionType, number][]
  /** Every tag and difficulty some question has, sorted: the start screen's filters. */
  tags: string[]
  difficulties: number[]
}

export interface Catalog {
  passages: PassageMeta[]
  sets: SetMeta[]
  failures: LoadFailure[]
}

/** The article's details without its text. */
export function passageMeta(passage: Passage): PassageMeta {
  const meta: PassageMeta = { id: passage.id, title: passage.title, date: passage.date }
  // Absent optional fields stay absent (not `undefined`), as in the file.
  if (passage.agency !== undefined) meta.agency = passage.agency
  if (passage.publisher !== undefined) meta.publisher = passage.publisher
  if (passage.url !== undefined) meta.url = passage.url
  return meta
}

/** The set's details and counts without its questions. */
export function setMeta(bank: Bank): SetMeta {
  const counts = new Map<QuestionType, number>()
  for (const q of bank.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1)
  const meta: SetMeta = {
    id: bank.id,
    passage: bank.passage,
    title: bank.title,
    passMark: bank.passMark,
    questionCount: bank.questions.length,
    // In one order on every card (single choice, …, matching), so sets compare at a glance.
    typeCounts: QUESTION_TYPES.flatMap((t) =>
      counts.has(t) ? [[t, counts.get(t)!] as const] : [],
    ),
    tags: [...new Set(bank.questions.flatMap((q) => q.tags ?? []))].sort(),
    difficulties: [...new Set(bank.questions.flatMap((q) => q.difficulty ?? []))].sort(),
  }
  if (bank.description !== undefined) meta.description = bank.description
  return meta
}

/** The catalog of a loaded library: articles and sets in the library's order, and its failures. */
export function catalogOf(library: Library): Catalog {
  return {
    passages: Object.values(library.passages).map(passageMeta),
    sets: library.banks.map((b) => setMeta(b.bank)),
    failures: library.failures,
  }
}
