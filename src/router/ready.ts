import type { Router } from 'vue-router'

/**
 * Resolves once the router has finished its first navigation and the page shows what the address
 * bar asks for. vue-router listens for hash changes only after that first navigation, and then
 * writes its own target back into the address bar: a hash set meanwhile (a bookmarklet, a script,
 * a quick click) would be lost and the page would stay on the library. The last such hash wins.
 */
export async function routerReady(router: Router, target: Window = window): Promise<void> {
  let early: string | null = null
  const remember = () => {
    early = target.location.hash
  }
  // Both: a browser fires popstate as the hash changes and hashchange in a later task, which may
  // come only after the first navigation has finished and written its own target back.
  target.addEventListener('popstate', remember)
  target.addEventListener('hashchange', remember)
  try {
    await router.isReady()
  } finally {
    target.removeEventListener('popstate', remember)
    target.removeEventListener('hashchange', remember)
  }
  if (early === null) return
  const path = (early as string).replace(/^#/, '') || '/'
  if (path !== router.currentRoute.value.fullPath) await router.replace(path)
}
