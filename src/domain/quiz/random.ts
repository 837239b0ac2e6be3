/**
 * Seeded randomness. The same seed always gives the same quiz, so a saved session can rebuild its
 * order, a teacher can share a seed, and tests are exact. Written by hand (cyrb128 → sfc32, both
 * public domain by bryc) because Math.random cannot be seeded and the domain must not call it.
 */

/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number

/** Hashes a string to four 32-bit words, the state sfc32 needs. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

/** A generator of numbers in [0, 1) determined entirely by `seed`. */
export function createRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(seed)
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // Similar seeds ("s1", "s2") start from similar states; a few rounds mix them apart.
  for (let i = 0; i < 15; i++) next()
  return next
}

/** An index in [0, n), safe even if a source returns exactly 1. */
function pick(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n))
}

/** A shuffled copy of `items` (Fisher–Yates); the input is left untouched. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(random, i + 1)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/**
 * A shuffled copy of `items` in which no item stays where it was (Sattolo's algorithm: one cycle
 * through every position), for two items or more; the input is left untouched.
 */
export function derange<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(random, i)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

const SEED_LENGTH = 8
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A short base-36 seed from a random source; the app passes Math.random from outside the domain. */
export function newSeed(random: Random): string {
  let seed = ''
  for (let i = 0; i < SEED_LENGTH; i++) seed += ALPHABET[pick(random, ALPHABET.length)]
  return seed
}
