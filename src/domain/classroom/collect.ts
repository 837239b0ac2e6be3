/**
 * Many handed-in files to one class: students by name, attempts once each, grouped by set and
 * version. The same attempt in two files (a results file and a backup, or one file twice) counts
 * once; a set handed in at two versions makes two groups, named as such, never one mixed group.
 */
import type { Bank, Question } from '../bank/schema.ts'
import { setVersion } from '../interop/fingerprint.ts'
import type { ResultAttempt } from '../interop/results.ts'
import { versionOf, type HandIn } from './handin.ts'
import { contradiction } from './trust.ts'

export interface ClassAttempt extends ResultAttempt {
  /** The student's key (see studentKey) and name as shown. */
  studentKey: string
  student: string
  /** The backup file the attempt came from, when no name says whose it is (the student is its file). */
  backup?: string
  /** Every backup file of that student (backups sharing attempts are one's), `backup` first. */
  backups?: readonly string[]
}

export interface SetGroup {
  setId: string
  title: string
  /** null: attempts whose version cannot be told (a set not loaded, saved without one). */
  version: string | null
  /** Whether the set is in this browser at all (shipped, the teacher's own or added from a link). */
  loaded: boolean
  /** Whether this is the version of the set loaded here. */
  current: boolean
  passMark: number | null
  /** The questions of this version: the loaded set's order, or as the attempts asked them. */
  questionIds: string[]
  /**
   * Prompt and type per question, from the loaded set or the files; `question` is the loaded
   * question itself when this is the loaded version, to read answers against its key.
   */
  questions: Record<string, { prompt: string | null; type: string | null; question?: Question }>
  attempts: ClassAttempt[]
}

/** One attempt as the teacher is told of it: whose, of which set, when. */
export interface AttemptLabel {
  student: string
  setTitle: string
  finishedAt: string
}

export interface ClassData {
  /** The students whose attempts count under their own name. */
  students: { key: string; name: string; files: string[] }[]
  /**
   * Names whose every attempt is also in another student's file and counts as theirs (`as`): most
   * often a backup, named by its file, holding attempts the student also handed in by name. Not
   * counted as students, and named, so that the files' count and the tables' agree.
   */
  within: {
    name: string
    fromFileName: boolean
    files: string[]
    as: string[]
    /**
     * A backup's attempts that are in no file of the student it is taken to be (`as`): the backup
     * also holds attempts they handed in by name, so it is theirs, and these count as theirs too.
     */
    more: number
    /** The backup whose student this backup's is, when no typed name says whose both are. */
    backup?: string
  }[]
  /** Names counted as students apart that differ only in accents (see `alikeNames`). */
  alike: string[][]
  groups: SetGroup[]
  /** Attempts found in more than one file, counted once. */
  duplicates: number
  /**
   * Copies of attempts whose marks contradict their answers (trust.ts): a hand edit, or marks an
   * older Passage gave that this one would not. Not counted unless the teacher counts them
   * (`counted`, by `key`), and then with the score in the file, the one the student was given.
   */
  refused: (AttemptLabel & {
    file: string
    reason: string
    key: string
    counted: boolean
    score: number
    max: number
    passMark: number | null
  })[]
  /** Attempts whose copies in several files differ; the fullest copy that was believed counts. */
  disagreeing: (AttemptLabel & { files: string[] })[]
}

/** Names compare without case, accents of composition or extra spaces: "ana  lima" is "Ana Lima". */
export function studentKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Students' names that differ only in accents ("Ana Álvarez", "Ana Alvarez"), each group in the
 * students' order. Most often one student who typed their name two ways, on two devices; but two
 * students can share a name, and merging them would put one's marks in the other's row, so they
 * stay apart and the report names them for the teacher to check.
 */
export function alikeNames(students: readonly { key: string; name: string }[]): string[][] {
  const byFold = new Map<string, string[]>()
  for (const s of students) {
    const fold = s.key.normalize('NFD').replace(/\p{M}/gu, '')
    byFold.set(fold, [...(byFold.get(fold) ?? []), s.name])
  }
  return [...byFold.values()].filter((names) => names.length > 1)
}

