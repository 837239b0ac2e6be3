import { onScopeDispose } from 'vue'

/**
 * Defers what would move the page while a mouse button (or a tap's) is down until the press is
 * over and its click has gone out. An error revealed as a field is left appears above the button
 * that left it: pressed, the button moved down under the pointer, the release landed beside it,
 * and the click a teacher made on “Add a question” or “Add option” did nothing.
 */
export function useAfterPress(): (run: () => void) => void {
  let pressed = false
  const waiting: (() => void)[] = []
  const flush = () => {
    for (const run of waiting.splice(0)) run()
  }
  const press = () => {
    pressed = true
  }
  // The click is dispatched after the release, in the same task: what waits runs after it.
  const release = (e: Event) => {
    // A field's blur passes through the window too; only the window's own ends the press.
    if (!pressed || (e.type === 'blur' && e.target !== window)) return
    pressed = false
    setTimeout(flush)
  }
  const options = { capture: true, passive: true }
  // A press dragged away, or ended in another window, ends too.
  const ends = ['mouseup', 'dragend', 'blur'] as const
  window.addEventListener('mousedown', press, options)
  for (const end of ends) window.addEventListener(end, release, options)
  onScopeDispose(() => {
    window.removeEventListener('mousedown', press, options)
    for (const end of ends) window.removeEventListener(end, release, options)
    flush()
  })
  return (run) => {
    if (pressed) waiting.push(run)
    else run()
  }
}
