/** How editor fields find their messages: provided once by the editor view, read by each field. */
import type { InjectionKey } from 'vue'
import type { FieldMessage } from '../../domain/studio/validate.ts'

export interface FieldMessages {
  errors: FieldMessage[]
  warnings: FieldMessage[]
}

export interface EditorMessages {
  /** The errors (when they are to be shown yet) and warnings of one field. */
  at(field: string): FieldMessages
}

export const EDITOR_MESSAGES: InjectionKey<EditorMessages> = Symbol('editor-messages')

/** The DOM id of a field, from its bank path: `questions[2].choices[1]` → `f-questions-2-choices-1`. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`
}

/** The id of a field's message paragraph, for aria-describedby. */
export function messageId(field: string): string {
  return `${fieldId(field)}-msg`
}