/** How much an attempt copy tells: answers in words beat codes, a typed name beats a file name. */
function richness(a: ResultAttempt, fromFileName: boolean): number {
  const words = a.answers.filter((x) => x.response !== null).length
  return words * 4 + a.answers.length * 2 + (fromFileName ? 0 : 1)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** One copy of an attempt, as copies are compared: its marks, its answers' words, its file. */
interface Copy {
  marks: string
  words: (string | null)[]
  file: string
}

function copyOf(a: ResultAttempt, file: string): Copy {
  const marks = JSON.stringify([
    a.score,
    a.max,
    a.passed,
    a.answers.map((x) => [x.questionId, x.score, x.correct, x.blank, x.markedRight]),
  ])
  return { marks, words: a.answers.map((x) => x.response), file }
}

/**
 * Whether two copies tell of one attempt differently: by a mark, or by an answer both give in
 * words. A copy without an answer's words (a backup read where its set is not loaded) says
 * nothing against the copy that has them.
 */
function differ(a: Copy, b: Copy): boolean {
  if (a.marks !== b.marks) return true
  return a.words.some((w, i) => {
    const other = b.words[i] ?? null
    return w !== null && other !== null && w !== other
  })
}

/**
 * The key of one copy of an attempt, by which a teacher counts a refused one anyway. It names the
 * student: a hostile CSV can give two students the same attempt id, and counting one must not
 * count the other.
 */
export const copyKey = (file: string, student: string, a: ResultAttempt) =>
  JSON.stringify([file, studentKey(student), a.set.id, a.id])

/** Whose a backup is: a student's typed name, or (`file`) the backup it is one student with. */
interface Owner {
  name: string
  more: number
  file?: string
}

/**
 * Backups linked by the attempts they share, each group in file order: one device's backups of
 * two days (the later one holding the earlier's attempts) are one student's.
 */
function backupGroups(backups: readonly HandIn[]): HandIn[][] {
  const files = [...backups].sort((a, b) => compare(a.file, b.file))
  const root = new Map(files.map((h) => [h.file, h.file]))
  const find = (f: string): string => {
    const up = root.get(f) ?? f
    return up === f ? f : find(up)
  }
  const holder = new Map<string, string>()
  for (const h of files) {
    for (const a of h.students[0]?.attempts ?? []) {
      const id = `${a.set.id}\n${a.id}`
      const other = holder.get(id)
      if (other === undefined) holder.set(id, h.file)
      else {
        const [x, y] = [find(other), find(h.file)].sort(compare)
        if (x !== undefined && y !== undefined) root.set(y, x)
      }
    }
  }
  const groups = new Map<string, HandIn[]>()
  for (const h of files) groups.set(find(h.file), [...(groups.get(find(h.file)) ?? []), h])
  return [...groups.values()]
}

/**
 * Whose each backup is, by file: a backup names no student, but when attempts in it (or in the
 * backups it shares attempts with) are also in the files of one student who typed a name (and of
 * no other), it was made on their device, and every attempt in it is theirs. `more` counts those
 * in none of their named files. Backups sharing attempts that no typed name holds are one student,
 * named by the first of their files (`file`); `more` counts the attempts not in that file.
 */
function backupOwners(handIns: readonly HandIn[]): Map<string, Owner> {
  const typedBy = new Map<string, Set<string>>()
  /** Each typed name's first spelling, as the students' list shows it. */
  const spelling = new Map<string, string>()
  for (const h of handIns) {
    for (const s of h.students) {
      if (s.fromFileName) continue
      if (!spelling.has(studentKey(s.name))) spelling.set(studentKey(s.name), s.name)
      for (const a of s.attempts) {
        const id = `${a.set.id}\n${a.id}`
        typedBy.set(id, (typedBy.get(id) ?? new Set()).add(studentKey(s.name)))
      }
    }
  }
  const idOf = (a: ResultAttempt) => `${a.set.id}\n${a.id}`
  const typedIn = (hs: readonly HandIn[]) => {
    const attempts = hs.flatMap((h) => h.students[0]?.attempts ?? [])
    return new Set(attempts.flatMap((a) => [...(typedBy.get(idOf(a)) ?? [])]))
  }
  const owners = new Map<string, Owner>()
  const backups = handIns.filter((h) => h.kind === 'backup' && h.students[0])
  for (const group of backupGroups(backups)) {
    const found = typedIn(group)
    const first = group[0]?.students[0]
    for (const h of group) {
      const attempts = h.students[0]?.attempts ?? []
      // One typed name in the group is everyone's in it; of several, each backup's own, if one.
      const [key] = found.size === 1 ? found : typedIn([h])
      if (key !== undefined && (found.size === 1 || typedIn([h]).size === 1)) {
        const more = attempts.filter((a) => !typedBy.get(idOf(a))?.has(key)).length
        owners.set(h.file, { name: spelling.get(key) ?? key, more })
      } else if (found.size === 0 && first && h !== group[0]) {
        const held = new Set(first.attempts.map(idOf))
        const more = attempts.filter((a) => !held.has(idOf(a))).length
        owners.set(h.file, { name: first.name, more, file: group[0]?.file })
      }
    }
  }
  return owners
}

/**
 * Puts every handed-in file together; `bankOf` gives the loaded set of an id, `counted` the
 * refused copies the teacher chose to count anyway (by `copyKey`).
 */
export function collectClass(
  handIns: readonly HandIn[],
  bankOf: (setId: string) => Bank | undefined,
  counted: ReadonlySet<string> = new Set(),
): ClassData {
  const students = new Map<
    string,
    { key: string; name: string; files: Set<string>; fromFileName: boolean; ids: Set<string> }
  >()
  const chosen = new Map<string, { attempt: ClassAttempt; rank: number }>()
  /** Per attempt, its copies. */
  const copiesOf = new Map<string, Copy[]>()
  const refused: ClassData['refused'] = []
  // A set's fingerprint costs a pass over its questions: once per set, not per attempt.
  const versions = new Map<string, string | undefined>()
  const versionHere = (setId: string, bank: Bank | undefined) => {
    if (!versions.has(setId)) versions.set(setId, bank && setVersion(bank))
    return versions.get(setId)
  }
  const owners = backupOwners(handIns)
  /** One student's backup files: the first of them (`file`) and those taken to be one with it. */
  const backupsOf = (file: string) => [
    file,
    ...[...owners].flatMap(([f, o]) => (o.file === file ? [f] : [])),
  ]
  let copies = 0
  for (const handIn of handIns) {
    for (const s of handIn.students) {
      const owner = owners.get(handIn.file)
      const name = owner?.name ?? s.name
      /** A backup with no typed name: the file it is (the first of one student's backups). */
      const file = owner ? owner.file : handIn.file
      const fromFileName = file !== undefined && s.fromFileName
      const key = studentKey(name)
      const known = students.get(key) ?? {
        key,
        name,
        files: new Set<string>(),
        fromFileName,
        ids: new Set<string>(),
      }

      known.files.add(handIn.file)
      known.fromFileName &&= fromFileName
      students.set(key, known)
      for (const a of s.attempts) {
        const bank = bankOf(a.set.id)
        const here = versionHere(a.set.id, bank)
        const played = bank && here !== undefined && versionOf(a, bank) === here ? bank : undefined
        const why = contradiction(a, played)
        if (why) {
          const key = copyKey(handIn.file, name, a)
          const count = counted.has(key)
          refused.push({
            ...labelOf(a, name),
            file: handIn.file,
            reason: why,
            key,
            counted: count,
            score: a.score,
            max: a.max,
            passMark: a.set.passMark,
          })
          if (!count) continue
        }
        copies++
        const id = `${a.set.id}\n${a.id}`
        known.ids.add(id)
        copiesOf.set(id, [...(copiesOf.get(id) ?? []), copyOf(a, handIn.file)])
        const rank = richness(a, fromFileName)
        const held = chosen.get(id)
        // Ties go to the first name in order, so the order of the files never matters.
        if (
          !held ||
          rank > held.rank ||
          (rank === held.rank && compare(key, held.attempt.studentKey) < 0)
        ) {
          const backup =
            fromFileName && file !== undefined ? { backup: file, backups: backupsOf(file) } : {}
          chosen.set(id, { attempt: { ...a, studentKey: key, student: name, ...backup }, rank })
        }
      }
    }
  }
  const groups = new Map<string, SetGroup>()
  const picked = [...chosen.entries()].sort(([a], [b]) => compare(a, b))
  for (const [, { attempt }] of picked) {
    const bank = bankOf(attempt.set.id)
    const version = versionOf(attempt, bank)
    const current = bank !== undefined && version === setVersion(bank)
    const key = `${attempt.set.id}\n${version ?? ''}`
    let group = groups.get(key)
    if (!group) {
      group = {
        setId: attempt.set.id,
        title: current ? bank.title : attempt.set.title,
        version,
        loaded: bank !== undefined,
        current,
        passMark: current ? bank.passMark : attempt.set.passMark,
        questionIds: current ? bank.questions.map((q) => q.id) : [],
        questions: current
          ? Object.fromEntries(
              bank.questions.map((q) => [q.id, { prompt: q.prompt, type: q.type, question: q }]),
            )
          : {},
        attempts: [],
      }
      groups.set(key, group)
    }
    group.attempts.push(attempt)
    for (const x of attempt.answers) {
      if (!Object.hasOwn(group.questions, x.questionId)) {
        group.questions[x.questionId] = { prompt: x.prompt, type: x.type }
        if (!current) group.questionIds.push(x.questionId)
      }
    }
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      compare(a.title, b.title) ||
      compare(a.setId, b.setId) ||
      Number(b.current) - Number(a.current) ||
      compare(a.version ?? '', b.version ?? ''),
  )
  for (const g of ordered) {
    g.attempts.sort(
      (a, b) =>
        compare(a.studentKey, b.studentKey) ||
        Date.parse(a.finishedAt) - Date.parse(b.finishedAt) ||
        compare(a.id, b.id),
    )
  }
  const disagreeing: ClassData['disagreeing'] = []
  for (const [id, copies] of [...copiesOf].sort(([a], [b]) => compare(a, b))) {
    const held = chosen.get(id)
    if (!held || !copies.some((c, i) => copies.slice(i + 1).some((d) => differ(c, d)))) continue
    const files = [...new Set(copies.map((c) => c.file))].sort(compare)
    disagreeing.push({ ...labelOf(held.attempt, held.attempt.student), files })
  }
  const listed: ClassData['students'] = []
  const within: ClassData['within'] = []
  for (const s of [...students.values()].sort((a, b) => compare(a.key, b.key))) {
    const files = [...s.files].sort(compare)
    const owners = new Map<string, string>()
    for (const id of s.ids) {
      const owner = chosen.get(id)?.attempt
      if (owner) owners.set(owner.studentKey, owner.student)
    }
    if (owners.size > 0 && !owners.has(s.key)) {
      const as = [...owners].sort(([a], [b]) => compare(a, b)).map(([, name]) => name)
      within.push({ name: s.name, fromFileName: s.fromFileName, files, as, more: 0 })
    } else listed.push({ key: s.key, name: s.name, files })
  }
  for (const h of handIns) {
    const owner = owners.get(h.file)
    const name = h.students[0]?.name
    if (owner && name !== undefined) {
      const { more, file } = owner
      const backup = file === undefined ? {} : { backup: file }
      within.push({ name, fromFileName: true, files: [h.file], as: [owner.name], more, ...backup })
    }
  }
  within.sort((a, b) => compare(a.files.join('\n'), b.files.join('\n')))
  return {
    students: listed,
    within,
    alike: alikeNames(listed),
    groups: ordered,
    duplicates: copies - chosen.size,
    refused,
    disagreeing,
  }
}

function labelOf(a: ResultAttempt, student: string): AttemptLabel {
  return { student, setTitle: a.set.title, finishedAt: a.finishedAt }
}
