import { watchEffect } from 'vue'

/** The app's name, last in every tab title. */
export const APP_NAME = 'Passage'

/** A tab title from the most specific part to the least, e.g. "Question 4 of 18 · Who said what · Passage". */
export function pageTitle(parts: readonly (string | undefined | null | false)[]): string {
  return [...parts, APP_NAME]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .join(' · ')
}

/**
 * Keeps the tab title in step with the page: browser history, bookmarks and screen readers (which
 * read the title on navigation) then say where the student is, not just "Passage".
 */
export function usePageTitle(parts: () => readonly (string | undefined | null | false)[]): void {
  watchEffect(() => {
    document.title = pageTitle(parts())
  })
}
