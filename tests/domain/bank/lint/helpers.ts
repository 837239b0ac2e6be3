/** A small article and question builders for the lint tables: every bank here is valid. */
import { expect } from 'vitest'
import {
  bankSchema,
  checkBank,
  formatPath,
  type Bank,
  type Passage,
  type Question,
} from '../../../../src/domain/bank/index.ts'
import { lintBank, type LintRuleId } from '../../../../src/domain/bank/lint/index.ts'

export const passage: Passage = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Assad Flies to Russia for Talks With Putin',
  date: '2018-05-18',
  paragraphs: [
    'Assad flew to Sochi on Thursday for talks with Putin. The meeting had not been announced in advance.',
    'Fighting broke out in Syria in 2011. Russia entered the conflict in 2015 and turned the tide in Assad’s favor.',
    'Assad thanked the Russian military for its support. Putin praised the Syrian military for its successes on the battlefield.',
    'Kremlin spokesman Dmitry Peskov said the meeting took place on Thursday.',
    '"Stability is improving, and all that opens the doors to the political process, which we started a while ago," Assad told Putin.',
    'Assad has made three visits to Russia. He visited Moscow in October 2015, soon after Russia launched its military operation.',
  ],
}

/** Evidence sentences, copied from the passage above. */
export const EVIDENCE = {
  sochi: 'Assad flew to Sochi on Thursday for talks with Putin.',
  fighting: 'Fighting broke out in Syria in 2011.',
  entry: 'Russia entered the conflict in 2015',
  thanked: 'Assad thanked the Russian military for its support.',
  praised: 'Putin praised the Syrian military for its successes on the battlefield.',
  peskov: 'Kremlin spokesman Dmitry Peskov said the meeting took place on Thursday.',
  stability: '"Stability is improving, and all that opens the doors to the political process',
  visits: 'Assad has made three visits to Russia.',
  moscow: 'He visited Moscow in October 2015, soon after Russia launched its military operation.',
}

let counter = 0
const nextId = () => `q${++counter}`

type Extra = Partial<Omit<Question, 'type'>> & Record<string, unknown>

export function single(prompt: string, choices: string[], answer: string, extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'single',
    prompt,
    choices,
    answer,
    evidence: EVIDENCE.sochi,
    ...extra,
  } as Question
}

export function multiple(prompt: string, choices: string[], answers: string[], extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'multiple',
    prompt,
    choices,
    answers,
    evidence: EVIDENCE.sochi,
    ...extra,
  } as Question
}

export function short(prompt: string, accepted: string[], extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'short',
    prompt,
    accepted,
    evidence: EVIDENCE.sochi,
    ...extra,
  } as Question
}

export function numeric(prompt: string, answer: number, extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'numeric',
    prompt,
    answer,
    evidence: EVIDENCE.visits,
    ...extra,
  } as Question
}

export function truefalse(prompt: string, answer: boolean, extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'truefalse',
    prompt,
    answer,
    evidence: EVIDENCE.sochi,
    ...extra,
  } as Question
}

export function ordering(prompt: string, items: string[], extra: Extra = {}) {
  return {
    id: nextId(),
    type: 'ordering',
    prompt,
    items,
    evidence: EVIDENCE.moscow,
    ...extra,
  } as Question
}

export function matching(prompt: string, pairs: [string, string][], extra: Extra = {}) {
  const asPairs = pairs.map(([left, right]) => ({ left, right }))
  return {
    id: nextId(),
    type: 'matching',
    prompt,
    pairs: asPairs,
    evidence: EVIDENCE.sochi,
    ...extra,
  } as Question
}

/** A valid bank around the questions; fails the test if the fixture itself is invalid. */
export function bankOf(questions: Question[], extra: Partial<Bank> = {}): Bank {
  const bank = bankSchema.parse({
    schemaVersion: 2,
    id: 'mini/set',
    title: 'A set',
    passage: 'mini',
    passMark: 0.7,
    ...extra,
    questions,
  })
  expect(checkBank(bank, passage)).toEqual([])
  return bank
}

/** The rule's warnings for a bank, as `path → related path: message` lines. */
export function warningsOf(rule: LintRuleId, bank: Bank) {
  return lintBank(bank, passage)
    .warnings.filter((w) => w.rule === rule)
    .map((w) => ({
      path: formatPath(w.path),
      related: w.related && formatPath(w.related.path),
      message: w.message,
    }))
}

/** A table case: questions (and set fields) and the paths the rule must report, [] for none. */
export interface Case {
  name: string
  questions: Question[]
  set?: Partial<Bank>
  expected: (string | { path: string; related?: string; message?: RegExp })[]
}

/** Asserts the rule reports exactly the expected paths (and related places, and messages). */
export function expectCase(rule: LintRuleId, { questions, set, expected }: Case) {
  const found = warningsOf(rule, bankOf(questions, set))
  const wanted = expected.map((e) => (typeof e === 'string' ? { path: e } : e))
  expect(
    found.map((f) => f.path),
    found.map((f) => `${f.path}: ${f.message}`).join('\n'),
  ).toEqual(wanted.map((w) => w.path))
  wanted.forEach((w, i) => {
    if (w.related) expect(found[i]!.related).toBe(w.related)
    if (w.message) expect(found[i]!.message).toMatch(w.message)
  })
}
