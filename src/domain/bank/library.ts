/**
 * Loads a whole `questions/` tree: passages first, then every bank checked against its passage and
 * against the others. A broken file is reported and left out; every other bank still loads.
 */
import { clip, errorText } from '../text/clip.ts'
import { curly, quotedList } from '../text/quote.ts'
import { checkBank } from './checks.ts'
import type { BankIssue } from './issues.ts'
import { issueAt, parseBank, parsePassage } from './parse.ts'
import type { Bank, Passage } from './schema.ts'

export interface SourceFile {
  /** Path as the teacher knows it, e.g. `questions/assad-sochi-2018/who-said-what.json`. */
  file: string
  text: string
}

export interface LoadedBank {
  file: string
  bank: Bank
}

export interface LoadFailure {
  file: string
  kind: 'bank' | 'passage'
  /** The id or title the file claims, when it could be read, so the failure can be named. */
  id?: string
  title?: string
  issues: BankIssue[]
}

export interface Library {
  passages: Record<string, Passage>
  banks: LoadedBank[]
  failures: LoadFailure[]
}

/** `passage.json` holds an article; every other `.json` file is a question set. */
export function isPassageFile(file: string): boolean {
  return /(^|[\\/])passage\.json$/.test(file)
}

function claimed(text: string): { id?: string; title?: string } {
  try {
    const value = JSON.parse(text) as { id?: unknown; title?: unknown }
    return {
      id: typeof value.id === 'string' ? clip(value.id, 120) : undefined,
      title: typeof value.title === 'string' ? clip(value.title, 120) : undefined,
    }
  } catch {
    return {}
  }
}

/** The value under an own key of a record (ids such as "constructor" are valid). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** A problem no check foresaw, reported against the file rather than thrown at the caller. */
function unexpected(file: string, e: unknown): BankIssue {
  return {
    file,
    line: 1,
    column: 1,
    path: '(file)',
    message: `could not be checked (${errorText(e)}); the other files are not affected`,
  }
}

/**
 * Parses and cross-checks every file; the order of `files` does not change the outcome. Never
 * throws: whatever one file does, it is reported and every other file still loads.
 */
export function loadLibrary(files: readonly SourceFile[]): Library {
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file))
  const library: Library = { passages: {}, banks: [], failures: [] }
  const passageFiles: Record<string, string> = {}
  const fail = (source: SourceFile, kind: LoadFailure['kind'], issues: BankIssue[]) =>
    library.failures.push({ file: source.file, kind, ...claimed(source.text), issues })

  for (const source of sorted.filter((f) => isPassageFile(f.file))) {
    try {
      loadPassage(source)
    } catch (e) {
      fail(source, 'passage', [unexpected(source.file, e)])
    }
  }
  const bankFiles: Record<string, string> = {}
  /**
   * Article id → the banks loaded for it, and (worked out when a second bank of that article
   * arrives, which the first one never needs) question id → the file that has it.
   */
  const byArticle = new Map<string, { banks: LoadedBank[]; ids?: Map<string, string> }>()
  const questionFilesOf = (article: string) => {
    const entry = byArticle.get(article)
    if (!entry) return undefined
    if (!entry.ids) {
      entry.ids = new Map()
      for (const { file, bank } of entry.banks)
        for (const q of bank.questions) entry.ids.set(q.id, file)
    }
    return entry.ids
  }
  for (const source of sorted.filter((f) => !isPassageFile(f.file))) {
    try {
      loadBank(source)
    } catch (e) {
      fail(source, 'bank', [unexpected(source.file, e)])
    }
  }
  return library

  function loadPassage(source: SourceFile): void {
    const parsed = parsePassage(source.file, source.text)
    if (!parsed.ok) {
      fail(source, 'passage', parsed.issues)
      return
    }
    const earlier = own(passageFiles, parsed.value.id)
    if (earlier) {
      fail(source, 'passage', [
        issueAt(
          source.file,
          parsed.json,
          ['id'],
          `${curly(parsed.value.id)} is already used by ${earlier}`,
        ),
      ])
      return
    }
    library.passages[parsed.value.id] = parsed.value
    passageFiles[parsed.value.id] = source.file
  }

  function loadBank(source: SourceFile): void {
    const parsed = parseBank(source.file, source.text)
    if (!parsed.ok) {
      fail(source, 'bank', parsed.issues)
      return
    }
    const { value: bank, json } = parsed
    const at = (path: (string | number)[], message: string) =>
      issueAt(source.file, json, path, message)
    const passage = own(library.passages, bank.passage)
    if (!passage) {
      const known = Object.keys(library.passages)
      fail(source, 'bank', [
        at(
          ['passage'],
          `no passage ${curly(bank.passage)} was loaded` +
            (known.length ? ` (known: ${quotedList(known)})` : '') +
            `: add questions/${clip(bank.passage, 60)}/passage.json or fix the id`,
        ),
      ])
      return
    }
    const issues = checkBank(bank, passage).map((p) => at([...p.path], p.message))
    const earlierBank = own(bankFiles, bank.id)
    if (earlierBank) issues.push(at(['id'], `${curly(bank.id)} is already used by ${earlierBank}`))
    const articleQuestions = questionFilesOf(bank.passage)
    bank.questions.forEach((q, i) => {
      const owner = articleQuestions?.get(q.id)
      if (owner && owner !== source.file)
        issues.push(
          at(
            ['questions', i, 'id'],
            `${curly(q.id)} is already used in ${owner}: ids must be unique across an article`,
          ),
        )
    })
    if (issues.length) {
      fail(source, 'bank', issues)
      return
    }
    bankFiles[bank.id] = source.file
    const loaded = { file: source.file, bank }
    const entry = byArticle.get(bank.passage)
    if (!entry) byArticle.set(bank.passage, { banks: [loaded] })
    else {
      entry.banks.push(loaded)
      for (const q of bank.questions) entry.ids?.set(q.id, source.file)
    }
    library.banks.push(loaded)
  }
}
