/**
 * Item analysis of one set's attempts, as Moodle's quiz statistics report computes it
 * (question/classes/statistics/questions/calculator.php):
 *
 * - facility index = mean mark on the question / its maximum mark;
 * - discrimination index = the correlation between the mark on the question and the mark on the
 *   rest of the test (the attempt's total minus this question), i.e.
 *   cov(x, y) / √(var(x) · var(y)) with n − 1 in each; undefined when either variance is 0 or
 *   there is one attempt. Moodle shows it × 100; here it is the plain coefficient, −1 to 1.
 *
 * Every student counts once (their first attempt, by default; or best, last, or every attempt;
 * their tests before their practice), and only attempts that asked every question of the set: a
 * retry of missed questions or a quiz of chosen topics cannot be compared with whole tests.
 */
import { percentOf } from '../quiz/marks.ts'
import { NO_ANSWER } from '../grading/result.ts'
import type { ClassAttempt, SetGroup } from './collect.ts'
import { shortfallOf, type Shortfall } from './shortfall.ts'

export type Policy = 'first' | 'best' | 'last' | 'all'

/**
 * Where a question is flagged, and how many students it takes to flag any: with fewer, one
 * student's answer decides "Easy" or "Hard" (a single student made every question one or the
 * other), and a correlation over three marks says nothing.
 */
export const FLAG_LIMITS = { hard: 0.3, easy: 0.95, discrimination: 0.2, students: 5 } as const

export type Flag = 'hard' | 'easy' | 'weak'

/** An answer short of full marks, and how many gave it. */
export interface NotFullyRight {
  /** The answer in words ("Left blank" when left blank). */
  response: string
  /** Left blank: the report says so rather than quoting "Left blank" as words typed. */
  blank: boolean
  count: number
  shortfall: Shortfall
}

export interface QuestionReport {
  questionId: string
  prompt: string | null
  type: string | null
  /** Attempts counted. */
  n: number
  facility: number | null
  discrimination: number | null
  flags: Flag[]
  /**
   * The commonest answers that did not earn full marks, most frequent first (at most 3), each
   * with why it fell short: not every one is wrong (an incomplete tick-all, a right second try).
   */
  notFullyRight: NotFullyRight[]
  /**
   * Answers short of full marks whose words the files do not hold (marks only: an attempt saved
   * without its answers, or a backup of a set not in this browser), so none of them is listed.
   */
  shortWithoutWords: number
  /** Answers the students marked right themselves ("I was right"), worth a look. */
  markedRight: number
}

export interface StudentRow {
  student: string
  /** The backup file that is the student, when no name says whose it is. */
  backup?: string
  /** Every backup file of that student, `backup` first. */
  backups?: readonly string[]
  /** Which of the student's counted attempts this is, oldest first, and how many they have. */
  attemptNumber: number
  attemptsCounted: number
  attemptId: string
  finishedAt: string
  score: number
  max: number
  fraction: number
  passed: boolean | null
  /** Played in practice (feedback and second tries), not as a test. */
  practice: boolean
}

export interface SetReport {
  group: SetGroup
  policy: Policy
  /** Students with at least one counted attempt. */
  students: number
  /** Attempts counted, and attempts left out because they asked only some questions. */
  counted: number
  partial: number
  mean: number | null
  median: number | null
  /** Share of counted attempts that passed; null when the pass mark is unknown. */
  passRate: number | null
  /** Counted attempts per 10 % band of score: 0–9 %, 10–19 %, …, 90–100 %. */
  histogram: number[]
  rows: StudentRow[]
  questions: QuestionReport[]
}

const EPSILON = 1e-9

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The fraction of marks an attempt earned. */
const fractionOf = (a: ClassAttempt) => (a.max > 0 ? a.score / a.max : 0)

