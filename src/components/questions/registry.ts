import type { Component } from 'vue'
import type { QuestionType } from '../../domain/bank/schema.ts'
import SingleQuestion from './SingleQuestion.vue'
import MultipleQuestion from './MultipleQuestion.vue'
import TrueFalseQuestion from './TrueFalseQuestion.vue'
import NumericQuestion from './NumericQuestion.vue'
import ShortQuestion from './ShortQuestion.vue'
import OrderingQuestion from './OrderingQuestion.vue'
import MatchingQuestion from './MatchingQuestion.vue'

/** The input component for each question type; a type without one is a compile error. */
export const questionComponents: Record<QuestionType, Component> = {
  single: SingleQuestion,
  multiple: MultipleQuestion,
  truefalse: TrueFalseQuestion,
  numeric: NumericQuestion,
  short: ShortQuestion,
  ordering: OrderingQuestion,
  matching: MatchingQuestion,
}

/** How each type is named to students and teachers. */
export const typeLabels: Record<QuestionType, string> = {
  single: 'single choice',
  multiple: 'multiple choice',
  truefalse: 'true/false',
  numeric: 'number',
  short: 'short answer',
  ordering: 'ordering',
  matching: 'matching',
}
