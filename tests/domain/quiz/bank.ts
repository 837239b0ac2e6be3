/** A small bank with one question of every type, built inline so each test reads on its own. */
import type { Bank, Question } from '../../../src/domain/bank/schema.ts'

const evidence = 'Assad told Putin.'

export const questions = {
  who: {
    id: 'who',
    type: 'single',
    prompt: 'Who said stability is improving?',
    evidence,
    choices: ['Assad', 'Putin', 'Peskov'],
    answer: 'Assad',
    tags: ['quotes'],
    difficulty: 1,
  },
  critics: {
    id: 'critics',
    type: 'multiple',
    prompt: 'Who criticised Russia?',
    evidence,
    choices: ['United States', 'European states', 'Syria', 'Iran'],
    answers: ['United States', 'European states', 'Iran'],
    tags: ['facts'],
    difficulty: 3,
  },
  announced: {
    id: 'announced',
    type: 'truefalse',
    prompt: 'The meeting was announced in advance.',
    evidence,
    answer: false,
    tags: ['facts'],
    difficulty: 2,
  },
  year: {
    id: 'year',
    type: 'numeric',
    prompt: 'In which year did Russia enter the conflict?',
    evidence,
    answer: 2015,
    tags: ['facts', 'dates'],
  },
  spokesman: {
    id: 'spokesman',
    type: 'short',
    prompt: 'Who is the Kremlin spokesman?',
    evidence,
    accepted: ['Dmitry Peskov', 'Peskov'],
    tags: ['quotes'],
    difficulty: 2,
  },
  visits: {
    id: 'visits',
    type: 'ordering',
    prompt: "Put Assad's visits in order.",
    evidence,
    items: ['Moscow', 'Sochi', 'Sochi'],
    difficulty: 4,
  },
  quotes: {
    id: 'quotes',
    type: 'matching',
    prompt: 'Who said what?',
    evidence,
    pairs: [
      { left: 'quote A', right: 'Assad' },
      { left: 'quote B', right: 'Putin' },
    ],
    tags: ['quotes'],
  },
} satisfies Record<string, Question>

/** The bank, optionally with only some of the questions, in the order given. */
export function quizBank(
  ids: (keyof typeof questions)[] = Object.keys(questions) as (keyof typeof questions)[],
  passMark = 0.7,
): Bank {
  return {
    schemaVersion: 1,
    id: 'assad-sochi-2018/quiz-tests',
    title: 'Quiz tests',
    passage: 'assad-sochi-2018',
    passMark,
    questions: ids.map((id) => questions[id]),
  }
}

/** Right answers for the sample questions, as the widgets would set them. */
export const right = {
  who: 'Assad',
  critics: ['United States', 'European states', 'Iran'],
  announced: false,
  year: '2,015',
  spokesman: 'peskov',
  visits: ['Moscow', 'Sochi', 'Sochi'],
  quotes: { 'quote A': 'Assad', 'quote B': 'Putin' },
}

/** Wrong but submittable answers. */
export const wrong = {
  who: 'Putin',
  critics: ['Syria'],
  announced: true,
  year: '2014',
  spokesman: 'Putin',
  visits: ['Sochi', 'Sochi', 'Moscow'],
  quotes: { 'quote A': 'Putin', 'quote B': 'Assad' },
}

const T0 = Date.UTC(2024, 4, 18, 9, 0, 0)

/** A fixed moment, `ms` milliseconds after the tests' epoch. */
export const at = (ms = 0): Date => new Date(T0 + ms)

/** Freezes a value and everything inside it, so an action that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
