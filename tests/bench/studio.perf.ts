/**
 * Issue 12's budget: the editor checks a 200-question set after each keystroke within one frame
 * (16 ms). The checker re-validates only the question that changed (its cache is keyed by the
 * question object), then the set-wide checks. `npm run bench`.
 */
import { expect, it } from 'vitest'
import { draftOf, type DraftSet } from '../../src/domain/studio/draft.ts'
import { createDraftChecker } from '../../src/domain/studio/validate.ts'
import { benchBank, benchPassage, percentile } from './generate.ts'
import { report } from './report.ts'

it('checks a 200-question draft after one keystroke within a frame', () => {
  const check = createDraftChecker(benchPassage)
  let draft: DraftSet = draftOf({ ...benchBank(200), schemaVersion: 2 })
  const cold = performance.now()
  expect(check(draft).errors).toEqual([])
  const first = performance.now() - cold
  const samples: number[] = []
  for (let i = 0; i < 60; i++) {
    const at = (i * 37) % 200
    const q = draft.questions[at]!
    draft = {
      ...draft,
      questions: draft.questions.map((x, k) => (k === at ? { ...q, prompt: `${q.prompt}!` } : x)),
    }
    const t = performance.now()
    check(draft)
    samples.push(performance.now() - t)
  }
  const p50 = percentile(samples, 50)
  const p95 = percentile(samples, 95)
  report('Studio: checking a 200-question draft', [
    ['first check (cold)', `${first.toFixed(1)} ms`, 'opening the editor'],
    ['after one keystroke, median', `${p50.toFixed(2)} ms`, 'budget 16 ms (one frame)'],
    ['after one keystroke, p95', `${p95.toFixed(2)} ms`, ''],
  ])
  expect(p50).toBeLessThan(16)
})
