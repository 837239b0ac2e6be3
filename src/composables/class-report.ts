/**
 * The class report's state: the files a teacher dropped, read in the browser and never sent
 * anywhere, and the report they come to. The loaded sets come in as `bankOf` (composables do not
 * import stores), so the view passes the banks store's look-up.
 */
import { computed, ref, shallowRef } from 'vue'
import type { Bank } from '../domain/bank/schema.ts'
import { MAX_FILE_CHARS, readHandIn, type HandIn } from '../domain/classroom/handin.ts'
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

/** Reads `files` (File-like: a name and its text) and keeps what they hold for the report. */
export function useClassReport(bankOf: (setId: string) => Bank | undefined) {
  const handIns = shallowRef<HandIn[]>([])
  const failures = shallowRef<FileFailure[]>([])
  const policy = ref<Policy>('first')
  /** Refused copies the teacher counts anyway, with the score in the file (collect.ts copyKey). */
  const counted = shallowRef<ReadonlySet<string>>(new Set())

  const data = computed(() => collectClass(handIns.value, bankOf, counted.value))
  const reports = computed(() => data.value.groups.map((g) => setReport(g, policy.value)))

  /** Adds files; a file with the name of one already added replaces it. */
  async function add(files: readonly File[]): Promise<{ read: number; failed: number }> {
    const read: HandIn[] = []
    const failed: FileFailure[] = []
    for (const file of files) {
      if (file.size > MAX_FILE_CHARS * 4) {
        failed.push({ file: file.name, reason: 'it is too large to be a Passage results file' })
        continue
      }
      let text: string
      try {
        text = await file.text()
      } catch {
        failed.push({ file: file.name, reason: 'the browser could not read it' })
        continue
      }
      const r = readHandIn(file.name, text, bankOf)
      if (r.ok) read.push(r.handIn)
      else failed.push({ file: r.file, reason: r.reason, detail: r.detail, student: r.student })
    }
    const names = new Set(files.map((f) => f.name))
    handIns.value = [...handIns.value.filter((h) => !names.has(h.file)), ...read]
    failures.value = [...failures.value.filter((f) => !names.has(f.file)), ...failed]
    return { read: read.length, failed: failed.length }
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
