/**
 * The sets and articles saved in the studio, as a part of the backup file: without them a restore
 * in another browser brought back review cards for questions nobody could see. Read back, each
 * record is checked as the studio checks what it reads from the browser (its version, its limits,
 * its schema); one that does not read, or that a newer Passage wrote, is left out and named.
 */
import {
  parseArticleRecord,
  parseSetRecord,
  type ArticleRecord,
  type SetRecord,
} from './records.ts'
import type { MigrateResult } from '../progress/versioned.ts'
import { curly } from '../text/quote.ts'

export interface StudioPart {
  sets: SetRecord[]
  articles: ArticleRecord[]
}

/** What a backup carries of the studio: undefined when nothing is saved there. */
export function studioPart(
  sets: readonly SetRecord[],
  articles: readonly ArticleRecord[],
): StudioPart | undefined {
  return sets.length || articles.length ? { sets: [...sets], articles: [...articles] } : undefined
}

/** The title a record's text still holds, to name it by when it does not read. */
function titleOf(raw: unknown, part: 'bank' | 'passage'): string | undefined {
  const inner = (raw as Record<string, unknown> | null)?.[part]
  const title = (inner as Record<string, unknown> | null | undefined)?.title
  return typeof title === 'string' && title.trim() ? curly(title, 80) : undefined
}

function readAll<T>(
  given: unknown,
  parse: (text: string) => MigrateResult<T>,
  keyOf: (record: T) => string,
  part: 'bank' | 'passage',
  leftOut: string[],
): T[] {
  const what = part === 'bank' ? 'set' : 'article'
  if (given === undefined) return []
  if (!Array.isArray(given)) {
    leftOut.push(`its ${what}s from the Studio, which are damaged`)
    return []
  }
  const kept = new Map<string, T>()
  for (const raw of given as unknown[]) {
    const read = parse(JSON.stringify(raw) ?? 'undefined')
    const name = titleOf(raw, part)
    const named = name ? `the ${what} ${name} from the Studio` : `one ${what} from the Studio`
    if (read.status === 'newer') {
      leftOut.push(
        `${named}, saved by a newer Passage: reload the page to bring Passage up to date, then restore the file again to bring it in`,
      )
    } else if (read.status === 'invalid') {
      leftOut.push(`${named}, which is damaged: ${read.reason}`)
    } else if (!kept.has(keyOf(read.doc))) {
      // A hand-edited file naming one id twice: the first is kept, as the studio keeps one per id.
      kept.set(keyOf(read.doc), read.doc)
    }
  }
  return [...kept.values()]
}

/**
 * The studio's records in a backup's `studio` part, every one checked, and what was left out in
 * words. Never throws; anything that is not the part Passage writes is left out whole.
 */
export function readStudioPart(given: unknown): { part?: StudioPart; leftOut: string[] } {
  const leftOut: string[] = []
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return { leftOut: ['its sets from the Studio, which are damaged'] }
  }
  const { sets, articles } = given as { sets?: unknown; articles?: unknown }
  const part = studioPart(
    readAll(sets, parseSetRecord, (r) => r.bank.id, 'bank', leftOut),
    readAll(articles, parseArticleRecord, (r) => r.passage.id, 'passage', leftOut),
  )
  return part ? { part, leftOut } : { leftOut }
}

/**
 * What restoring `part` adds to the studio here: the records whose id is not taken (by a set or
 * article of the teacher's here, or one that comes with Passage), and the titles of the sets that
 * are here already, which are kept as they are.
 */
export function studioToAdd(
  part: StudioPart,
  taken: { sets: ReadonlySet<string>; articles: ReadonlySet<string> },
): { add: StudioPart; here: string[] } {
  const sets = part.sets.filter((r) => !taken.sets.has(r.bank.id))
  const articles = part.articles.filter((r) => !taken.articles.has(r.passage.id))
  const here = part.sets.filter((r) => taken.sets.has(r.bank.id)).map((r) => r.bank.title)
  return { add: { sets, articles }, here }
}
