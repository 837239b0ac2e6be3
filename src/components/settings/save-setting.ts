import { useSettingsStore } from '../../stores/settings.ts'
import { useAnnouncer } from '../../composables/aria.ts'

/**
 * A settings form's save: runs `change` (a store setter) and says "Saved." — or that it is kept
 * for now only, or why a value was refused (nothing changes then).
 */
export function useSaveSetting(): (change: () => void) => void {
  const settings = useSettingsStore()
  const { announce } = useAnnouncer()
  return (change) => {
    try {
      change()
      announce(
        settings.persistence === 'saving'
          ? 'Saved.'
          : 'Changed for now, but not saved in this browser.',
      )
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error))
    }
  }
}
