import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { installStudioGuard, studioRoutes } from './studio.ts'

// Hash history: the built site is plain static files that work from any folder, offline, with no
// server rewrite rules.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: () => import('../views/LibraryView.vue') },
  {
    path: '/read/:passageId',
    name: 'read',
    component: () => import('../views/PassageView.vue'),
    props: true,
  },
  {
    path: '/quiz/:passageId/:setSlug',
    name: 'quiz',
    component: () => import('../views/QuizView.vue'),
    props: true,
  },
  { path: '/progress', name: 'progress', component: () => import('../views/ProgressView.vue') },
  {
    path: '/progress/attempt/:attemptId',
    name: 'attempt',
    component: () => import('../views/AttemptView.vue'),
    props: true,
  },
  { path: '/review', name: 'review', component: () => import('../views/ReviewView.vue') },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('../views/DashboardView.vue'),
  },
  { path: '/settings', name: 'settings', component: () => import('../views/SettingsView.vue') },
  { path: '/classroom', name: 'classroom', component: () => import('../views/ClassroomView.vue') },
  {
    path: '/classroom/report',
    name: 'class-report',
    component: () => import('../views/ClassReportView.vue'),
  },
  {
    path: '/print/:passageId/:setSlug',
    name: 'print',
    component: () => import('../views/PrintView.vue'),
    props: true,
  },
  ...studioRoutes,
  {
    path: '/:missing(.*)*',
    name: 'not-found',
    component: () => import('../views/NotFoundView.vue'),
  },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

installStudioGuard(router)

// Move focus to the new page's heading so screen-reader users hear where they landed.
router.afterEach(() => {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('main h1')?.focus()
  })
})
