import { describe, expect, it } from 'vitest'
import { loadLibrary } from '../../../src/domain/bank/library.ts'
import {
  ALL_FIELDS,
  BIG,
  BIG_COUNT,
  hostileBank,
  hostilePassage,
  bigBank,
  LONG_PROMPT_CHARS,
  PAYLOADS,
} from '../../fixtures/hostile.ts'

describe('the hostile banks the browser tests build', () => {
  const json = (v: unknown) => JSON.stringify(v, null, 2)
  const library = loadLibrary([
    { file: 'questions/hostile/passage.json', text: json(hostilePassage) },
    { file: 'questions/hostile/all-fields.json', text: json(hostileBank) },
    { file: 'questions/hostile/big.json', text: json(bigBank()) },
  ])

  it('are valid, so they reach the app', () => {
    expect(library.failures).toEqual([])
    expect(library.banks.map((b) => b.bank.id)).toEqual([ALL_FIELDS, BIG])
  })

  it('carry every payload and the sizes the tests rely on', () => {
    const text = json(hostileBank)
    for (const payload of PAYLOADS) expect(text).toContain(JSON.stringify(payload).slice(1, -1))
    const big = library.banks.find((b) => b.bank.id === BIG)!.bank
    expect(big.questions).toHaveLength(BIG_COUNT)
    expect(big.questions[0]!.prompt).toHaveLength(LONG_PROMPT_CHARS)
  })
})
