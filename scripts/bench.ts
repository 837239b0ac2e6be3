/**
 * `npm run bench`: Passage measured side by side with the floor — a bare Vue + Pinia + vue-router
 * app showing one question with four radios (bench/floor/), built by the same Vite — on the same
 * machine in the same run. Prints one table (measure, value, baseline, ratio, goal, pass) and
 * writes it as JSON under bench/results/. Ratios, not absolute times: machines are noisy.
 *
 *   npm run bench                      builds both apps, then measures
 *   npm run bench -- --app <dir>       measures an app already built with a Vite manifest
 *
 * Not part of `npm test`; the first-load budget there (scripts/size.ts) uses the same byte count.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from 'playwright-core'
import { pathToFileURL } from 'node:url'
import type { loadLibrary as LoadLibrary } from '../src/domain/bank/library.ts'
import { benchBank, benchPassage } from '../tests/bench/generate.ts'
import { initialSize } from './lib/initial-size.ts'
import { serveStatic } from './lib/static-server.ts'

const { values: options } = parseArgs({
  options: {
    app: { type: 'string' },
    runs: { type: 'string', default: '7' },
  },
})
const RUNS = Number(options.runs)
const BUILDS = 'node_modules/.cache/passage-bench'
const QUIZ_ROUTE = 'src/views/QuizView.vue'
const QUIZ_PAGE = '#/quiz/assad-sochi-2018/who-said-what'
const FIRST_CONTROL = 'input[type="radio"]'
const SHOWN = 'passage-bench:first-control'
const QUESTIONS = 10_000
const BANK_RUNS = 3 * RUNS
/**
 * The same navigation again with every request taking this long to answer (Chromium's network
 * emulation, no bandwidth limit): a phone on a real network. On the loopback a request costs a
 * fraction of a millisecond, so a file that holds back the others (a blocking script fetched
 * before the app's own files) would cost nothing there and a round trip here.
 */
const ROUND_TRIP_MS = 100
const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

