/** Fetches the quiz chunk (play.ts) once; afterwards pages use it without waiting. */
type Play = typeof import('./play.ts')

let loaded: Play | undefined

/** The quiz chunk if this tab has fetched it already. */
export function loadedPlay(): Play | undefined {
  return loaded
}

/** The quiz chunk, fetched on first use. */
export async function loadPlay(): Promise<Play> {
  loaded ??= await import('./play.ts')
  return loaded
}
