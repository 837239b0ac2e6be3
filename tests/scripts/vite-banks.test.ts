import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type Rolldown } from 'vite'
import { passageBanks } from '../../scripts/vite-banks.ts'
import { bank, json, lineOf, passage, single } from '../fixtures/banks.ts'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'passage-vite-banks-'))
  mkdirSync(join(dir, 'questions/mini'), { recursive: true })
  writeFileSync(join(dir, 'questions/mini/passage.json'), json(passage()))
  writeFileSync(join(dir, 'questions/mini/quotes.json'), json(bank()))
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module">import { catalog, banks, passages } from "virtual:passage-banks"; console.log(catalog, banks, passages)</script>',
  )
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** `vite build` of a page that imports the banks, with the plugin, in memory. */
async function buildBanks() {
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [passageBanks()],
    build: { write: false },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  return outputs.flatMap((o) => o.output)
}

describe('the banks plugin', () => {
  it('ships a catalog with the first page and each set and article as its own chunk', async () => {
    const files = await buildBanks()
    const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk')
    const entry = chunks.find((c) => c.isEntry)!
    expect(entry.code).toContain('Quotes')
    expect(entry.code).not.toContain('Who said stability is improving?')
    const set = chunks.find((c) => c.code.includes('Who said stability is improving?'))
    expect(set?.isEntry).toBe(false)
    const article = chunks.find((c) => c.code.includes('Assad flew to Sochi'))
    expect(article?.isEntry).toBe(false)
    expect(set).not.toBe(article)
  })

  it('fails the build with file:line:col when a bank has a problem', async () => {
    const text = json(bank({}, [{ ...single, answer: 'Peskov' }]))
    writeFileSync(join(dir, 'questions/mini/quotes.json'), text)
    const line = lineOf(text, '"answer": "Peskov"')
    await expect(buildBanks()).rejects.toThrow(
      new RegExp(`questions/mini/quotes\\.json:${line}:\\d+ questions\\[0\\]\\.answer: “Peskov”`),
    )
  })

  it('refuses a link to a file outside questions/ instead of bundling it', async () => {
    writeFileSync(join(dir, 'secret.json'), '{"password": "hunter2"}')
    symlinkSync(join(dir, 'secret.json'), join(dir, 'questions/mini/secret.json'))
    await expect(buildBanks()).rejects.toThrow(/questions\/mini\/secret\.json:1:1 .*outside/)
  })

  it('keeps bank text that looks like a closing script tag inert', async () => {
    const title = '</script><script>alert(1)</script>'
    writeFileSync(join(dir, 'questions/mini/quotes.json'), json(bank({ title })))
    const entry = (await buildBanks()).find(
      (f): f is Rolldown.OutputChunk => f.type === 'chunk' && f.isEntry,
    )!
    expect(entry.code).toContain('alert(1)')
    expect(entry.code).not.toMatch(/<\/script/i)
  })
})
