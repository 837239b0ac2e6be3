import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import {
  banks as shippedBanks,
  catalog as shippedCatalog,
  passages as shippedPassages,
} from 'virtual:passage-banks'
import type { Catalog } from '../domain/bank/catalog.ts'
import type { Library, SourceFile } from '../domain/bank/library.ts'
import type { Bank, Passage } from '../domain/bank/schema.ts'

type Loaders<T> = Record<string, () => Promise<T>>

const fromModules = <T>(modules: Record<string, () => Promise<{ default: T }>>): Loaders<T> =>
  Object.fromEntries(
    Object.entries(modules).map(([id, load]) => [id, () => load().then((m) => m.default)]),
  )

/**
 * The question sets and articles. The catalog (titles, counts, filters) is there at once; a
 * set's questions and an article's text arrive with `loadBank` / `loadPassage`, from chunks the
 * build checked (scripts/vite-banks.ts), so the first page carries neither them nor the validator.
 * Files a teacher loads (`load`) go through the validator, which is fetched then.
 */
export const useBanksStore = defineStore('banks', () => {
  const catalog = shallowRef<Catalog>(shippedCatalog)
  const banks = shallowRef<ReadonlyMap<string, Bank>>(new Map())
  const passages = shallowRef<ReadonlyMap<string, Passage>>(new Map())
  let bankLoaders: Loaders<Bank> = fromModules(shippedBanks)
  let passageLoaders: Loaders<Passage> = fromModules(shippedPassages)

  const articles = computed(() =>
    catalog.value.passages.map((passage) => ({
      passage,
      sets: catalog.value.sets.filter((set) => set.passage === passage.id),
    })),
  )
  const failures = computed(() => catalog.value.failures)
  /** Every set loaded so far, in the catalog's order (all of them after `loadAll`). */
  const loaded = computed(() => catalog.value.sets.flatMap((s) => banks.value.get(s.id) ?? []))

  /** A set's title, counts and filters (no questions), if the set exists. */
  function set(id: string) {
    return catalog.value.sets.find((s) => s.id === id)
  }
  /** An article's title, byline and link (no text), if it exists. */
  function article(id: string) {
    return catalog.value.passages.find((p) => p.id === id)
  }
  /** The whole set, once `loadBank` has brought it. */
  function bank(id: string) {
    return banks.value.get(id)
  }
  /** The whole article, once `loadPassage` (or `loadBank` of one of its sets) has brought it. */
  function passage(id: string) {
    return passages.value.get(id)
  }

  async function loadPassage(id: string): Promise<Passage | undefined> {
    const known = passages.value.get(id)
    const loader = passageLoaders[id]
    if (known || !loader) return known
    const loaders = passageLoaders
    const loaded = await loader()
    if (loaders !== passageLoaders) return passages.value.get(id)
    passages.value = new Map(passages.value).set(id, loaded)
    return loaded
  }

  /** Brings a set's questions and its article's text; undefined when there is no such set. */
  async function loadBank(id: string): Promise<Bank | undefined> {
    const loader = bankLoaders[id]
    const known = banks.value.get(id)
    if (!known && !loader) return undefined
    const loaders = bankLoaders
    const [loaded] = await Promise.all([
      known ?? loader!(),
      set(id) ? loadPassage(set(id)!.passage) : undefined,
    ])
    if (loaders !== bankLoaders) return banks.value.get(id)
    if (!known) banks.value = new Map(banks.value).set(id, loaded)
    return loaded
  }

  /**
   * Brings every set and article: for the pages that look across sets (review, the dashboard,
   * the classroom). Each is a small chunk of its own, fetched in parallel.
   */
  async function loadAll(): Promise<void> {
    await Promise.all([
      ...catalog.value.sets.map((s) => loadBank(s.id)),
      ...catalog.value.passages.map((p) => loadPassage(p.id)),
    ])
  }

  /** Replaces what is loaded with a library already checked, and its catalog. */
  function replace(library: Library, libraryCatalog: Catalog) {
    bankLoaders = {}
    passageLoaders = {}
    banks.value = new Map(library.banks.map((b) => [b.bank.id, b.bank]))
    passages.value = new Map(Object.entries(library.passages))
    catalog.value = libraryCatalog
  }

  /** Replaces what is loaded with files a teacher brings; the validator checks all of them. */
  async function load(files: readonly SourceFile[]): Promise<Library> {
    const [{ loadLibrary }, { catalogOf }] = await Promise.all([
      import('../domain/bank/library.ts'),
      import('../domain/bank/catalog.ts'),
    ])
    const library = loadLibrary(files)
    replace(library, catalogOf(library))
    return library
  }

  function $reset() {
    catalog.value = shippedCatalog
    banks.value = new Map()
    passages.value = new Map()
    bankLoaders = fromModules(shippedBanks)
    passageLoaders = fromModules(shippedPassages)
  }

  return {
    catalog,
    articles,
    failures,
    loaded,
    set,
    article,
    bank,
    passage,
    loadBank,
    loadPassage,
    loadAll,
    replace,
    load,
    $reset,
  }
})
