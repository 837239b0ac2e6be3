import { afterAll, afterEach, beforeEach } from 'vitest'
import { getActivePinia, getStores, setActivePinia } from 'pinia'
import { guardPrototypes, prototypeKeys } from './fixtures/prototype-guard.ts'

/** The Node project (domain, CLI, most fuzz tests) has no DOM, no storage and uses no store. */
const withDom = typeof window !== 'undefined'

// Like pinia's own suite: no test inherits a store from the one before it, and a test that
// forgets to create a pinia fails loudly instead of sharing state.
beforeEach(() => {
  setActivePinia(undefined)
  if (withDom) localStorage.clear()
})

// Disposing the stores stops their timers and storage listeners, so nothing a test started can
// write into the next test's storage. (Outside a browser, pinia reports asking for its instance
// as a server-side mistake: the Node project has no stores to dispose.)
afterEach(() => {
  const pinia = withDom ? getActivePinia() : undefined
  if (pinia) for (const store of getStores(pinia)) store.$dispose()
})

// A key written onto Object.prototype or Array.prototype fails the test that wrote it, and is
// removed: left there, it broke every later file of the worker inside vite, zod or ajv instead.
// The keys are taken as this file starts, before the test file is imported.
const prototypesAtStart = prototypeKeys()
afterEach(() => guardPrototypes(prototypesAtStart))
afterAll(() => guardPrototypes(prototypesAtStart))
