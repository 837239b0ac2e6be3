import { watchEffect } from 'vue'
import { useShownSettings } from './shown-settings.ts'

/**
 * Applies the display settings to the page before its first paint: `data-theme` on <html> (none
 * for "system"), and the text size as the root font size, which every rem on the page follows.
 */
export function useThemeSetting() {
  const shown = useShownSettings()
  watchEffect(() => {
    const { theme, textSize } = shown.value
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
    root.style.fontSize = textSize === 100 ? '' : `${textSize}%`
    // The early theme's colour scheme for the browser's own page: the app's styles set it now.
    root.style.colorScheme = ''
  })
}
