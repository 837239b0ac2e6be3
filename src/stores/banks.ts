import { computed, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import {
  banks as shippedBanks,
  catalog as shippedCatalog,
  passages as shippedPassages,
} from 'virtual:passage-banks'
import type { Catalog, PassageMeta, SetMeta } from '../domain/bank/catalog.ts'
import type { Library, SourceFile } from '../domain/bank/library.ts'
import type { Bank, Passage } from '../domain/bank/schema.ts'

type Loaders<T> = Record<string, () => Promise<T>>

/** The teacher's own articles and sets, checked (stores/yours.ts loads them from the browser). */
export interface YourBanks {
  passages: Record<string, Passage>
  banks: Bank[]
  /** The same as the catalog shows them (worked out by the lazy yours store, not here). */
  articles: PassageMeta[]
  sets: SetMeta[]
}

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
  const yours = shallowRef<YourBanks>({ passages: {}, banks: [], articles: [], sets: [] })
  const yourSets = computed(() => yours.value.sets)
  const yourArticles = computed(() => yours.value.articles)

  // Shipped first, then the teacher's own: their sets under shipped articles, then their articles.
  const articles = computed(() => {
    const sets = [...catalog.value.sets, ...yourSets.value]
    return [...catalog.value.passages, ...yourArticles.value].map((passage) => ({
      passage,
      sets: sets.filter((set) => set.passage === passage.id),
    }))
  })
  const failures = computed(() => catalog.value.failures)
  /**
   * Every set loaded so far, in the catalog's order (all of them after `loadAll`), then the
   * teacher's own: the review asks their questions too.
   */
  const loaded = computed(() => [
    ...catalog.value.sets.flatMap((s) => banks.value.get(s.id) ?? []),
    ...yours.value.banks,
  ])

  /** A set's title, counts and filters (no questions), if the set exists. */
  function set(id: string) {
    return catalog.value.sets.find((s) => s.id === id) ?? yourSets.value.find((s) => s.id === id)
  }
  /** The titles of an article's sets, shipped and the teacher's, e.g. to name a copy apart. */
  function setTitles(passageId: string): Set<string> {
    return new Set(articles.value.find((a) => a.passage.id === passageId)?.sets.map((s) => s.title))
  }
  /** An article's title, byline and link (no text), if it exists. */
  function article(id: string) {
    return (
      catalog.value.passages.find((p) => p.id === id) ?? yourArticles.value.find((p) => p.id === id)
    )
  }
  /** The whole set, once `loadBank` has brought it. */
  function bank(id: string) {
    return banks.value.get(id) ?? yours.value.banks.find((b) => b.id === id)
  }
  /** The whole article, once `loadPassage` (or `loadBank` of one of its sets) has brought it. */
  function passage(id: string) {
    const own = yours.value.passages
    return passages.value.get(id) ?? (Object.hasOwn(own, id) ? own[id] : undefined)
  }
  /** Whether a set or article id is the teacher's own rather than shipped. */
  function isYours(id: string) {
    return Object.hasOwn(yours.value.passages, id) || yours.value.banks.some((b) => b.id === id)
  }
  function setYours(next: YourBanks) {
    yours.value = next
  }

  async function loadPassage(id: string): Promise<Passage | undefined> {
    const known = passage(id)
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
    const known = bank(id)
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
    yours.value = { passages: {}, banks: [], articles: [], sets: [] }
  }

  return {
    catalog,
    yours,
    articles,
    failures,
    loaded,
    set,
    setTitles,
    article,
    bank,
    passage,
    loadBank,
    loadPassage,
    loadAll,
    isYours,
    setYours,
    replace,
    load,
    $reset,
  }
})
