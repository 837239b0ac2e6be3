import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { loadLibrary, type Library, type SourceFile } from '../domain/bank/index.ts'
import { shippedFiles } from './shipped.ts'

export { shippedFiles }

export const useBanksStore = defineStore('banks', () => {
  const library = shallowRef<Library>(loadLibrary(shippedFiles()))

  const articles = computed(() =>
    Object.values(library.value.passages).map((passage) => ({
      passage,
      sets: library.value.banks.map((b) => b.bank).filter((bank) => bank.passage === passage.id),
    })),
  )
  const failures = computed(() => library.value.failures)

  function passage(id: string) {
    // Own keys only: an id such as "constructor" must not find Object's.
    const { passages } = library.value
    return Object.hasOwn(passages, id) ? passages[id] : undefined
  }
  function bank(id: string) {
    return library.value.banks.find((b) => b.bank.id === id)?.bank
  }
  /** Replaces what is loaded, e.g. with banks a teacher imports; the domain re-validates all. */
  function load(files: readonly SourceFile[]) {
    library.value = loadLibrary(files)
  }
  function $reset() {
    library.value = loadLibrary(shippedFiles())
  }

  return { library, articles, failures, passage, bank, load, $reset }
})
