import { watchEffect } from 'vue'
import { storeToRefs } from 'pinia'
import { useSettingsStore } from '../stores/settings.ts'

/**
 * Applies the display settings to the page before its first paint: `data-theme` on <html> (none
 * for "system"), and the text size as the root font size, which every rem on the page follows.
 */
export function useThemeSetting() {
  const { theme, textSize } = storeToRefs(useSettingsStore())
  watchEffect(() => {
    const root = document.documentElement
    if (theme.value === 'system') delete root.dataset.theme
    else root.dataset.theme = theme.value
    root.style.fontSize = textSize.value === 100 ? '' : `${textSize.value}%`
  })
}
