import AxeBuilder from '@axe-core/playwright'
/**
 * The SCORM 1.2 package in an LMS. The test is the LMS: a host page loads scorm-again (an
 * independent SCORM 1.2 run-time, LMS side) as `window.API` and frames the unzipped package; a
 * student plays the whole set; the test reads back what the run-time recorded.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync, strFromU8 } from 'fflate'
import { answerWithKeyboard, currentQuestion, expectNoAxeViolations, loadBank } from './helpers.ts'

const LMS = 'http://lms.test'
const RUNTIME = readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8')

const hostPage = (opener: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  window.lmsCalls = [];
  for (const name of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
    window.API.on(name, (...args) => window.lmsCalls.push([name, ...args.map(String)]));
  }
</script></head>
<body><main><h1>Test LMS</h1>
${opener ? "<button onclick=\"window.open('/package/index.html', 'sco')\">Open the quiz</button>" : '<iframe src="/package/index.html" title="The quiz" style="width:100%;height:1400px"></iframe>'}
</main></body></html>`

/** Downloads the SCORM zip of "Who said what" from the Classroom page and unzips it. */
async function downloadPackage(page: Page): Promise<Record<string, Uint8Array>> {
  await page.goto('./#/classroom')
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom' })).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download for your LMS (SCORM) — Who said what' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('who-said-what-scorm12.zip')
  const path = await download.path()
  const zip = readFileSync(path)
  test.info().annotations.push({ type: 'zip bytes', description: String(zip.length) })
  await expect(page.locator('.tool-outcome')).toContainText('Downloaded who-said-what-scorm12.zip')
  return unzipSync(new Uint8Array(zip))
}

/** Serves the host page, the run-time and the package at LMS, all from memory. */
async function serveLms(page: Page, files: Record<string, Uint8Array>, opener = false) {
  await page.context().route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/host.html')
      return route.fulfill({ contentType: 'text/html', body: hostPage(opener) })
    if (path === '/scorm12.js')
      return route.fulfill({ contentType: 'text/javascript', body: RUNTIME })
    const file = files[path.replace(/^\/package\//, '')]
    if (path.startsWith('/package/') && file) {
      return route.fulfill({ contentType: 'text/html', body: Buffer.from(file) })
    }
    return route.fulfill({ status: 404, body: 'not found' })
  })
}

test('the package is a well-formed SCORM 1.2 manifest that lists files it holds', async ({
  page,
}) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const files = await downloadPackage(page)
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html'])
  const manifest = strFromU8(files['imsmanifest.xml']!)
  const listed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    if (doc.getElementsByTagName('parsererror').length) return null
    const resource = doc.getElementsByTagName('resource')[0]
    return {
      schemaversion: doc.getElementsByTagName('schemaversion')[0]?.textContent,
      scormtype: resource?.getAttribute('adlcp:scormtype'),
      href: resource?.getAttribute('href'),
      files: [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href')),
      mastery: doc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent,
    }
  }, manifest)
  expect(listed).toEqual({
    schemaversion: '1.2',
    scormtype: 'sco',
    href: 'index.html',
    files: ['index.html'],
    mastery: String(Math.round(loadBank('who-said-what').passMark * 100)),
  })
  for (const f of [listed!.href, ...listed!.files])
    expect(files[f!], `${f} is in the zip`).toBeDefined()
  // Self-contained: the page loads nothing from anywhere.
  const html = strFromU8(files['index.html']!)
  expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*href=/)
})

