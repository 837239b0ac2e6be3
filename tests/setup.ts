import { afterEach, beforeEach } from 'vitest'
import { getActivePinia, getStores, setActivePinia } from 'pinia'

// Like pinia's own suite: no test inherits a store from the one before it, and a test that
// forgets to create a pinia fails loudly instead of sharing state.
beforeEach(() => {
  setActivePinia(undefined)
  localStorage.clear()
})

// Disposing the stores stops their timers and storage listeners, so nothing a test started can
// write into the next test's storage.
afterEach(() => {
  const pinia = getActivePinia()
  if (pinia) for (const store of getStores(pinia)) store.$dispose()
})
