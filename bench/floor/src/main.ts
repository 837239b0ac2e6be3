// The floor: the least a Vue + Pinia + vue-router app can ship to show one question.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHashHistory } from 'vue-router'
import App from './App.vue'
import QuestionView from './QuestionView.vue'

const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', component: QuestionView }],
})

createApp(App).use(createPinia()).use(router).mount('#app')