test('a student plays the package in an LMS, which records score, status, time and every answer', async ({
  page,
}) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const bank = loadBank('who-said-what')
  const total = bank.questions.length
  const files = await downloadPackage(page)
  await serveLms(page, files)
  await page.goto(`${LMS}/host.html`)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByText('Connected to your course')).toBeVisible()
  await frame.getByRole('button', { name: `Start ${total} questions` }).click()

  const sco = page.frames().find((f) => f.url().endsWith('/package/index.html'))!
  // Two single-choice questions wrong, the rest right.
  const wrong: string[] = []
  for (let i = 1; i <= total; i++) {
    await expect(frame.getByText(new RegExp(`^Question ${i} of ${total}$`))).toBeVisible()
    const q = await currentQuestion(page, bank, sco)
    const miss = q.type === 'single' && wrong.length < 2
    if (miss) wrong.push(q.id)
    await answerWithKeyboard(page, q, miss, sco)
    if (i < total) await frame.getByRole('button', { name: 'Next' }).click()
  }
  await frame.getByRole('button', { name: 'Submit test' }).click()
  await expect(frame.getByText('Your result has been sent to your course.')).toBeVisible()
  await expect(frame.getByRole('button', { name: 'Retake in the same order' })).toHaveCount(0)

  const recorded = await page.evaluate(() => {
    const api = (window as unknown as { API: { getFlattenedCMI(): Record<string, string> } }).API
    return {
      cmi: api.getFlattenedCMI(),
      calls: (window as unknown as { lmsCalls: string[][] }).lmsCalls,
    }
  })
  const { cmi, calls } = recorded
  const expectedRaw = String(Math.round(((total - 2) / total) * 10000) / 100)
  expect(cmi['cmi.core.score.raw']).toBe(expectedRaw)
  expect(cmi['cmi.core.score.min']).toBe('0')
  expect(cmi['cmi.core.score.max']).toBe('100')
  const passed = (total - 2) / total >= bank.passMark
  expect(cmi['cmi.core.lesson_status']).toBe(passed ? 'passed' : 'failed')
  // Sent as HHHH:MM:SS.SS; the run-time keeps it as a CMITimespan of its own width.
  const sent = calls.find((c) => c[0] === 'LMSSetValue' && c[1] === 'cmi.core.session_time')
  expect(sent?.[2]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/)
  expect(cmi['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  expect(cmi['cmi.core.exit']).toBe('')

  const ids = bank.questions.map((_, n) => cmi[`cmi.interactions.${n}.id`])
  expect(new Set(ids)).toEqual(new Set(bank.questions.map((q) => q.id)))
  for (let n = 0; n < total; n++) {
    const id = cmi[`cmi.interactions.${n}.id`]!
    const q = bank.questions.find((x) => x.id === id)!
    expect(cmi[`cmi.interactions.${n}.result`], id).toBe(wrong.includes(id) ? 'wrong' : 'correct')
    expect(cmi[`cmi.interactions.${n}.type`], id).toBe(
      {
        single: 'choice',
        multiple: 'choice',
        truefalse: 'true-false',
        numeric: 'numeric',
        short: 'fill-in',
        ordering: 'sequencing',
        matching: 'matching',
      }[q.type],
    )
    expect(cmi[`cmi.interactions.${n}.student_response`], id).not.toBe('')
    expect(cmi[`cmi.interactions.${n}.latency`], id).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  }

  // The order of the conversation: initialize, values, commit, finish — once each at the end.
  const names = calls.map((c) => c[0])
  expect(names[0]).toBe('LMSInitialize')
  expect(names.at(-1)).toBe('LMSFinish')
  expect(names.at(-2)).toBe('LMSCommit')
  expect(names.filter((n) => n === 'LMSFinish')).toHaveLength(1)
  const refused = calls.filter((c) => c[0] === 'LMSSetValue' && c.at(-1) === 'false')
  expect(refused).toEqual([])
  test.info().annotations.push({
    type: 'recorded',
    description: JSON.stringify({
      raw: cmi['cmi.core.score.raw'],
      status: cmi['cmi.core.lesson_status'],
      session_time: cmi['cmi.core.session_time'],
      interactions: total,
      first: [0, 1, 2].map((n) =>
        ['id', 'type', 'student_response', 'result', 'latency']
          .map((k) => cmi[`cmi.interactions.${n}.${k}`])
          .join(' | '),
      ),
    }),
  })
  // The LMS page and the framed package are two documents, each with its own <main>; axe reads
  // them as one page and calls the second main a duplicate, so only that rule is left out here.
  const axe = await new AxeBuilder({ page }).disableRules(['landmark-unique']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
})

test('the package finds an LMS that opened it in a window, and reports leaving early', async ({
  page,
}) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const files = await downloadPackage(page)
  await serveLms(page, files, true)
  await page.goto(`${LMS}/host.html`)
  const opening = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Open the quiz' }).click()
  const sco = await opening
  await expect(sco.getByText('Connected to your course')).toBeVisible()
  await sco.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(sco.getByText(/^Question 1 of \d+$/)).toBeVisible()
  await sco.close({ runBeforeUnload: true })
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { lmsCalls: string[][] }).lmsCalls.map((c) => c[0]).at(-1),
      ),
    )
    .toBe('LMSFinish')
  const cmi = await page.evaluate(() =>
    (
      window as unknown as { API: { getFlattenedCMI(): Record<string, string> } }
    ).API.getFlattenedCMI(),
  )
  expect(cmi['cmi.core.lesson_status']).toBe('incomplete')
  expect(cmi['cmi.core.exit']).toBe('suspend')
})

test('without an LMS the package runs as the app does', async ({ page }) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const files = await downloadPackage(page)
  await serveLms(page, files)
  await page.goto(`${LMS}/package/index.html`)
  await expect(
    page.getByText('Not connected to a course: your result stays in this browser'),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Who said what' })).toBeVisible()
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retake in the same order' })).toBeVisible()
  await expectNoAxeViolations(page, 'SCORM package on its own')
})
