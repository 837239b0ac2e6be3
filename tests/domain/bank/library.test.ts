import { describe, expect, it } from 'vitest'
import { loadLibrary } from '../../../src/domain/bank/index.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage, single } from '../../fixtures/banks.ts'

describe('loading a questions/ tree', () => {
  const good = { file: BANK_FILE, text: json(bank()) }
  const broken = {
    file: 'questions/mini/broken.json',
    text: '{ "id": "mini/broken", "title": "Broken"',
  }
  const clash = {
    file: 'questions/mini/zz-clash.json',
    text: json(bank({ id: 'mini/clash', title: 'Clash' }, [{ ...single, prompt: 'Same id?' }])),
  }
  const passageFile = { file: PASSAGE_FILE, text: json(passage()) }

  it('keeps every good bank when another is broken, and names the broken one', () => {
    const library = loadLibrary([passageFile, broken, good])
    expect(library.banks.map((b) => b.bank.id)).toEqual(['mini/quotes'])
    expect(library.failures).toHaveLength(1)
    expect(library.failures[0]).toMatchObject({ file: broken.file, kind: 'bank' })
  })

  it('rejects a question id already used by another set of the same article', () => {
    const library = loadLibrary([clash, good, passageFile])
    expect(library.banks.map((b) => b.bank.id)).toEqual(['mini/quotes'])
    expect(library.failures[0]?.issues[0]?.message).toMatch(
      /“q1” is already used in questions\/mini\/quotes\.json/,
    )
  })

  it('fails every bank of a passage that could not load, and says why', () => {
    const library = loadLibrary([
      { file: PASSAGE_FILE, text: json(passage({ date: '18 May 2018' })) },
      good,
    ])
    expect(library.banks).toEqual([])
    expect(library.failures.map((f) => f.kind)).toEqual(['passage', 'bank'])
    expect(library.failures[0]?.issues[0]?.message).toMatch(/YYYY-MM-DD/)
    expect(library.failures[1]?.issues[0]?.message).toMatch(/no passage “mini” was loaded/)
  })

  it('gives the same result whatever order the files come in', () => {
    const a = loadLibrary([passageFile, good, clash])
    const b = loadLibrary([clash, good, passageFile])
    expect(b).toEqual(a)
  })
})
