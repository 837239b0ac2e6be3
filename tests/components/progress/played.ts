/**
 * Finished quizzes on a shipped bank, played through the real quiz domain at fixed times, and a
 * way to mount any route of the app over the real stores — so the progress, attempt and settings
 * pages are tested on what recording a quiz actually stores.
 */
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import type { Bank, Question } from '../../../src/domain/bank/schema.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import {
  claimRight,
  setResponse,
  startRetry,
  submitAnswer,
} from '../../../src/domain/quiz/answer.ts'
import { finish } from '../../../src/domain/quiz/finish.ts'
import { rightResponse } from '../../fixtures/responses.ts'
import { next, skip } from '../../../src/domain/quiz/navigate.ts'
import type { QuizMode } from '../../../src/domain/quiz/options.ts'
import { createSession, currentId, type QuizSession } from '../../../src/domain/quiz/session.ts'
import { prepareRoutes, routes } from '../../../src/router/index.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { catalogOf } from '../../../src/domain/bank/catalog.ts'
import { loadLibrary, type Library } from '../../../src/domain/bank/library.ts'
import { readQuestionFiles } from '../../../scripts/vite-banks.ts'
import { resolve } from 'node:path'
import { eventually } from '../../fixtures/eventually.ts'

export const SET_ID = 'assad-sochi-2018/who-said-what'
const FROZEN_SET = '../../fixtures/progress/who-said-what.frozen.json'
/** 18 May 2024, 09:00 UTC. */
export const T0 = Date.UTC(2024, 4, 18, 9, 0, 0)
export const DAY = 86_400_000
/** Seconds each question takes in `played`. */
export const SECONDS = 10

/**
 * "Who said what" as the banks store loads it in these tests: a frozen copy of the set as it was
 * shipped in 2026 (18 questions), so revising the real banks never changes these tests' numbers.
 */
export function shippedBank(): Bank {
  const bank = testLibrary().banks.find((b) => b.bank.id === SET_ID)?.bank
  if (!bank) throw new Error(`${SET_ID} is not shipped any more`)
  return bank
}

let library: Library | undefined
/** The shipped banks as the build checks them, with "Who said what" frozen (see above). */
function testLibrary(): Library {
  if (library) return library
  const file = `questions/${SET_ID}.json`
  const { files } = readQuestionFiles(resolve('questions'))
  library = loadLibrary([
    ...files.filter((f) => f.file !== file),
    { file, text: readFileSync(resolve(import.meta.dirname, FROZEN_SET), 'utf8') },
  ])
  if (library.failures.length) throw new Error(JSON.stringify(library.failures[0]))
  return library
}

/** The question `qid` of `bank`. */
export function questionOf(bank: Bank, qid: string): Question {
  const q = bank.questions.find((x) => x.id === qid)
  if (!q) throw new Error(`${bank.id} has no question ${qid}`)
  return q
}

/** A wrong response, for the types the tests get wrong on purpose. */
export function wrongResponse(q: Question): AnyResponse {
  switch (q.type) {
    case 'single':
      return q.choices.find((c) => c !== q.answer) ?? ''
    case 'truefalse':
      return !q.answer
    case 'short':
      return 'something else entirely'
    default:
      throw new Error(`The tests answer only single and true/false questions wrong, not ${q.id}`)
  }
}

export interface Play {
  mode: QuizMode
  /** Milliseconds after T0. */
  start?: number
  /** Answered wrong (and, in practice, left wrong). */
  wrong?: readonly string[]
  /** Practice only: wrong first, then right on the second try. */
  retried?: readonly string[]
  /** Practice only, single choice of 3 or more: wrong on both tries. */
  retriedWrong?: readonly string[]
  /** Practice only, short answers: refused, then "I was right". */
  claimed?: readonly string[]
  /** Passed over without an answer (not the last question): in practice, skipped. */
  unanswered?: readonly string[]
  /** Test only: handed in after this many questions, the rest never reached. */
  handedInAfter?: number
  /**
   * Practice only: the time ran out on the question after this many (answered or skipped), before
   * it was answered; the rest never reached.
   */
  ranOutAfter?: number
  /** Only these questions, in bank order: a quiz of part of the set (a retry of the missed ones). */
  only?: readonly string[]
  /** The questions in a shuffled order (the same for the same mode and start). */
  shuffled?: boolean
  /** Answered at once, in 0.3 s instead of SECONDS. */
  quick?: readonly string[]
}

/** A finished quiz over `bank` (or its `only` questions) in bank order unless shuffled, SECONDS per question, the rest right. */
export function played(
  bank: Bank,
  {
    mode,
    start = 0,
    wrong = [],
    retried = [],
    retriedWrong = [],
    claimed = [],
    unanswered = [],
    only,
    shuffled = false,
    handedInAfter,
    ranOutAfter,
    quick = [],
  }: Play,
): QuizSession {
  let s = createSession(
    bank,
    {
      mode,
      shuffleQuestions: shuffled,
      shuffleChoices: true, // as every quiz the app starts
      ...(only ? { questionIds: [...only] } : {}),
    },
    `seed-${mode}-${start}`,
    new Date(T0 + start),
  )
  let t = T0 + start
  const submit = (session: QuizSession, r: AnyResponse) => {
    const qid = currentId(session)
    const out = submitAnswer(setResponse(session, qid, r), bank, new Date(t), 'en')
    if (out.message) throw new Error(`${qid}: ${out.message}`)
    return out.session
  }
  while (s.status === 'active') {
    const q = questionOf(bank, currentId(s))
    t += quick.includes(q.id) ? 300 : SECONDS * 1000
    if (s.index === ranOutAfter) return finish(s, bank, new Date(t), 'timeout', 'en')
    if (unanswered.includes(q.id)) {
      // Left as it is: a test moves on without an answer.
    } else if (retried.includes(q.id)) {
      s = submit(startRetry(submit(s, wrongResponse(q)), bank), rightResponse(q))
    } else if (retriedWrong.includes(q.id)) {
      if (q.type !== 'single') throw new Error(`${q.id}: only single choice is wrong twice`)
      const [first, second] = q.choices.filter((c) => c !== q.answer)
      s = submit(startRetry(submit(s, first!), bank), second!)
    } else if (claimed.includes(q.id)) {
      s = claimRight(submit(s, wrongResponse(q)), bank)
    } else {
      s = submit(s, wrong.includes(q.id) ? wrongResponse(q) : rightResponse(q))
    }
    if (mode === 'test' && (s.index === s.order.length - 1 || s.index + 1 === handedInAfter)) {
      return finish(s, bank, new Date(t), 'submitted', 'en')
    }
    // Practice moves on from a question left as it is with Skip (Next would come back to it).
    s =
      mode === 'practice' && unanswered.includes(q.id) ? skip(s, new Date(t)) : next(s, new Date(t))
  }
  return s
}

/** A fresh pinia, active, like a page load in a new tab. */
export function freshPinia(): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  const shipped = testLibrary()
  useBanksStore().replace(shipped, catalogOf(shipped))
  return pinia
}

/** Mounts the app's router view over `pinia` at `path`, as the app renders that route. */
export async function mountRoute(path: string, pinia: Pinia) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  prepareRoutes(router)
  await router.push(path)
  const App = defineComponent({ render: () => h(RouterView) })
  const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await settle()
  return { wrapper, router }
}

/** Lets lazy-loaded views and any navigation finish. */
export async function settle() {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Waits for a navigation (a lazy view can take a while to load the first time) to land. */
export async function landedOn(router: Router, name: string) {
  await eventually(() => expect(router.currentRoute.value.name).toBe(name))
  await settle()
}
