import { nextTick } from 'vue'
import { fieldId } from './messages.ts'

/** Alt+↑/↓ in an item moves it, as in the quiz's ordering question; returns the target index. */
export function moveKeyTarget(e: KeyboardEvent, index: number): number | null {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return null
  e.preventDefault()
  return e.key === 'ArrowUp' ? index - 1 : index + 1
}

/** Puts focus on a field once the DOM shows it (after a move, an add, a remove). */
export function focusField(field: string): void {
  void nextTick(() => document.getElementById(fieldId(field))?.focus())
}
