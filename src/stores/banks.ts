import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { loadLibrary, type Library, type SourceFile } from '../domain/bank/index.ts'
import type { Bank, Passage } from '../domain/bank/schema.ts'
import { shippedFiles } from './shipped.ts'

/** The teacher's own articles and sets, checked (stores/yours.ts loads them from the browser). */
export interface YourBanks {
  passages: Record<string, Passage>
  banks: Bank[]
}

export { shippedFiles }

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
    // Own keys only: an id such as "constructor" must not find Object's.
    const { passages } = library.value
    if (Object.hasOwn(passages, id)) return passages[id]
    return Object.hasOwn(yours.value.passages, id) ? yours.value.passages[id] : undefined
  }
  function bank(id: string) {
    return (
      library.value.banks.find((b) => b.bank.id === id)?.bank ??
      yours.value.banks.find((b) => b.id === id)
    )
  }
  /** Whether a set or article id is the teacher's own rather than shipped. */
  function isYours(id: string) {
    return Object.hasOwn(yours.value.passages, id) || yours.value.banks.some((b) => b.id === id)
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