/** Whether an attempt passed: as recorded, or by the pass mark when it was not. */
function passedOf(a: ClassAttempt, passMark: number | null): boolean | null {
  if (a.passed !== null) return a.passed
  return passMark === null ? null : fractionOf(a) + EPSILON >= passMark
}

/**
 * Each student's attempt by `policy`, among those that asked every question. A student's tests
 * come before their practice: a practice run shows the answers as it goes and gives a second try,
 * so it is counted only for a student who handed in no test of the set.
 */
export function countedAttempts(group: SetGroup, policy: Policy): ClassAttempt[] {
  const all = new Set(group.questionIds)
  const complete = group.attempts.filter(
    (a) => a.answers.length === all.size && a.answers.every((x) => all.has(x.questionId)),
  )
  if (policy === 'all') return complete
  const byStudent = new Map<string, ClassAttempt>()
  const time = (a: ClassAttempt) => Date.parse(a.finishedAt)
  const tested = new Set(complete.filter((a) => a.mode === 'test').map((a) => a.studentKey))
  for (const a of complete) {
    if (a.mode !== 'test' && tested.has(a.studentKey)) continue
    const held = byStudent.get(a.studentKey)
    const better =
      !held ||
      (policy === 'first' && time(a) < time(held)) ||
      (policy === 'last' && time(a) > time(held)) ||
      (policy === 'best' &&
        (fractionOf(a) > fractionOf(held) ||
          (fractionOf(a) === fractionOf(held) && time(a) < time(held))))
    if (better) byStudent.set(a.studentKey, a)
  }
  return [...byStudent.values()]
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** Moodle's discrimination index for marks `x` and rest-of-test marks `y`; null when undefined. */
export function discriminationIndex(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length
  if (n < 2) return null
  const mx = mean(x)
  const my = mean(y)
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx
    const dy = (y[i] as number) - my
    sxx += dx * dx
    syy += dy * dy
    sxy += dx * dy
  }
  // The n − 1 of each variance and the covariance cancel out.
  if (sxx < EPSILON || syy < EPSILON) return null
  return sxy / Math.sqrt(sxx * syy)
}

/** How the report lists a set's questions: as the set asks them, or the hardest first. */
export type QuestionOrder = 'set' | 'hardest'

/**
 * The report's questions, each with its number in the set (which stays its name whatever the
 * order). Hardest first is the lowest facility first; equal facilities keep the set's order, and a
 * question no counted attempt answered comes last.
 */
export function orderedQuestions(
  questions: readonly QuestionReport[],
  order: QuestionOrder,
): { number: number; question: QuestionReport }[] {
  const numbered = questions.map((question, i) => ({ number: i + 1, question }))
  if (order === 'set') return numbered
  // Array.prototype.sort is stable: ties stay in set order.
  return numbered.sort((a, b) => {
    const x = a.question.facility
    const y = b.question.facility
    if (x === null || y === null) return Number(x === null) - Number(y === null)
    return x - y
  })
}

/** Hard, easy, weakly discriminating: what a teacher should look at again (none for a few students). */
export function flagsOf(
  facility: number | null,
  discrimination: number | null,
  students: number,
): Flag[] {
  const flags: Flag[] = []
  if (students < FLAG_LIMITS.students) return flags
  if (facility !== null && facility < FLAG_LIMITS.hard) flags.push('hard')
  if (facility !== null && facility > FLAG_LIMITS.easy) flags.push('easy')
  if (discrimination !== null && discrimination < FLAG_LIMITS.discrimination) flags.push('weak')
  return flags
}

/**
 * One row per counted attempt, by student then time; each numbered among its student's counted
 * attempts, so two rows of one student ("every attempt") can be told apart.
 */
