/**
 * The files Passage writes that a learner or a teacher may pick on the wrong page: which one a
 * JSON document is, by what each carries, and its name in words. The import, the restore and the
 * class report each read one kind and name the others with these, saying where each goes. The
 * kinds are those interop/results.ts and backup.ts write, spelled here so that a page reading one
 * loads neither.
 */
export type PassageFile = 'results' | 'backup' | 'set' | 'article'

export const FILE_NAMES: Record<PassageFile, string> = {
  results: "a student's results",
  backup: 'a Passage backup',
  set: 'a question set',
  article: 'an article',
}

const oneLine = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '')

/** Which of Passage's files `doc` is, with the student or title it names ('' for none). */
export function passageFileOf(doc: unknown): { kind: PassageFile; named: string } | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined
  const { kind, questions, paragraphs, title, student } = doc as Record<string, unknown>
  if (kind === 'passage-results')
    return { kind: 'results', named: oneLine((student as { name?: unknown } | null)?.name) }
  if (kind === 'passage-backup') return { kind: 'backup', named: '' }
  if (Array.isArray(questions)) return { kind: 'set', named: oneLine(title) }
  if (Array.isArray(paragraphs)) return { kind: 'article', named: oneLine(title) }
  return undefined
}
