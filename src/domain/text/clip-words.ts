/**
 * A question's first words quoted in an import message, cut after a whole word. A module of its
 * own, apart from clip.ts: clip.ts is in the first page's chunk, and this is needed only once a
 * file is imported.
 */
import { clip } from './clip.ts'

/**
 * `text` cut to `max` characters as `clip` cuts it, but after the last whole word that fits
 * (“Describe what Assad said about…”, not “…about stabilit…”); a word of more than 15 characters
 * that does not fit, or a text with no space, is still cut inside.
 */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text
  // Of the first `max` characters one goes to the "…": a word ending at the last of them goes too.
  const kept = text.slice(0, max).replace(/(\S)\s+\S{0,15}$/, '$1')
  return kept.length < max ? `${kept}…` : clip(text, max)
}