function studentRows(
  counted: readonly ClassAttempt[],
  fractions: readonly number[],
  passes: readonly (boolean | null)[],
): StudentRow[] {
  const order = counted
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        byText(x.a.studentKey, y.a.studentKey) ||
        Date.parse(x.a.finishedAt) - Date.parse(y.a.finishedAt) ||
        byText(x.a.id, y.a.id),
    )
  const totals = new Map<string, number>()
  for (const a of counted) totals.set(a.studentKey, (totals.get(a.studentKey) ?? 0) + 1)
  const seen = new Map<string, number>()
  return order.map(({ a, i }) => {
    const number = (seen.get(a.studentKey) ?? 0) + 1
    seen.set(a.studentKey, number)
    return {
      student: a.student,
      ...(a.backup === undefined ? {} : { backup: a.backup }),
      ...(a.backups === undefined ? {} : { backups: a.backups }),
      attemptNumber: number,
      attemptsCounted: totals.get(a.studentKey) ?? 1,
      attemptId: a.id,
      finishedAt: a.finishedAt,
      score: a.score,
      max: a.max,
      fraction: fractions[i] as number,
      passed: passes[i] ?? null,
      practice: a.mode === 'practice',
    }
  })
}

/** The statistics of one set group. */
export function setReport(group: SetGroup, policy: Policy = 'first'): SetReport {
  const counted = countedAttempts(group, policy)
  const fractions = counted.map(fractionOf)
  const histogram = Array<number>(10).fill(0)
  for (const f of fractions) {
    // By the percent the scores table shows, so a student listed at 70 % is in the 70–79 bar.
    const band = Math.min(9, Math.floor(percentOf(f, 1, group.passMark ?? undefined) / 10))
    histogram[band] = (histogram[band] ?? 0) + 1
  }
  const passes = counted.map((a) => passedOf(a, group.passMark))
  const known = passes.filter((p) => p !== null)
  const students = new Set(counted.map((a) => a.studentKey)).size
  const questions = group.questionIds.map((qid): QuestionReport => {
    const x: number[] = []
    const y: number[] = []
    const short = new Map<string, NotFullyRight>()
    let markedRight = 0
    let shortWithoutWords = 0
    for (const a of counted) {
      const answer = a.answers.find((r) => r.questionId === qid)
      if (!answer) continue
      if (answer.markedRight) markedRight++
      x.push(answer.score / answer.max)
      y.push(a.score - answer.score)
      if (answer.score >= answer.max - EPSILON) continue
      // Left blank, it needs no words: a spreadsheet made by hand says so without "Left blank".
      const response = answer.blank ? NO_ANSWER : answer.response
      if (response === null) {
        shortWithoutWords++
        continue
      }
      const shortfall = shortfallOf(answer, group.questions[qid]?.question)
      const key = `${shortfall.kind}\n${answer.blank}\n${response}`
      const held = short.get(key) ?? {
        response,
        blank: answer.blank,
        count: 0,
        shortfall,
      }
      held.count++
      short.set(key, held)
    }
    const facility = x.length > 0 ? mean(x) : null
    const discrimination = discriminationIndex(x, y)
    const info = group.questions[qid]
    return {
      questionId: qid,
      prompt: info?.prompt ?? null,
      type: info?.type ?? null,
      n: x.length,
      facility,
      discrimination,
      flags: flagsOf(facility, discrimination, students),
      markedRight,
      shortWithoutWords,
      notFullyRight: [...short.values()]
        .sort(
          (a, b) =>
            b.count - a.count ||
            byText(a.response, b.response) ||
            Number(a.blank) - Number(b.blank) ||
            byText(a.shortfall.kind, b.shortfall.kind),
        )
        .slice(0, 3),
    }
  })
  return {
    group,
    policy,
    students,
    counted: counted.length,
    partial: group.attempts.length - countedAttempts(group, 'all').length,
    mean: fractions.length ? mean(fractions) : null,
    median: fractions.length ? median(fractions) : null,
    passRate:
      known.length === counted.length && known.length > 0
        ? known.filter(Boolean).length / known.length
        : null,
    histogram,
    rows: studentRows(counted, fractions, passes),
    questions,
  }
}
