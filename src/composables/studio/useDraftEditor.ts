/**
 * The editor's state for one set: the draft with undo/redo, errors after every change (the
 * incremental checker keeps this within a frame for hundreds of questions) and the lint's
 * warnings a moment after typing stops.
 */
import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import type { Passage } from '../../domain/bank/schema.ts'
import type { DraftSet } from '../../domain/studio/draft.ts'
import { record, redo, startHistory, undo, type History } from '../../domain/studio/history.ts'
import { createDraftChecker, type FieldMessage } from '../../domain/studio/validate.ts'
import { createLinter } from './linter.ts'

const LINT_DELAY_MS = 400
/** The teacher's locale decides how "4,000" is read in a number field, as a student's is. */
const locale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en'

export function useDraftEditor(initial: DraftSet, passage: Ref<Passage | undefined>) {
  const history = shallowRef<History<DraftSet>>(startHistory(initial))
  const draft = computed(() => history.value.present)
  /** The draft as last saved to the library (or loaded), to tell unsaved changes. */
  const saved = shallowRef<DraftSet>(initial)
  const checker = computed(() => (passage.value ? createDraftChecker(passage.value, locale) : null))
  const check = computed(() => checker.value?.(draft.value) ?? null)
  const errors = computed(() => check.value?.errors ?? [])
  const warnings = shallowRef<FieldMessage[]>([])
  const linter = createLinter()
  let timer: ReturnType<typeof setTimeout> | undefined

  watch(
    check,
    (c) => {
      clearTimeout(timer)
      const lintable = c?.lintable
      const p = passage.value
      if (!lintable || !p) {
        warnings.value = []
        return
      }
      timer = setTimeout(() => {
        void linter.lint(lintable, p).then((w) => {
          if (w) warnings.value = w
        })
      }, LINT_DELAY_MS)
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    clearTimeout(timer)
    linter.dispose()
  })

  /** Applies a change; `group` names the field being typed into, so typing is one undo step. */
  function change(fn: (d: DraftSet) => DraftSet, group: string | null = null) {
    history.value = record(history.value, fn(history.value.present), group, performance.now())
  }
  /** Starts over from `next` (a restored draft, a reset); undo history is cleared. */
  function reset(next: DraftSet, asSaved = false) {
    history.value = startHistory(next)
    if (asSaved) saved.value = next
  }

  return {
    draft,
    errors,
    warnings,
    bank: computed(() => check.value?.bank ?? null),
    questions: computed(() => check.value?.questions ?? []),
    canUndo: computed(() => history.value.past.length > 0),
    canRedo: computed(() => history.value.future.length > 0),
    dirty: computed(() => draft.value !== saved.value),
    change,
    reset,
    markSaved: () => (saved.value = draft.value),
    undo: () => (history.value = undo(history.value)),
    redo: () => (history.value = redo(history.value)),
  }
}

export type DraftEditor = ReturnType<typeof useDraftEditor>
