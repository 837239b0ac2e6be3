/** The update prompt's Reload: switch to the waiting version, or reload plainly when none waits. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const registerSW = vi.fn()
vi.mock('virtual:pwa-register', () => ({ registerSW }))

/** The browser's service worker container, as far as app-update.ts uses it. */
class FakeWorkers extends EventTarget {
  waiting: object | undefined = undefined
  getRegistration = vi.fn(() => Promise.resolve({ waiting: this.waiting }))
}

let workers: FakeWorkers
const reload = vi.fn()

beforeEach(() => {
  vi.resetModules()
  registerSW.mockReset()
  reload.mockReset()
  workers = new FakeWorkers()
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: workers }))
  vi.stubGlobal('location', { protocol: 'https:', reload })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

/** app-update.ts fresh, with the service worker registered and its update function returned. */
async function registered() {
  const update = vi.fn(() => Promise.resolve())
  registerSW.mockReturnValue(update)
  const mod = await import('../../src/composables/app-update.ts')
  await mod.startServiceWorker()
  return { mod, update }
}

describe('reloading to the new version', () => {
  it('registers the worker at once and shows the prompt when a new version waits', async () => {
    const { mod } = await registered()
    expect(registerSW).toHaveBeenCalledWith(expect.objectContaining({ immediate: true }))
    expect(mod.updateReady.value).toBe(false)
    registerSW.mock.calls[0]![0].onNeedRefresh()
    expect(mod.updateReady.value).toBe(true)
  })

  it('switches to the waiting version, and reloads once it has taken over', async () => {
    const { mod, update } = await registered()
    workers.waiting = {}
    await mod.reloadToUpdate()
    expect(update).toHaveBeenCalledWith(true)
    // Not before the new version is in charge: the page would load the old one again.
    expect(reload).not.toHaveBeenCalled()
    workers.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledTimes(1)
    // Once: a later change of worker does not reload the page under the student again.
    workers.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('reloads plainly when another tab has already switched and nothing waits', async () => {
    const { mod, update } = await registered()
    await mod.reloadToUpdate()
    expect(update).not.toHaveBeenCalled()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('reloads plainly where no worker was registered (a page opened from disk)', async () => {
    vi.stubGlobal('location', { protocol: 'file:', reload })
    const mod = await import('../../src/composables/app-update.ts')
    await mod.startServiceWorker()
    expect(registerSW).not.toHaveBeenCalled()
    await mod.reloadToUpdate()
    expect(reload).toHaveBeenCalledTimes(1)
  })
})