interface Row {
  measure: string
  unit: string
  value: number
  baseline: number
  baselineName: string
  goal: number
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function vite(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', ...args],
    { stdio: 'inherit' },
  )
  if (result.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`)
}

/**
 * Reports, from the page, when the first quiz control is on screen (the frame after it appears),
 * as a console message. Nothing of the harness runs in the page until then: waiting with
 * `page.waitForFunction` would inject Playwright's selector engine (about 20 ms of script) into the
 * page while it is still loading, which delayed a page that renders over several tasks and not one
 * that renders in one.
 * Source text, not a function: tsx would add helpers to a function that the page does not have.
 */
const watchFirstControl = (selector: string) => `
  const seen = () => {
    const el = document.querySelector(${JSON.stringify(selector)})
    if (!el || el.getBoundingClientRect().height === 0) return false
    requestAnimationFrame(() => console.log('${SHOWN} ' + performance.now()))
    return true
  }
  const observer = new MutationObserver(() => {
    if (seen()) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
`

/**
 * Navigation → first quiz control, in a fresh context (empty cache, no storage); with
 * `roundTripMs`, every request waits that long for its answer.
 */
async function firstControlMs(
  browser: Browser,
  url: string,
  roundTripMs = 0,
): Promise<{ ms: number; js: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(watchFirstControl(FIRST_CONTROL))
    if (roundTripMs > 0) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: roundTripMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })
    }
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(`${SHOWN} `),
      timeout: 30_000,
    })
    await page.goto(url, { waitUntil: 'commit' })
    const ms = Number((await shown).text().slice(SHOWN.length + 1))
    // What the page fetched before the control showed: a check on the static byte count.
    const js = await page.evaluate(
      (until) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= until && /\.(js|css)$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname.replace(/^\//, '')),
      ms,
    )
    return { ms, js }
  } finally {
    await context.close()
  }
}

async function timings(appDist: string, floorDist: string, roundTripMs = 0) {
  const app = await serveStatic(appDist)
  const floor = await serveStatic(floorDist)
  const browser = await chromium.launch({
    executablePath: BROWSER,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const appMs: number[] = []
  const floorMs: number[] = []
  const fetched = new Set<string>()
  try {
    // One warm-up each, then alternate which goes first so drift hits both alike.
    await firstControlMs(browser, app.url + QUIZ_PAGE, roundTripMs)
    await firstControlMs(browser, floor.url, roundTripMs)
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 ? ['floor', 'app'] : ['app', 'floor']
      for (const which of order) {
        if (which === 'app') {
          const run = await firstControlMs(browser, app.url + QUIZ_PAGE, roundTripMs)
          appMs.push(run.ms)
          run.js.forEach((f) => fetched.add(f))
        } else floorMs.push((await firstControlMs(browser, floor.url, roundTripMs)).ms)
      }
    }
    return { appMs, floorMs, fetched, version: browser.version() }
  } finally {
    await browser.close()
    await app.close()
    await floor.close()
  }
}

/** Builds with another Vite config into `outDir` (under the repository). */
function viteWith(config: string, outDir: string) {
  vite(['--config', config, '--outDir', join(process.cwd(), outDir), '--emptyOutDir'])
}

/**
 * The app's bank loader as it ships: bundled and minified by the same Vite. (Run from source
 * through tsx, every function would carry the name-keeping wrapper tsx adds, which the browser
 * never runs.)
 */
async function shippedLoader(): Promise<typeof LoadLibrary> {
  const outDir = join(BUILDS, 'loader')
  viteWith('bench/loader.vite.config.ts', outDir)
  const mod = (await import(pathToFileURL(join(outDir, 'library.js')).href)) as {
    loadLibrary: typeof LoadLibrary
  }
  return mod.loadLibrary
}

/** Loading and validating a generated bank through the app's loader, against JSON.parse. */
function bankLoad(loadLibrary: typeof LoadLibrary) {
  const bankText = JSON.stringify(benchBank(QUESTIONS), null, 2)
  const files = [
    { file: 'questions/bench/passage.json', text: JSON.stringify(benchPassage, null, 2) },
    { file: 'questions/bench/big.json', text: bankText },
  ]
  // Each measured alone, keeping its last result until the next run replaces it, so each pays
  // for its own garbage and not the other's. The first two runs warm the JIT up. Three times as
  // many runs as the browser rows: a run takes milliseconds, and with 7 a collection of the
  // previous 10 000-question tree falling in one or two of them moved the ratio by half.
  const timed = (work: () => unknown) => {
    const samples: number[] = []
    let kept: unknown
    for (let i = 0; i < BANK_RUNS + 2; i++) {
      const t = performance.now()
      kept = work()
      samples.push(performance.now() - t)
    }
    return kept === undefined ? [] : samples.slice(2)
  }
  const parse = timed(() => JSON.parse(bankText))
  const load = timed(() => {
    const library = loadLibrary(files)
    if (library.failures.length) throw new Error('the generated bank does not validate')
    return library
  })
  return { parse, load, chars: bankText.length }
}

function cell(n: number, unit: string) {
  return unit === 'B' ? `${n} B` : `${n.toFixed(1)} ms`
}

async function main() {
  mkdirSync(BUILDS, { recursive: true })
  let appDist = options.app
  if (!appDist) {
    appDist = join(BUILDS, 'app')
    vite(['--outDir', appDist, '--emptyOutDir'])
  }
  const floorDist = join(BUILDS, 'floor')
  viteWith('bench/floor/vite.config.ts', floorDist)

  const appSize = initialSize(appDist, QUIZ_ROUTE)
  const floorSize = initialSize(floorDist)
  const times = await timings(appDist, floorDist)
  const slow = await timings(appDist, floorDist, ROUND_TRIP_MS)
  const unexpected = [...times.fetched].filter((f) => !appSize.files.some((s) => s.file === f))
  const bank = bankLoad(await shippedLoader())

  const rows: Row[] = [
    {
      measure: 'first load, JS + CSS gzip -9 (quiz page)',
      unit: 'B',
      value: appSize.gzip,
      baseline: floorSize.gzip,
      baselineName: 'floor',
      goal: 1.4,
    },
    {
      measure: `navigation → first quiz control, median of ${RUNS}`,
      unit: 'ms',
      value: median(times.appMs),
      baseline: median(times.floorMs),
      baselineName: 'floor',
      goal: 1.2,
    },
    {
      measure: `… with ${ROUND_TRIP_MS} ms round trips, median of ${RUNS}`,
      unit: 'ms',
      value: median(slow.appMs),
      baseline: median(slow.floorMs),
      baselineName: 'floor',
      goal: 1.2,
    },
    {
      measure: `load + validate ${QUESTIONS.toLocaleString('en')} questions, median of ${BANK_RUNS}`,
      unit: 'ms',
      value: median(bank.load),
      baseline: median(bank.parse),
      baselineName: 'JSON.parse',
      goal: 2,
    },
  ]
  const table = rows.map((r) => {
    const ratio = r.value / r.baseline
    return {
      measure: r.measure,
      value: cell(r.value, r.unit),
      baseline: `${cell(r.baseline, r.unit)} (${r.baselineName})`,
      ratio: `${ratio.toFixed(2)}×`,
      goal: `≤ ${r.goal}×`,
      pass: ratio <= r.goal ? '✓' : '✗',
    }
  })
  const headers = ['measure', 'value', 'baseline', 'ratio', 'goal', 'pass'] as const
  const widths = headers.map((h) => Math.max(h.length, ...table.map((t) => t[h].length)))
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  console.log(`\n${line(headers)}\n${line(widths.map((w) => '─'.repeat(w)))}`)
  for (const t of table) console.log(line(headers.map((h) => t[h])))
  if (unexpected.length) {
    console.log(`\n! the quiz page also fetched ${unexpected.join(', ')} before its first control`)
  }

  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  const result = {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    chromium: times.version,
    rows: rows.map((r, i) => ({ ...r, ratio: r.value / r.baseline, pass: table[i]!.pass === '✓' })),
    samples: {
      appFirstControlMs: times.appMs,
      floorFirstControlMs: times.floorMs,
      appFirstControlSlowMs: slow.appMs,
      floorFirstControlSlowMs: slow.floorMs,
      loadMs: bank.load,
      parseMs: bank.parse,
      bankChars: bank.chars,
    },
    files: { app: appSize.files, floor: floorSize.files },
  }
  mkdirSync('bench/results', { recursive: true })
  const out = join('bench/results', `${result.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
  console.log(`\nwritten to ${out}`)
}

await main()
