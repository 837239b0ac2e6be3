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

// Names live apart from the components, so a page can name types without loading every input.
export { typeLabels } from '../../domain/bank/type-names.ts'
