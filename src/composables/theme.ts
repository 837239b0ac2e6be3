import { watchEffect } from 'vue'
import { storeToRefs } from 'pinia'
import { useSettingsStore } from '../stores/settings.ts'

/** Applies the theme setting to the page: `data-theme` on <html>, none for "system". */
export function useThemeSetting() {
  const { theme } = storeToRefs(useSettingsStore())
  watchEffect(() => {
    const root = document.documentElement
    if (theme.value === 'system') delete root.dataset.theme
    else root.dataset.theme = theme.value
  })
}
