import { describe, expect, it } from 'vitest'
import { blankDraft, blankQuestion } from '../../../src/domain/studio/draft.ts'
import { sentencesOf } from '../../../src/domain/studio/sentences.ts'
import { validateDraft } from '../../../src/domain/studio/validate.ts'
import { typeLabels } from '../../../src/domain/bank/type-names.ts'
import { shippedPassage } from './shipped.ts'

const SOCHI = sentencesOf(shippedPassage.paragraphs)[0]![0]!.text

function warningsFor(choices: [string, boolean][]) {
  const draft = {
    ...blankDraft(shippedPassage.id),
    slug: 'mine',
    title: 'Mine',
    questions: [
      {
        ...blankQuestion('single', 'k1', 'q1'),
        prompt: 'Where did Assad meet Putin?',
        evidence: [SOCHI],
        choices: choices.map(([text, correct]) => ({ text, correct })),
      },
    ],
  }
  return validateDraft(draft, shippedPassage).warnings.map((w) => w.message)
}

describe('the lint in the editor speaks the form’s words', () => {
  it('names the question type as the Type menu does, and says “wrong option”, not “distractor”', () => {
    const warnings = warningsFor([
      ['Sochi', false],
      ['Minsk', false],
      ['All of the above', true],
    ])
    const text = warnings.join('\n')
    expect(text).toContain(`make it a “${typeLabels.multiple}” question`)
    expect(text).toContain('once the options are shuffled')
    expect(text).toContain('much longer than any wrong option')
    expect(text).not.toMatch(/distractor|multiple answers|choices/)
  })
})
