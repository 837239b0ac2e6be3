import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { loadLibrary, type Library, type SourceFile } from '../domain/bank/index.ts'
import type { Bank, Passage } from '../domain/bank/schema.ts'

/** The teacher's own articles and sets, checked (stores/yours.ts loads them from the browser). */
export interface YourBanks {
  passages: Record<string, Passage>
  banks: Bank[]
}

// The one loader of shipped banks: every JSON file under questions/, bundled at build time as
// text so the same domain code validates it (with line numbers) in the app and in the CLI.
const shipped = import.meta.glob<string>('../../questions/**/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The shipped bank files as `questions/…` paths with their text. */
export function shippedFiles(): SourceFile[] {
  return Object.entries(shipped).map(([path, text]) => ({
    file: path.replace(/^(\.\.\/)+/, ''),
    text,
  }))
}

export const useBanksStore = defineStore('banks', () => {
  const library = shallowRef<Library>(loadLibrary(shippedFiles()))
  const yours = shallowRef<YourBanks>({ passages: {}, banks: [] })

  // Shipped first, then the teacher's own: their sets under shipped articles, then their articles.
  const articles = computed(() => {
    const banks = [...library.value.banks.map((b) => b.bank), ...yours.value.banks]
    return [...Object.values(library.value.passages), ...Object.values(yours.value.passages)].map(
      (passage) => ({ passage, sets: banks.filter((bank) => bank.passage === passage.id) }),
    )
  })
  const failures = computed(() => library.value.failures)

  function passage(id: string) {
    return library.value.passages[id] ?? yours.value.passages[id]
  }
  function bank(id: string) {
    return (
      library.value.banks.find((b) => b.bank.id === id)?.bank ??
      yours.value.banks.find((b) => b.id === id)
    )
  }
  /** Whether a set or article id is the teacher's own rather than shipped. */
  function isYours(id: string) {
    return id in yours.value.passages || yours.value.banks.some((b) => b.id === id)
  }
  function setYours(next: YourBanks) {
    yours.value = next
  }
  /** Replaces what is loaded, e.g. with banks a teacher imports; the domain re-validates all. */
  function load(files: readonly SourceFile[]) {
    library.value = loadLibrary(files)
  }
  function $reset() {
    library.value = loadLibrary(shippedFiles())
    yours.value = { passages: {}, banks: [] }
  }

  return { library, yours, articles, failures, passage, bank, isYours, setYours, load, $reset }
})
