import type { Component } from 'vue'
import type { QuestionType } from '../../../domain/bank/schema.ts'
import ChoicesForm from './ChoicesForm.vue'
import TrueFalseForm from './TrueFalseForm.vue'
import NumericForm from './NumericForm.vue'
import ShortForm from './ShortForm.vue'
import OrderingForm from './OrderingForm.vue'
import MatchingForm from './MatchingForm.vue'

/** The answer form of each question type; a type without one is a compile error. */
export const answerForms: Record<QuestionType, Component> = {
  single: ChoicesForm,
  multiple: ChoicesForm,
  truefalse: TrueFalseForm,
  numeric: NumericForm,
  short: ShortForm,
  ordering: OrderingForm,
  matching: MatchingForm,
}
