import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repo = resolve(import.meta.dirname, '../..')

/** Runs `npm start` as the README says, until it prints its URL; returns the URL and a stop. */
function start(port: number, cacheDir: string): Promise<{ url: string; stop: () => void }> {
  const script = (
    JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
  ).scripts.start!
  const child = spawn(`${script.replace(/--port \d+/, `--port ${port}`)}`, {
    cwd: repo,
    shell: true,
    detached: true,
    env: {
      ...process.env,
      PATH: `${resolve(repo, 'node_modules/.bin')}:${process.env.PATH}`,
      PASSAGE_VITE_CACHE_DIR: cacheDir,
    },
  })
  const stop = () => {
    if (child.pid) process.kill(-child.pid)
  }
  return new Promise((done, fail) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /Local:\s+(http:\/\/\S+)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]
      if (url) done({ url, stop })
    })
    child.on('exit', (code) => fail(new Error(`npm start exited with ${code}: ${out}`)))
  })
}

describe('npm start', () => {
  it('serves the app and the article banks, and prints the URL', async () => {
    // Its own port, so parallel checkouts on one machine can run the suite side by side.
    const port = Number(process.env.PASSAGE_START_TEST_PORT ?? 5391)
    // Its own dependency cache: a developer's running `npm start` keeps serving from its own.
    const cacheDir = mkdtempSync(join(tmpdir(), 'passage-start-test-'))
    const { url, stop } = await start(port, cacheDir)
    try {
      expect(url).toBe(`http://127.0.0.1:${port}/`)
      expect(await (await fetch(url)).text()).toContain('<div id="app"></div>')
      // The banks arrive checked, as the module the app imports.
      const banks = await fetch(new URL('@id/__x00__virtual:passage-banks', url))
      expect(banks.status).toBe(200)
      expect(await banks.text()).toContain('assad-sochi-2018/who-said-what')
    } finally {
      stop()
      rmSync(cacheDir, { recursive: true, force: true })
    }
  }, 30_000)
})
