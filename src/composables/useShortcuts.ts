import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'

/**
 * A key ("1", "p", "Enter") and what it does; letters match either case. An action that returns
 * false leaves the key to the browser (e.g. Enter on a focused button).
 */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => boolean | void>

/** True when the key press belongs to what the student is typing, not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  // An option of an open customizable select (pages.css) has the focus: its keys pick a match.
  if (target.closest('select')) return true
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'range'].includes(target.type)
  }
  return false
}

/** Whether a select's list is open (`:open`, where the browser knows it; otherwise it is not). */
function isOpen(select: HTMLSelectElement): boolean {
  try {
    return select.matches(':open')
  } catch {
    return false
  }
}

/**
 * Single-key shortcuts on the whole page while the component is mounted. They never fire while
 * the student types in a text field, with a modifier held, or when `enabled` is false.
 */
export function useShortcuts(
  shortcuts: MaybeRefOrGetter<ShortcutMap>,
  enabled: MaybeRefOrGetter<boolean> = true,
) {
  function onKeydown(event: KeyboardEvent) {
    if (!toValue(enabled) || event.defaultPrevented) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    // Enter on a closed select answers nothing in the select itself, so the page may use it (check
    // the answer); on an open one it picks the option.
    const onSelect =
      event.key === 'Enter' && event.target instanceof HTMLSelectElement && !isOpen(event.target)
    if (isTyping(event.target) && !onSelect) return
    const map = toValue(shortcuts)
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
    const action = map[key]
    if (action && action(event) !== false) event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}

/**
 * The keys every question screen shares (a quiz, a review card): P shows or hides the article,
 * Enter checks the answer or goes on, as the form's main button would, and 1–9 pick the nth option
 * as a click would. A matching select is an answer like any other: Enter there checks it too.
 * `locked`: the answer can no longer change (its feedback is showing).
 */
export function questionKeys(
  root: () => HTMLElement | undefined,
  toggleArticle: () => void,
  locked: () => boolean,
): ShortcutMap {
  // On a phone the article is a modal sheet over the question, which is inert under it: a digit
  // there picked an answer out of sight, and Enter checked it with the verdict out of reach, so
  // focus fell to the page. The question's keys wait until the sheet is closed (P closes it).
  const covered = () => !!root()?.closest('[inert]')
  const map: ShortcutMap = {
    p: () => toggleArticle(),
    Enter: (event) => {
      // Buttons, links, folds and dialogs already do their own thing with Enter.
      const target = event.target as HTMLElement | null
      if (target?.closest?.('button, a, summary, dialog') || covered()) return false
      root()?.querySelector('form')?.requestSubmit()
    },
  }
  for (let n = 1; n <= 9; n++) {
    map[String(n)] = () => {
      if (locked() || covered()) return false
      const inputs = root()?.querySelectorAll<HTMLInputElement>(
        'fieldset.question input[type=radio], fieldset.question input[type=checkbox]',
      )
      const input = inputs?.[n - 1]
      if (input && !input.disabled) {
        input.click()
        input.focus()
      }
    }
  }
  return map
}
