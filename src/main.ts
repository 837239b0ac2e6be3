import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router/index.ts'
import { routerReady } from './router/ready.ts'
import './styles/main.css'

// Listen before the router starts, so no hash change is missed.
const ready = routerReady(router)
createApp(App).use(createPinia()).use(router).mount('#app')
// Tests and tools wait for this mark instead of guessing when the first page is on screen.
void ready
  .catch(() => undefined)
  .then(() => document.documentElement.setAttribute('data-ready', ''))
