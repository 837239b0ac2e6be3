import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLinter } from '../../src/composables/studio/linter.ts'
import { lintMessages, type Lintable } from '../../src/domain/studio/validate.ts'
import type { Bank } from '../../src/domain/bank/schema.ts'
import { shippedBanks, shippedPassage } from '../domain/studio/shipped.ts'

/** A shipped set with its first question written twice: the lint warns about the copy. */
function setWithACopy(): Lintable {
  const bank = shippedBanks[0] as Bank
  const first = bank.questions[0]!
  const copy = { ...first, id: `${first.id}-copy` }
  const questions = [...bank.questions, copy]
  return { bank: { ...bank, questions }, indices: questions.map((_, i) => i) }
}

afterEach(() => vi.unstubAllGlobals())

describe('the editor lint without a worker (the portable file, old browsers)', () => {
  it('answers on the main thread with what the lint finds', async () => {
    vi.stubGlobal('Worker', undefined)
    const linter = createLinter()
    const lintable = setWithACopy()
    const messages = await linter.lint(lintable, shippedPassage)
    expect(messages).toEqual(lintMessages(lintable, shippedPassage))
    expect(messages?.length).toBeGreaterThan(0)
    linter.dispose()
  })

  it('answers only the latest request: an older one resolves to nothing', async () => {
    vi.stubGlobal('Worker', undefined)
    const linter = createLinter()
    const older = linter.lint(setWithACopy(), shippedPassage)
    const latest = linter.lint(setWithACopy(), shippedPassage)
    expect(await older).toBeNull()
    expect(await latest).not.toBeNull()
    linter.dispose()
  })
})
