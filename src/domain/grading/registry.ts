/**
 * Question type → grader. The mapped type makes a missing or mismatched grader a compile error,
 * and the helpers below let callers grade any `Question` without switching on its type.
 */
import type { Question, QuestionType } from '../bank/schema.ts'
import type { AnyResponse, GradeResult, Grader } from './types.ts'
import { singleGrader } from './single.ts'
import { multipleGrader } from './multiple.ts'
import { trueFalseGrader } from './truefalse.ts'
import { numericGrader } from './numeric.ts'
import { shortGrader } from './short.ts'
import { orderingGrader } from './ordering.ts'
import { matchingGrader } from './matching.ts'

/** Every question type's grader. */
export const graders: { [T in QuestionType]: Grader<T> } = {
  single: singleGrader,
  multiple: multipleGrader,
  truefalse: trueFalseGrader,
  numeric: numericGrader,
  short: shortGrader,
  ordering: orderingGrader,
  matching: matchingGrader,
}

/** The grader for a question, widened so it accepts any question and response. */
function graderFor(q: Question): Grader<QuestionType> {
  // TypeScript cannot tie `q.type` to the rest of `q` across a union (microsoft/TypeScript#30581).
  // The mapped type of `graders` guarantees the grader matches q's type, and every response is
  // shape-checked with `isResponse` before use, so the widening cannot let a wrong shape through.
  return graders[q.type] as Grader<QuestionType>
}

/** The grader for a question plus a response verified to have that grader's shape. */
function withResponse(q: Question, r: unknown): Grader<QuestionType> {
  const grader = graderFor(q)
  if (!grader.isResponse(r)) {
    throw new TypeError(`Question ${q.id}: ${JSON.stringify(r)} is not a ${q.type} response`)
  }
  return grader
}

/** Whether a value is a well-formed response for this question's type. */
export function isResponseFor(q: Question, r: unknown): r is AnyResponse {
  return graderFor(q).isResponse(r)
}

/** The response a fresh question starts with; `shown` is the display order of its options. */
export function blankResponse(q: Question, shown?: readonly string[]): AnyResponse {
  return graderFor(q).blank(q, shown)
}

/** null when the response can be submitted, else a message for the student. Throws on a wrong shape. */
export function checkResponse(q: Question, r: AnyResponse, locale: string): string | null {
  return withResponse(q, r).check(q, r, locale)
}

/** Whether a response `checkResponse` refuses still earns marks when the quiz ends (see Grader). */
export function isPartlyAnswered(q: Question, r: AnyResponse): boolean {
  return withResponse(q, r).partlyAnswered?.(q, r) ?? false
}

/** Grades any question. Throws a TypeError when the response has another type's shape. */
export function gradeQuestion(q: Question, r: AnyResponse, locale: string): GradeResult {
  return withResponse(q, r).grade(q, r, locale)
}

/** The right answer in words. */
export function correctAnswerText(q: Question): string {
  return graderFor(q).correctAnswer(q)
}

/** The student's response in words ("Left blank" when blank). Throws on a wrong shape. */
export function describeResponse(q: Question, r: AnyResponse): string {
  return withResponse(q, r).describe(q, r)
}
