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

/**
 * After ↑ or ↓ beside an item was pressed: focus stays on that button of the item moved, now
 * at `field` (on the other one when it reached the end of the list), so pressing again moves it
 * on. Without this a quote's row, moved in the DOM, took the keyboard's focus to the page.
 */
export function focusMoveButton(field: string, up: boolean): void {
  void nextTick(() => {
    const row = document.getElementById(fieldId(field))?.closest('li')
    const [upButton, downButton] =
      row?.querySelectorAll<HTMLButtonElement>('.item-buttons button') ?? []
    const same = up ? upButton : downButton
    const other = up ? downButton : upButton
    const target = [same, other].find((b) => b && !b.disabled)
    ;(target ?? row)?.focus()
  })
}
