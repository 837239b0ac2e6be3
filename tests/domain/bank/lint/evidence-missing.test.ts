import { describe, it } from 'vitest'
import { EVIDENCE, expectCase, single, type Case } from './helpers.ts'

const withoutEvidence = () => {
  const q = single('Where did Assad fly?', ['Sochi', 'Moscow'], 'Sochi')
  delete (q as { evidence?: unknown }).evidence
  return q
}

const cases: Case[] = [
  {
    name: 'reports a question with no evidence at its evidence field',
    questions: [withoutEvidence()],
    expected: [{ path: 'questions[0].evidence', message: /pick the sentence/ }],
  },
  {
    name: 'is quiet when a quote or a list of quotes is given',
    questions: [
      single('Where did Assad fly?', ['Sochi', 'Moscow'], 'Sochi'),
      single('Who praised the Syrian military?', ['Putin', 'Peskov'], 'Putin', {
        evidence: [EVIDENCE.praised],
      }),
    ],
    expected: [],
  },
]

describe('evidence-missing', () => {
  for (const c of cases) it(c.name, () => expectCase('evidence-missing', c))
})
