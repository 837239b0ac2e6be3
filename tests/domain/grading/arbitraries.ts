/** fast-check generators for schema-valid questions of every type and responses of their shape. */
import fc from 'fast-check'
import type { Question, QuestionOf, QuestionType } from '../../../src/domain/bank/schema.ts'
import type { ResponseOf } from '../../../src/domain/grading/types.ts'

// A small vocabulary, so generated responses often hit the right answer or a real choice.
export const word = fc.constantFrom(
  'Assad',
  'Putin',
  'Peskov',
  'Sochi',
  'Moscow',
  'Syria',
  'Kremlin',
)
const texts = (min: number) => fc.uniqueArray(word, { minLength: min, maxLength: 6 })
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/)
const base = { prompt: fc.constant('Who said it?'), evidence: fc.constant('Assad told Putin.') }

const single = texts(2).chain((choices) =>
  fc.record({
    ...base,
    id,
    type: fc.constant('single' as const),
    choices: fc.constant(choices),
    answer: fc.constantFrom(...choices),
  }),
)
const multiple = texts(2).chain((choices) =>
  fc.record({
    ...base,
    id,
    type: fc.constant('multiple' as const),
    choices: fc.constant(choices),
    answers: fc.subarray(choices, { minLength: 1 }),
  }),
)
const truefalse = fc.record({
  ...base,
  id,
  type: fc.constant('truefalse' as const),
  answer: fc.boolean(),
})
const numeric = fc.record(
  {
    ...base,
    id,
    type: fc.constant('numeric' as const),
    answer: fc.oneof(
      fc.integer({ min: -5000, max: 5000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    ),
    tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
  },
  { requiredKeys: ['prompt', 'evidence', 'id', 'type', 'answer'] },
)
const short = fc.record({
  ...base,
  id,
  type: fc.constant('short' as const),
  accepted: fc.array(fc.oneof(word, fc.constant("Putin's"), fc.constant('Dmitry Peskov')), {
    minLength: 1,
    maxLength: 3,
  }),
})
// Items may repeat ("Sochi", "Sochi"), as in a real itinerary.
const ordering = fc.record({
  ...base,
  id,
  type: fc.constant('ordering' as const),
  items: fc.array(word, { minLength: 2, maxLength: 7 }),
})
const matching = fc.record({
  ...base,
  id,
  type: fc.constant('matching' as const),
  pairs: fc.uniqueArray(fc.record({ left: word, right: word }), {
    minLength: 2,
    maxLength: 5,
    selector: (p) => p.left,
  }),
})

/** A schema-valid question of the given type. */
export const questionOf: { [T in QuestionType]: fc.Arbitrary<QuestionOf<T>> } = {
  single,
  multiple,
  truefalse,
  numeric,
  short,
  ordering,
  matching,
}

/** Any schema-valid question. */
export const question: fc.Arbitrary<Question> = fc.oneof(...Object.values(questionOf))

const maybeWord = fc.oneof(word, fc.string())

/** A response of the type's shape: right, wrong, blank or junk. */
export const responseOf: { [T in QuestionType]: fc.Arbitrary<ResponseOf<T>> } = {
  single: fc.option(maybeWord, { nil: null }),
  multiple: fc.array(maybeWord, { maxLength: 8 }),
  truefalse: fc.option(fc.boolean(), { nil: null }),
  numeric: fc.oneof(
    fc.string(),
    fc.integer().map(String),
    fc.double({ noNaN: true }).map(String),
    fc.constantFrom('2,015', '2.015', '1,2,3', ' -3 ', '2,5', 'twenty', ''),
  ),
  short: fc.oneof(fc.string(), maybeWord),
  ordering: fc.array(maybeWord, { maxLength: 8 }),
  matching: fc.dictionary(word, fc.oneof(word, fc.constant(''))),
}

/** Locales students might have, including one Intl rejects. */
export const locale = fc.constantFrom(
  'en',
  'en-US',
  'de',
  'fr',
  'en-IN',
  'de-CH',
  'ar-EG',
  'not a locale!',
)

/** A question together with a response of its type's shape. */
export const answered: fc.Arbitrary<[Question, ResponseOf<QuestionType>]> = fc.oneof(
  fc.tuple(single, responseOf.single),
  fc.tuple(multiple, responseOf.multiple),
  fc.tuple(truefalse, responseOf.truefalse),
  fc.tuple(numeric, responseOf.numeric),
  fc.tuple(short, responseOf.short),
  fc.tuple(ordering, responseOf.ordering),
  fc.tuple(matching, responseOf.matching),
)
