import type { Catalog } from '../domain/bank/catalog.ts'
import type { Bank, Passage } from '../domain/bank/schema.ts'

/**
 * Stands in for `virtual:passage-banks` in the SCORM player (see scripts/scorm-player.ts): the
 * page carries its one set itself and bundles none of the shipped banks.
 */
export const catalog: Catalog = { passages: [], sets: [], failures: [] }
export const banks: Record<string, () => Promise<{ default: Bank }>> = {}
export const passages: Record<string, () => Promise<{ default: Passage }>> = {}
