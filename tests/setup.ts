import { beforeEach } from 'vitest'
import { setActivePinia } from 'pinia'

// Like pinia's own suite: no test inherits a store from the one before it, and a test that
// forgets to create a pinia fails loudly instead of sharing state.
beforeEach(() => {
  setActivePinia(undefined)
  localStorage.clear()
})
