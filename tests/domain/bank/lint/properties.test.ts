import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bankSchema, type Bank, type Question } from '../../../../src/domain/bank/index.ts'
import { LINT_RULE_IDS, lintBank } from '../../../../src/domain/bank/lint/index.ts'
import { words } from '../../../../src/domain/bank/lint/text.ts'
import { EVIDENCE, passage } from './helpers.ts'

// Words of the article plus the ones rules look for, so generated banks do trip the rules.
const vocabulary = [
  ...new Set(words(passage.paragraphs.join(' '))),
  'Not',
  'not',
  'EXCEPT',
  'All of the above',
  'None of these',
  '2015',
  'three',
  'Moscow’s',
  'Vladimir Putin',
  'Sochi',
  'before',
  'after',
  'visits',
  '',
  'ß',
  '"',
]
const phrase = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 })
  .map((ws) => ws.join(' ').trim())
  .filter((p) => p.length > 0)
const options = (min: number) => fc.uniqueArray(phrase, { minLength: min, maxLength: 5 })
const base = {
  prompt: phrase,
  evidence: fc.oneof(
    fc.constantFrom(...Object.values(EVIDENCE)),
    fc.uniqueArray(fc.constantFrom(...Object.values(EVIDENCE)), { minLength: 1, maxLength: 3 }),
  ),
}

const question: fc.Arbitrary<Omit<Question, 'id'>> = fc.oneof(
  fc
    .record({ ...base, type: fc.constant('single' as const), choices: options(2) })
    .chain((q) => fc.constantFrom(...q.choices).map((answer) => ({ ...q, answer }))),
  fc
    .record({ ...base, type: fc.constant('multiple' as const), choices: options(2) })
    .chain((q) => fc.subarray(q.choices, { minLength: 1 }).map((answers) => ({ ...q, answers }))),
  fc.record({ ...base, type: fc.constant('truefalse' as const), answer: fc.boolean() }),
  fc.record({
    ...base,
    type: fc.constant('numeric' as const),
    answer: fc.oneof(
      fc.integer({ min: -5, max: 2100 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
    unit: fc.option(fc.constantFrom('visits', 'years', 'km'), { nil: undefined }),
  }),
  fc.record({ ...base, type: fc.constant('short' as const), accepted: options(1) }),
  fc.record({ ...base, type: fc.constant('ordering' as const), items: options(2) }),
  fc
    .record({
      ...base,
      type: fc.constant('matching' as const),
      lefts: options(2),
      rights: options(2),
    })
    .map(({ lefts, rights, ...q }) => ({
      ...q,
      pairs: lefts.map((left, i) => ({ left, right: rights[i % rights.length]! })),
    })),
)

const bank = fc
  .record({
    title: phrase,
    description: fc.option(phrase, { nil: undefined }),
    questions: fc.array(question, { minLength: 1, maxLength: 8 }),
  })
  .map(({ questions, ...set }): Bank =>
    bankSchema.parse({
      schemaVersion: 2,
      id: 'mini/generated',
      passage: 'mini',
      passMark: 0.5,
      ...set,
      questions: questions.map((q, i) => ({ ...q, id: `g${i}` })),
    }),
  )

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
    root,
  )
}

describe('lintBank on any valid bank', () => {
  it('points every warning, and every related place, at something in the bank', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const { warnings, allowed } = lintBank(b, passage)
        expect(allowed).toEqual([])
        for (const w of warnings) {
          expect(LINT_RULE_IDS).toContain(w.rule)
          expect(w.message.length).toBeGreaterThan(20)
          expect(valueAt(b, w.path)).toBeDefined()
          if (w.related) expect(valueAt(b, w.related.path)).toBeDefined()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('shows nothing once every question allows every rule, and counts all of it', () => {
    fc.assert(
      fc.property(bank, (b) => {
        const before = lintBank(b, passage)
        const lint = { allow: [...LINT_RULE_IDS], why: 'Generated.' }
        const allowing = { ...b, questions: b.questions.map((q) => ({ ...q, lint })) }
        const after = lintBank(allowing, passage)
        // Only set-level warnings (outside any question) cannot be allowed.
        const setLevel = before.warnings.filter((w) => typeof w.path[1] !== 'number')
        expect(after.warnings.filter((w) => w.rule !== 'key-position')).toEqual(
          setLevel.filter((w) => w.rule !== 'key-position'),
        )
        expect(after.warnings.filter((w) => w.rule === 'key-position')).toEqual([])
        expect(after.allowed.length).toBeGreaterThanOrEqual(
          before.warnings.length - setLevel.length,
        )
      }),
      { numRuns: 200 },
    )
  })
})
