/**
 * How hard the fuzz properties push. `npm test` runs each a few hundred to a few thousand times;
 * `npm run fuzz` (vitest.fuzz.config.ts) multiplies every count by PASSAGE_FUZZ_SCALE.
 */
const scale = Math.max(1, Number(process.env.PASSAGE_FUZZ_SCALE ?? 1) || 1)

/** `n` runs in `npm test`, `n × scale` under `npm run fuzz`. */
export function runs(n: number): number {
  return Math.round(n * scale)
}

/** A test timeout that grows with the number of runs. */
export function timeout(ms: number): number {
  return Math.round(ms * scale)
}

/** fast-check parameters for a property: the runs, and a seed printed on failure to replay it. */
export function params(n: number): { numRuns: number } {
  return { numRuns: runs(n) }
}
