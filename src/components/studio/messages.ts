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

/**
 * A message as a sentence: the checks write some to follow the field's name ("must not be empty",
 * "has no evidence, …"), others as an instruction ("Choose the right answer"); beside a field and in
 * the lists at the top, every one starts as a sentence does.
 */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The id of a field's message paragraph, for aria-describedby. */
export function messageId(field: string): string {
  return `${fieldId(field)}-msg`
}

const NO_MESSAGES: FieldMessages = { errors: [], warnings: [] }

/**
 * What ties an input to the messages of its fields, as WCAG 3.3.1 asks: `aria-invalid` while any
 * of them has an error, and `aria-describedby` naming the `hints` and each field's messages shown.
 */
export function fieldAria(
  messages: EditorMessages | null,
  fields: readonly string[],
  hints: readonly string[] = [],
): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  const notes = fields.map((field) => ({ field, ...(messages?.at(field) ?? NO_MESSAGES) }))
  const shown = notes.filter((n) => n.errors.length || n.warnings.length)
  return {
    'aria-invalid': notes.some((n) => n.errors.length > 0) || undefined,
    'aria-describedby': [...hints, ...shown.map((n) => messageId(n.field))].join(' ') || undefined,
  }
}
