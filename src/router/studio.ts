/**
 * The teachers' studio pages (lazy chunks) and a guard that loads the teacher's own sets from the
 * browser before a page that names one of them, so a link to one of your sets works straight
 * after a reload. The loading code is itself a lazy chunk (`yours-guard.ts`), which a shipped set's
 * quiz and the list pages do not wait for.
 */
import type { RouteLocationNormalized, Router, RouteRecordRaw } from 'vue-router'
import { useBanksStore } from '../stores/banks.ts'
import { noteChunkError } from '../composables/stale-build.ts'
import { afterPaint } from '../composables/after-first-page.ts'

const setEditor = () => import('../views/SetEditorView.vue')
const param = (to: RouteLocationNormalized, name: string) => String(to.params[name] ?? '')

/** A shipped set's questions and its article's text, for the editor and the share page. */
function prepareSet(to: RouteLocationNormalized) {
  return useBanksStore().loadBank(`${param(to, 'passageId')}/${param(to, 'setSlug')}`)
}
/** A shipped article's text, to pick evidence from. */
async function prepareArticle(to: RouteLocationNormalized) {
  if (to.params.passageId) await useBanksStore().loadPassage(param(to, 'passageId'))
}
/** Every shipped set and article: a shared set may be about any of them, or be one of them. */
function prepareAll() {
  return useBanksStore().loadAll()
}
const articleEditor = () => import('../views/ArticleEditorView.vue')

export const studioRoutes: RouteRecordRaw[] = [
  { path: '/studio', name: 'studio', component: () => import('../views/StudioView.vue') },
  {
    path: '/studio/new/:passageId?',
    name: 'studio-new',
    component: setEditor,
    props: true,
    meta: { prepare: prepareArticle },
  },
  {
    path: '/studio/edit/:passageId/:setSlug',
    name: 'studio-edit',
    component: setEditor,
    props: true,
    meta: { prepare: prepareSet },
  },
  { path: '/studio/article/new', name: 'studio-article-new', component: articleEditor },
  {
    path: '/studio/import',
    name: 'studio-import',
    component: () => import('../views/ImportView.vue'),
  },
  {
    path: '/studio/share/:passageId/:setSlug',
    name: 'studio-share',
    component: () => import('../views/ShareView.vue'),
    props: true,
    meta: { prepare: prepareSet },
  },
  {
    path: '/shared/:payload',
    name: 'shared',
    component: () => import('../views/SharedView.vue'),
    props: true,
    meta: { prepare: prepareAll },
  },
  {
    path: '/studio/article/:passageId',
    name: 'studio-article',
    component: articleEditor,
    props: true,
  },
]

/** Pages that show the teacher's own sets beside the shipped ones. */
const NEEDS_YOURS =
  /^(library|read|quiz|print|progress|attempt|review|dashboard|classroom|class-report|studio.*|shared)$/
/**
 * Pages that wait for them: one set or article (unless it is shipped), and the pages that count or
 * list across every set (the review queue, the classroom's exports and report, the learner's
 * progress and attempts), which would otherwise open without the teacher's sets after a reload or
 * from a bookmark: Progress named a set of theirs “no longer in your library” until they came.
 */
const WAITS =
  /^(quiz|read|print|progress|attempt|review|dashboard|classroom|class-report|studio.*|shared)$/

/** A quiz or worksheet of a shipped set, or a shipped article: nothing of the teacher's needed. */
function opensShipped(to: RouteLocationNormalized): boolean {
  const banks = useBanksStore()
  if (to.name === 'quiz' || to.name === 'print')
    return !!banks.set(`${param(to, 'passageId')}/${param(to, 'setSlug')}`)
  if (to.name === 'read') return !!banks.article(param(to, 'passageId'))
  return false
}

export function installStudioGuard(router: Router): void {
  const load = () => import('./yours-guard.ts').then((m) => m.loadYours())
  router.beforeResolve((to) => {
    if (typeof to.name !== 'string' || !NEEDS_YOURS.test(to.name)) return
    if (WAITS.test(to.name) && !opensShipped(to)) return load()
    // Lists fill the teacher's sets in when they arrive; a shipped quiz opens without them: their
    // code and the browser's database are fetched once the page is drawn, never before its first
    // question.
    const drawn = router.afterEach(() => {
      drawn()
      afterPaint(() => void load().catch(noteChunkError))
    })
  })
}
