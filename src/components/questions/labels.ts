import type { QuestionType } from '../../domain/bank/schema.ts'

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
