import { useYoursStore } from '../stores/yours.ts'

/** Loads the teacher's own sets and articles from the browser (once; later calls share it). */
export function loadYours(): Promise<void> {
  return useYoursStore().load()
}
