/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The shipped banks, checked at build time by scripts/vite-banks.ts. */
declare module 'virtual:passage-banks' {
  import type { Catalog } from './src/domain/bank/catalog.ts'
  import type { Bank, Passage } from './src/domain/bank/schema.ts'

  export const catalog: Catalog
  /** One lazy chunk per set, by bank id. */
  export const banks: Record<string, () => Promise<{ default: Bank }>>
  /** One lazy chunk per article, by passage id. */
  export const passages: Record<string, () => Promise<{ default: Passage }>>
}

/** The SCORM player page, built and inlined by scripts/scorm-player.ts. */
declare module 'virtual:scorm-player' {
  const html: string
  export default html
}
