/**
 * The class report's state: the files a teacher dropped, read in the browser and never sent
 * anywhere, and the report they come to. The loaded sets come in as `bankOf` (composables do not
 * import stores), so the view passes the banks store's look-up.
 */
import { computed, ref, shallowRef } from 'vue'
import type { Bank } from '../domain/bank/schema.ts'
import {
  MAX_FILE_CHARS,
  nthFile,
  readHandIn,
  type HandIn,
  type HandInFailure,
  type HandInRead,
} from '../domain/classroom/handin.ts'
import { collectClass } from '../domain/classroom/collect.ts'
import { setReport, type Policy } from '../domain/classroom/stats.ts'

export interface FileFailure {
  file: string
  reason: string
  /** What was found, for a closer look; the reason says it in plain words. */
  detail?: string
  /** The student the file names, when it names one. */
  student?: string
}

/** The first `nth` (2, 3…) under which `name` is not yet among the files added. */
function freeNth(name: string, ...added: { file: string }[][]): number {
  const taken = new Set(added.flat().map((a) => a.file))
  let n = 2
  while (taken.has(nthFile(name, n))) n++
  return n
}

const sameAttempts = (a: HandIn, b: HandIn) =>
  JSON.stringify(a.students) === JSON.stringify(b.students)

/** Reads `files` (File-like: a name and its text) and keeps what they hold for the report. */
export function useClassReport(bankOf: (setId: string) => Bank | undefined) {
  const handIns = shallowRef<HandIn[]>([])
  const failures = shallowRef<FileFailure[]>([])
  const policy = ref<Policy>('first')
  /** Refused copies the teacher counts anyway, with the score in the file (collect.ts copyKey). */
  const counted = shallowRef<ReadonlySet<string>>(new Set())

  const data = computed(() => collectClass(handIns.value, bankOf, counted.value))
  const reports = computed(() => data.value.groups.map((g) => setReport(g, policy.value)))

  /**
   * Adds files. A file of the name of one already added replaces it when it holds the same attempts
   * (chosen again) or the earlier one could not be read; another file of that name (two students'
   * backups of one day, both "passage-backup-2024-05-20.json") is kept beside it, as
   * "passage-backup-2024-05-20.json (the second file of this name)".
   */
  /** One file read, with its text to read again under another name. */
  async function readFile(file: File): Promise<HandInFailure | (HandInRead & { text: string })> {
    const fail = (reason: string): HandInFailure => ({ ok: false, file: file.name, reason })
    if (file.size > MAX_FILE_CHARS * 4) return fail('it is too large to be a Passage results file')
    let text: string
    try {
      text = await file.text()
    } catch {
      return fail('the browser could not read it')
    }
    return { ...readHandIn(file.name, text, bankOf), text }
  }

  async function add(files: readonly File[]): Promise<{ read: number; failed: number }> {
    let kept = handIns.value
    let unread = failures.value
    let read = 0
    let failed = 0
    for (const file of files) {
      const first = await readFile(file)
      const held = kept.find((h) => h.file === file.name)
      let r: HandInRead = first
      if (held && !(first.ok && sameAttempts(held, first.handIn))) {
        const nth = freeNth(file.name, kept, unread)
        r = first.ok
          ? readHandIn(file.name, first.text, bankOf, nth)
          : { ...first, file: nthFile(file.name, nth) }
      }
      if (r.ok) {
        const name = r.handIn.file
        kept = [...kept.filter((h) => h.file !== name), r.handIn]
        unread = unread.filter((f) => f.file !== name)
        read++
      } else {
        const { file: name, reason, detail, student } = r
        unread = [...unread.filter((f) => f.file !== name), { file: name, reason, detail, student }]
        failed++
      }
    }
    handIns.value = kept
    failures.value = unread
    return { read, failed }
  }

  function clear() {
    handIns.value = []
    failures.value = []
    counted.value = new Set()
  }

  /** Counts a refused copy (by its key) with the score in its file, or stops counting it. */
  function count(key: string, on: boolean) {
    const next = new Set(counted.value)
    if (on) next.add(key)
    else next.delete(key)
    counted.value = next
  }

  return { handIns, failures, policy, data, reports, add, clear, count }
}
