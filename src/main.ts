import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router/index.ts'
import { routerReady } from './router/ready.ts'
import { noteChunkError, watchForStaleBuild } from './composables/stale-build.ts'
import { applyBaseStyles } from './styles/base.ts'

applyBaseStyles()
// Listen before the router starts, so no hash change is missed.
const ready = routerReady(router)
watchForStaleBuild(router)
const app = createApp(App).use(createPinia()).use(router)
// A lazy component whose chunk is gone (a new deploy) asks for a reload instead of failing quietly.
app.config.errorHandler = (error) => {
  if (!noteChunkError(error)) console.error(error)
}
app.mount('#app')
// Tests and tools wait for this mark instead of guessing when the first page is on screen.
void ready
  .catch(() => undefined)
  .then(() => document.documentElement.setAttribute('data-ready', ''))
