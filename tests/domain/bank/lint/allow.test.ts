import { describe, expect, it } from 'vitest'
import { formatIssue, loadLibrary } from '../../../../src/domain/bank/index.ts'
import { lintBank } from '../../../../src/domain/bank/lint/index.ts'
import {
  bank,
  json,
  lineOf,
  PASSAGE_FILE,
  BANK_FILE,
  single as fixture,
} from '../../../fixtures/banks.ts'
import { passage as fixturePassage } from '../../../fixtures/banks.ts'
import { bankOf, passage, single, truefalse } from './helpers.ts'

const copied =
  'Assad said: stability is improving, and all that opens the doors to the political process.'
const why = 'The question asks who said this quotation, so it must quote it.'

describe('lint.allow', () => {
  it('moves an allowed warning out of the list and counts it', () => {
    const allowed = truefalse(copied, true, { lint: { allow: ['verbatim-prompt'], why } })
    const report = lintBank(
      bankOf([
        allowed,
        truefalse(
          'He visited Moscow in October 2015, soon after Russia launched its military operation.',
          true,
        ),
      ]),
      passage,
    )
    expect(report.warnings.map((w) => [w.rule, w.path])).toEqual([
      ['verbatim-prompt', ['questions', 1, 'prompt']],
    ])
    expect(report.allowed.map((w) => [w.rule, w.path])).toEqual([
      ['verbatim-prompt', ['questions', 0, 'prompt']],
    ])
  })

  it('silences only the rules it lists', () => {
    const q = truefalse(`${copied} It was not easy.`, true, {
      lint: { allow: ['verbatim-prompt'], why },
    })
    const report = lintBank(bankOf([q]), passage)
    expect(report.warnings.map((w) => w.rule)).toEqual(['unemphasised-negative'])
    expect(report.allowed.map((w) => w.rule)).toEqual(['verbatim-prompt'])
  })

  it('lets a question with choices in a natural order leave the key-position count, still counted', () => {
    const where = (prompt: string, extra = {}) =>
      single(prompt, ['Sochi', 'Moscow', 'Damascus'], 'Sochi', extra)
    const natural = single('When?', ['2011', '2015', '2018'], '2011', {
      lint: { allow: ['key-position'], why: 'Years read best in order.' },
    })
    const report = lintBank(
      bankOf([where('Where did Assad fly?'), where('Which city hosted the talks?'), natural]),
      passage,
    )
    expect(report.warnings).toEqual([])
    expect(report.allowed.map((w) => [w.rule, w.path])).toEqual([
      ['key-position', ['questions', 2]],
    ])
  })

  const file = (lint: unknown) =>
    json({ ...bank({ schemaVersion: 2 }), questions: [{ ...fixture, lint }] })
  const problems = (text: string) =>
    loadLibrary([
      { file: PASSAGE_FILE, text: json(fixturePassage()) },
      { file: BANK_FILE, text },
    ]).failures.flatMap((f) => f.issues.map(formatIssue))

  it('accepts a known rule with a reason', () => {
    expect(problems(file({ allow: ['giveaway', 'key-position'], why }))).toEqual([])
  })

  it('refuses an unknown rule id and names the known ones', () => {
    const text = file({ allow: ['giveaways'], why })
    expect(problems(text)).toEqual([
      `${BANK_FILE}:${lineOf(text, '"giveaways"')}:11 questions[0].lint.allow[0]: “giveaways” is not a lint rule: use one of giveaway, key-position, longest-option, all-none-of-the-above, unemphasised-negative, evidence-incomplete, evidence-missing, verbatim-prompt, implausible-distractor, near-duplicate-options, duplicate-question, explanation-echo`,
    ])
  })

  it.each([
    ['a missing why', { allow: ['giveaway'] }, /lint\.why: is missing: say why/],
    ['an empty why', { allow: ['giveaway'], why: '   ' }, /lint\.why: must not be empty: say why/],
    ['an empty allow list', { allow: [], why }, /lint\.allow: needs at least 1 item/],
  ])('refuses %s', (_, lint, message) => {
    const found = problems(file(lint))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(message)
  })
})
