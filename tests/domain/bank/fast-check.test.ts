import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isTidyValidBank } from '../../../src/domain/bank/fast-check.ts'
import { bankSchema } from '../../../src/domain/bank/schema.ts'
import { benchBank } from '../../bench/generate.ts'

/** Text that is sometimes empty, padded or odd, so the check meets what the schema refuses. */
const text = fc.oneof(
  fc.constantFrom('Sochi', 'a', ' padded ', '', '\t', 'x\n', 'Two words'),
  fc.string({ maxLength: 6 }),
)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const anyValue = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))

const question = fc.record(
  {
    id: fc.constantFrom('q1', 'Q_2', '-bad', '', 'q 3'),
    type: fc.constantFrom(
      'single',
      'multiple',
      'truefalse',
      'numeric',
      'short',
      'ordering',
      'matching',
      'essay',
    ),
    prompt: text,
    evidence: fc.oneof(text, fc.array(text, { maxLength: 3 })),
    explanation: maybe(text),
    tags: maybe(fc.array(text, { maxLength: 2 })),
    difficulty: maybe(fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double())),
    lint: maybe(
      fc.record({
        allow: fc.array(fc.constantFrom('giveaway', 'key-position', 'nope'), { maxLength: 2 }),
        why: text,
      }),
    ),
    choices: maybe(fc.array(text, { maxLength: 4 })),
    answer: maybe(anyValue),
    answers: maybe(fc.array(text, { maxLength: 3 })),
    tolerance: maybe(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -2, max: 2 }))),
    unit: maybe(text),
    accepted: maybe(fc.array(text, { maxLength: 3 })),
    exact: maybe(anyValue),
    items: maybe(fc.array(text, { maxLength: 3 })),
    pairs: maybe(fc.array(fc.record({ left: text, right: text }), { maxLength: 3 })),
    extra: maybe(anyValue),
  },
  { requiredKeys: ['id', 'type', 'prompt', 'evidence'] },
)

const bank = fc.record(
  {
    $schema: maybe(fc.oneof(fc.string(), fc.integer())),
    schemaVersion: fc.constantFrom(1, 2, 3, '2'),
    id: fc.constantFrom('article/set', 'Article/set', 'article'),
    title: text,
    passage: fc.constantFrom('article', 'Article', ''),
    description: maybe(text),
    passMark: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant(0.7)),
    questions: fc.array(question, { maxLength: 3 }),
    extra: maybe(anyValue),
  },
  { requiredKeys: ['schemaVersion', 'id', 'title', 'passage', 'passMark', 'questions'] },
)

/** The object as JSON.parse would give it (no undefined members). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('isTidyValidBank', () => {
  it('never says yes to a bank the schema refuses or would change', () => {
    fc.assert(
      fc.property(bank, (generated) => {
        const raw = asJson(generated)
        if (!isTidyValidBank(raw)) return
        const result = bankSchema.safeParse(raw)
        expect(result.success).toBe(true)
        expect(result.data).toEqual(raw)
      }),
      { numRuns: 3000 },
    )
  })

  it('says yes to a generated valid bank (the fast path is taken)', () => {
    const raw = asJson(benchBank(50))
    expect(bankSchema.safeParse(raw).success).toBe(true)
    expect(isTidyValidBank(raw)).toBe(true)
  })

  type Spoilable = { title: string; questions: Record<string, unknown>[] }
  it.each([
    ['padded text', (b: Spoilable) => (b.title = ` ${b.title}`)],
    ['an unknown key', (b: Spoilable) => (b.questions[0]!.extra = 1)],
    [
      'an inherited-looking key',
      (b: Spoilable) => (b.questions[0] = JSON.parse('{"__proto__": 1}')),
    ],
    ['a question without its type', (b: Spoilable) => delete b.questions[0]!.type],
  ])('leaves %s to the schema', (_, spoil) => {
    const raw = asJson(benchBank(3)) as Spoilable
    spoil(raw)
    expect(isTidyValidBank(raw)).toBe(false)
  })
})
