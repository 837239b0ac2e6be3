/**
 * The contract every question type's grader fulfils. The quiz, the review screen and the CLIs
 * only ever talk to graders through this interface, so adding a type never touches them.
 */
import type { QuestionOf, QuestionType } from '../bank/schema.ts'

/** What a student's answer looks like for each question type; all plain JSON so sessions save. */
export interface ResponseMap {
  /** The chosen choice's text. */
  single: string | null
  /** The ticked choices' texts. */
  multiple: string[]
  truefalse: boolean | null
  /** The raw text the student typed; parsed with the student's locale when checked. */
  numeric: string
  short: string
  /** The items in the order the student arranged them. */
  ordering: string[]
  /** Left → chosen right; '' or a missing key means not chosen yet. */
  matching: Record<string, string>
}

export type ResponseOf<T extends QuestionType> = ResponseMap[T]
export type AnyResponse = ResponseMap[QuestionType]

/** One graded response; `max` is always 1 so every question weighs the same in a quiz. */
export interface GradeResult {
  score: number
  max: number
  /**
   * The response is right. Graders set it only with full marks; the quiz keeps it true for a
   * right second try, whose half credit shows in `score` instead.
   */
  correct: boolean
  /** A short sentence for the student, e.g. "2 of 3 in the right place". */
  detail: string
  /**
   * Set when a short answer counted despite a typing slip: the accepted spelling, so feedback
   * and review can show how it is written.
   */
  spelledAs?: string
}

export interface Grader<T extends QuestionType> {
  /**
   * The empty response a fresh question starts with. For ordering the quiz supplies the order the
   * items are shown in, because an untouched arrangement is the shown one.
   */
  blank(q: QuestionOf<T>, shown?: readonly string[]): ResponseOf<T>
  /**
   * Whether a value has this type's response shape. Sessions come back from storage as untrusted
   * JSON, so the registry checks before it grades instead of trusting a cast.
   */
  isResponse(r: unknown): r is ResponseOf<T>
  /**
   * null when the response can be submitted; otherwise a message for the student, e.g. "Type a
   * number, like 2015." An unsubmittable response is not graded and not counted as an attempt.
   */
  check(q: QuestionOf<T>, r: ResponseOf<T>, locale: string): string | null
  /**
   * Whether a response that `check` refuses still holds part of an answer worth its marks when the
   * quiz ends without it being finished (a test handed in, the time up): some of a matching
   * question's pairs matched. Absent: such a response is left unanswered.
   */
  partlyAnswered?(q: QuestionOf<T>, r: ResponseOf<T>): boolean
  /** Scores a response; never throws, an incomplete response just scores 0. */
  grade(q: QuestionOf<T>, r: ResponseOf<T>, locale: string): GradeResult
  /** The right answer in words, for feedback and review ("Assad", "True", "2015", "40 km (±2)"). */
  correctAnswer(q: QuestionOf<T>): string
  /** The student's response in words, for review ("Left blank" when blank). */
  describe(q: QuestionOf<T>, r: ResponseOf<T>): string
}
