/**
 * Issue benchmark: time from submitting an answer to its feedback being on screen, in a
 * 10 000-question bank, against rendering a static <p> in the same run. Run with `npm run bench`.
 */
import { defineComponent, h, nextTick, ref } from 'vue'
import { it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizRunner from '../../src/components/quiz/QuizRunner.vue'
import { useBanksStore } from '../../src/stores/banks.ts'
import { useQuizStore } from '../../src/stores/quiz.ts'
import { graders } from '../../src/domain/grading/registry.ts'
import { rightResponse } from '../fixtures/responses.ts'
import { benchBank, benchPassage, percentile } from './generate.ts'
import { report } from './report.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { serialize } from '../../src/domain/progress/migrate.ts'
import { simulateHistory } from '../../src/domain/progress/simulate.ts'
import { useProgressStore } from '../../src/stores/progress.ts'

const QUESTIONS = 10_000
const RUNS = 300

it('submit → feedback rendered, against a static <p>', async () => {
  // A student with a history of 100 000 answers: the progress store loads it at start.
  localStorage.setItem(STORAGE_KEYS.progress, serialize(simulateHistory(100_000, 1_000, 'bench')))
  setActivePinia(createPinia())
  if (useProgressStore().attemptCount < 6_000) throw new Error('history did not load')
  const bank = benchBank(QUESTIONS)
  const bankText = JSON.stringify(bank)
  const passageText = JSON.stringify(benchPassage)

  // Loading: full validation with locations vs a bare JSON.parse of the same text.
  const parseStart = performance.now()
  JSON.parse(bankText)
  const parseMs = performance.now() - parseStart
  const banks = useBanksStore()
  const loadStart = performance.now()
  await banks.load([
    { file: 'questions/bench/passage.json', text: passageText },
    { file: 'questions/bench/big.json', text: bankText },
  ])
  const loadMs = performance.now() - loadStart
  if (banks.failures.length) throw new Error(JSON.stringify(banks.failures[0]?.issues.slice(0, 3)))

  const quiz = useQuizStore()
  const startStart = performance.now()
  quiz.start(
    'bench/big',
    { mode: 'practice', shuffleQuestions: true, shuffleChoices: true },
    'bench',
  )
  const startMs = performance.now() - startStart

  const wrapper = mount(QuizRunner, { attachTo: document.body })
  await nextTick()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    quiz.respond(rightResponse(quiz.current!))
    await nextTick()
    const t = performance.now()
    await wrapper.get('form').trigger('submit')
    await nextTick()
    if (!wrapper.find('.feedback').exists()) throw new Error('feedback did not render')
    samples.push(performance.now() - t)
    quiz.advance()
    await nextTick()
  }
  wrapper.unmount()

  const text = ref('')
  const Static = defineComponent(() => () => h('p', text.value))
  const base = mount(Static, { attachTo: document.body })
  const baseline: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    text.value = `static ${i}`
    await nextTick()
    if (base.text() !== `static ${i}`) throw new Error('baseline did not render')
    baseline.push(performance.now() - t)
  }
  base.unmount()

  const p50 = percentile(samples, 50)
  const p95 = percentile(samples, 95)
  const b50 = percentile(baseline, 50)
  const b95 = percentile(baseline, 95)
  report('quiz feedback (happy-dom, 10 000-question bank, history of 100 000 answers)', [
    [
      'load + validate 10 000 questions',
      `${loadMs.toFixed(0)} ms`,
      `${(loadMs / parseMs).toFixed(1)}× JSON.parse (${parseMs.toFixed(1)} ms)`,
    ],
    ['start a quiz over 10 000 questions', `${startMs.toFixed(1)} ms`, ''],
    [
      'submit → feedback p50',
      `${p50.toFixed(2)} ms`,
      `${(p50 / b50).toFixed(1)}× static <p> (${b50.toFixed(3)} ms)`,
    ],
    [
      'submit → feedback p95',
      `${p95.toFixed(2)} ms`,
      `${(p95 / b95).toFixed(1)}× static <p> (${b95.toFixed(3)} ms); goal < 16 ms`,
    ],
    ['graders registered', String(Object.keys(graders).length), ''],
  ])
}, 120_000)
