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

/** What the LMS holds for the learner when it launches the package (flattened cmi values). */
type Record12 = Record<string, string>

const hostPage = (opener: boolean, start: Record12) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  window.API.loadFromFlattenedJSON(${JSON.stringify(start).replace(/</g, '\\u003c')});
  window.lmsCalls = [];
  for (const name of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']) {
    window.API.on(name, (...args) => window.lmsCalls.push([name, ...args.map(String)]));
  }
</script></head>
<body><main><h1>Test LMS</h1>
${opener ? "<button onclick=\"window.open('/package/index.html', 'sco')\">Open the quiz</button>" : '<iframe src="/package/index.html" title="The quiz" style="width:100%;height:560px"></iframe>'}
</main></body></html>`

/** Downloads the SCORM zip of "Who said what" from the Classroom page and unzips it. */
async function downloadPackage(page: Page): Promise<Record<string, Uint8Array>> {
  await page.goto('./#/classroom')
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom' })).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download for an LMS (SCORM) — Who said what' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('who-said-what-scorm12.zip')
  const path = await download.path()
  const zip = readFileSync(path)
  test.info().annotations.push({ type: 'zip bytes', description: String(zip.length) })
  await expect(page.locator('.tool-outcome')).toContainText('Downloaded who-said-what-scorm12.zip')
  return unzipSync(new Uint8Array(zip))
}

/** A learner the LMS has never launched the package for. */
const FRESH: Record12 = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio' }

/**
 * Serves the host page, the run-time and the package at LMS, all from memory. Each load of the
 * host page launches the package for the learner record in `lms.start`, which a test may change
 * between launches (another learner, or the same one coming back).
 */
async function serveLms(page: Page, files: Record<string, Uint8Array>, opener = false) {
  const lms = { start: FRESH }
  await page.context().route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/host.html')
      return route.fulfill({ contentType: 'text/html', body: hostPage(opener, lms.start) })
    if (path === '/scorm12.js')
      return route.fulfill({ contentType: 'text/javascript', body: RUNTIME })
    const file = files[path.replace(/^\/package\//, '')]
    if (path.startsWith('/package/') && file) {
      return route.fulfill({ contentType: 'text/html', body: Buffer.from(file) })
    }
    return route.fulfill({ status: 404, body: 'not found' })
  })
  return lms
}

/** What the LMS recorded, and every call the package made. */
async function recorded(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      API: { getFlattenedCMI(): Record<string, string> }
      lmsCalls: string[][]
    }
    return { cmi: w.API.getFlattenedCMI(), calls: w.lmsCalls }
  })
}

/**
 * The record an LMS launches the same learner's attempt with next time: what the package wrote,
 * and entry "resume" after a suspended session (SCORM 1.2 RTE 3.4.4).
 */
function nextLaunch(cmi: Record12): Record12 {
  const carried = Object.entries(cmi).filter(
    ([k, v]) =>
      v !== '' &&
      (/^cmi\.core\.(lesson_status|score\.(raw|min|max))$/.test(k) ||
        k === 'cmi.suspend_data' ||
        /^cmi\.interactions\.\d+\.(id|type|result)$/.test(k)),
  )
  return {
    ...Object.fromEntries(carried),
    'cmi.core.entry': cmi['cmi.core.exit'] === 'suspend' ? 'resume' : '',
  }
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
  const lms = await serveLms(page, files)
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

  const { cmi, calls } = await recorded(page)
  // The whole percent the student's results page shows (to the nearest; it passed), not a finer one.
  const expectedRaw = String(Math.round(((total - 2) / total) * 100 + 1e-7))
  expect(cmi['cmi.core.score.raw']).toBe(expectedRaw)
  await expect(frame.locator('.result-score')).toHaveText(`${expectedRaw}%`)
  expect(cmi['cmi.core.score.min']).toBe('0')
  expect(cmi['cmi.core.score.max']).toBe('100')
  const passed = (total - 2) / total >= bank.passMark
  expect(cmi['cmi.core.lesson_status']).toBe(passed ? 'passed' : 'failed')
  // Sent as HHHH:MM:SS.SS; the run-time keeps it as a CMITimespan of its own width.
  const sent = calls.find((c) => c[0] === 'LMSSetValue' && c[1] === 'cmi.core.session_time')
  expect(sent?.[2]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/)
  expect(cmi['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  expect(cmi['cmi.core.exit']).toBe('')
  // The quiz in progress the LMS kept is emptied: nothing is left to resume.
  expect(cmi['cmi.suspend_data'] ?? '').toBe('')

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
    // Plain spellings only: an LMS compares them as they are, so no optional [words].
    for (const [k, v] of Object.entries(cmi)) {
      if (k.startsWith(`cmi.interactions.${n}.correct_responses.`))
        expect(v, k).not.toMatch(/[[\]]/)
    }
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

  // The learner opens the activity again: the earlier result is shown, and a worse second try
  // (submitted with nothing answered) leaves the recorded score and pass as they were.
  lms.start = nextLaunch(cmi)
  await page.goto(`${LMS}/host.html`)
  await expect(frame.getByRole('heading', { name: 'Your earlier result' })).toBeVisible()
  const shown = Number(expectedRaw)
  await expect(
    frame.getByText(`You scored ${shown}% and ${passed ? 'passed' : 'did not pass'}.`),
  ).toBeVisible()
  await frame.getByRole('button', { name: 'Take the test again' }).click()
  await frame.getByRole('button', { name: 'Submit test' }).click()
  await frame.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(frame.getByText('Your course keeps your earlier, better score.')).toBeVisible()
  const again = await recorded(page)
  expect(again.cmi['cmi.core.score.raw']).toBe(expectedRaw)
  expect(again.cmi['cmi.core.lesson_status']).toBe(passed ? 'passed' : 'failed')
  // The second try's answers follow the first's, and a question left unanswered has no response.
  expect(again.cmi[`cmi.interactions.${total}.id`]).toBeDefined()
  expect(again.cmi[`cmi.interactions.${2 * total - 1}.student_response`]).toBe('')
  expect(again.calls.filter((c) => c[0] === 'LMSSetValue' && c.at(-1) === 'false')).toEqual([])
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
  expect(cmi['cmi.suspend_data']).toMatch(/^\["P1",/)
})

test('on a shared computer, the next learner is not offered the quiz the last one left', async ({
  page,
}) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const bank = loadBank('who-said-what')
  const total = bank.questions.length
  const files = await downloadPackage(page)
  const lms = await serveLms(page, files, true)

  /** Opens the package from the LMS page in its own window, as a learner would. */
  async function openPackage() {
    await page.goto(`${LMS}/host.html`)
    const opening = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Open the quiz' }).click()
    const sco = await opening
    await expect(sco.getByText('Connected to your course')).toBeVisible()
    return sco
  }
  async function closePackage(sco: Page) {
    await sco.close({ runBeforeUnload: true })
    await expect
      .poll(async () => (await recorded(page)).calls.map((c) => c[0]).at(-1))
      .toBe('LMSFinish')
  }

  // Learner A answers 3 questions and closes the window.
  lms.start = FRESH
  const first = await openPackage()
  await first.getByRole('button', { name: `Start ${total} questions` }).click()
  for (let i = 1; i <= 3; i++) {
    await expect(first.getByText(new RegExp(`^Question ${i} of ${total}$`))).toBeVisible()
    await answerWithKeyboard(first, await currentQuestion(first, bank), false, first)
    await first.getByRole('button', { name: 'Next' }).click()
  }
  await expect(first.getByText(new RegExp(`^Question 4 of ${total}$`))).toBeVisible()
  await closePackage(first)
  const a = (await recorded(page)).cmi

  // Learner B, a fresh LMS record, in the same browser: a new quiz, nothing of A's.
  lms.start = FRESH
  const second = await openPackage()
  await expect(second.getByRole('button', { name: `Start ${total} questions` })).toBeVisible()
  await expect(second.getByText('You have a quiz in progress')).toHaveCount(0)
  await closePackage(second)

  // A comes back: the LMS resumes A's attempt, and A's quiz is there.
  lms.start = nextLaunch(a)
  const back = await openPackage()
  await expect(back.getByText('You have a quiz in progress')).toBeVisible()
  await expect(back.getByText(`Test: question 4 of ${total}, 3 answered.`)).toBeVisible()
  await back.getByRole('button', { name: 'Resume' }).click()
  await expect(back.getByText(new RegExp(`^Question 4 of ${total}$`))).toBeVisible()
})

test('a launch for review records nothing, and says so', async ({ page }) => {
  // Each test downloads and builds files, and the 2-core machine is shared.
  test.slow()
  const files = await downloadPackage(page)
  const lms = await serveLms(page, files)
  lms.start = {
    'cmi.core.lesson_mode': 'review',
    'cmi.core.lesson_status': 'passed',
    'cmi.core.score.raw': '80',
  }
  await page.goto(`${LMS}/host.html`)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByText('Your course opened this test for review')).toBeVisible()
  await expect(frame.getByText('You scored 80% and passed.')).toBeVisible()
  await frame.getByRole('button', { name: 'Take the test again' }).click()
  await frame.getByRole('button', { name: 'Submit test' }).click()
  await frame.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(frame.getByText('This result was not sent to your course.')).toBeVisible()
  const { cmi, calls } = await recorded(page)
  expect(calls.filter((c) => c[0] === 'LMSSetValue')).toEqual([])
  expect(cmi['cmi.core.score.raw']).toBe('80')
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
