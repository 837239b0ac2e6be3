import {
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type Router,
  type RouteRecordRaw,
} from 'vue-router'
import { useBanksStore } from '../stores/banks.ts'
import { mayHaveActiveQuiz } from '../composables/storage/active-quiz.ts'
import { loadedPlay, loadPlay } from '../components/quiz/play-loader.ts'
// The page a student's link opens is part of the first chunk, not a lazy one: its first question is
// then drawn in the same task as the app, with no wait for a chunk in between (about 20 ms sooner
// in `npm run bench`). Every first visit fetched it anyway. The quiz itself (runner, store,
// results) stays lazy (play-loader.ts).
import QuizView from '../views/QuizView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Fetches what the page shows before it opens, so it renders whole and focus lands. */
    prepare?: (to: RouteLocationNormalized) => Promise<unknown>
  }
}

const param = (to: RouteLocationNormalized, name: string) => String(to.params[name] ?? '')

/** The article's text. */
function prepareArticle(to: RouteLocationNormalized) {
  return useBanksStore().loadPassage(param(to, 'passageId'))
}

/** The quiz chunk and the set's questions when there is a quiz to resume or one ran already. */
async function prepareQuiz(to: RouteLocationNormalized) {
  const bankId = `${param(to, 'passageId')}/${param(to, 'setSlug')}`
  // `?results`: the results of the quiz this tab finished last (QuizView.vue), after a reload.
  if (loadedPlay() || mayHaveActiveQuiz(bankId, to.query.results !== undefined)) {
    await Promise.all([loadPlay(), useBanksStore().loadBank(bankId)])
  }
}

/** Every set the student has played, for their titles, questions and topics. */
async function preparePlayed() {
  const { useProgressStore } = await import('../stores/progress.ts')
  const banks = useBanksStore()
  await Promise.all(useProgressStore().sets.map((s) => banks.loadBank(s.setId)))
}

/** Every set and article: the pages that look across sets (review, the classroom). */
function prepareAll() {
  return useBanksStore().loadAll()
}

/** One set and its article, for a worksheet. */
function prepareSet(to: RouteLocationNormalized) {
  return useBanksStore().loadBank(`${param(to, 'passageId')}/${param(to, 'setSlug')}`)
}
import { installStudioGuard, studioRoutes } from './studio.ts'
import { focusHeadingOnNewPage } from './heading-focus.ts'
import { scrollBehavior } from './scroll.ts'

// Hash history: the built site is plain static files that work from any folder, offline, with no
// server rewrite rules.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'library', component: () => import('../views/LibraryView.vue') },
  {
    path: '/read/:passageId',
    name: 'read',
    component: () => import('../views/PassageView.vue'),
    props: true,
    meta: { prepare: prepareArticle },
  },
  {
    path: '/quiz/:passageId/:setSlug',
    name: 'quiz',
    component: QuizView,
    props: true,
    meta: { prepare: prepareQuiz },
  },
  {
    path: '/progress',
    name: 'progress',
    component: () => import('../views/ProgressView.vue'),
    meta: { prepare: preparePlayed },
  },
  {
    path: '/progress/attempt/:attemptId',
    name: 'attempt',
    component: () => import('../views/AttemptView.vue'),
    props: true,
    meta: { prepare: preparePlayed },
  },
  {
    path: '/review',
    name: 'review',
    component: () => import('../views/ReviewView.vue'),
    meta: { prepare: prepareAll },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('../views/DashboardView.vue'),
    meta: { prepare: prepareAll },
  },
  { path: '/settings', name: 'settings', component: () => import('../views/SettingsView.vue') },
  {
    path: '/classroom',
    name: 'classroom',
    component: () => import('../views/ClassroomView.vue'),
    meta: { prepare: prepareAll },
  },
  {
    path: '/classroom/report',
    name: 'class-report',
    component: () => import('../views/ClassReportView.vue'),
    meta: { prepare: prepareAll },
  },
  {
    path: '/print/:passageId/:setSlug',
    name: 'print',
    component: () => import('../views/PrintView.vue'),
    props: true,
    meta: { prepare: prepareSet },
  },
  ...studioRoutes,
  {
    path: '/:missing(.*)*',
    name: 'not-found',
    component: () => import('../views/NotFoundView.vue'),
  },
]

/** Runs each page's `meta.prepare` before it opens (also when only its params change). */
export function prepareRoutes(router: Router): void {
  router.beforeResolve(async (to) => {
    await to.meta.prepare?.(to)
  })
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
  scrollBehavior,
})
// The teacher's own sets first: a page's `prepare` may need one of them.
installStudioGuard(router)
prepareRoutes(router)

focusHeadingOnNewPage(router)
