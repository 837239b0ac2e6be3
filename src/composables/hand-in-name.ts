import { ref } from 'vue'

/**
 * The display name a student typed to hand results in, kept for this tab only so the results
 * page and the progress page share it. It is never stored: Passage keeps no name of its own.
 */
export const handInName = ref('')
