/** Drives the quiz like a keyboard user who knows (or deliberately misses) the answers. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Frame, type Locator, type Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Bank, Question } from '../../src/domain/bank/schema.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { serializeReview } from '../../src/domain/review/format.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'

/**
 * Opens the app at `hash` (e.g. `#/settings`) and waits until its first page is on screen, so a
 * test's next step never races the router's first navigation.
 */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`)
  await expect(page.locator('html[data-ready]')).toBeAttached()
}

/** Opens a set's start page and starts it in the bank's order, so the first question is known. */
export async function startInBankOrder(page: Page, set = 'who-said-what') {
  await openApp(page, `#/quiz/assad-sochi-2018/${set}`)
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  // The quiz arrives in its own chunk: until then the start page's mode cards are the page's
  // `fieldset.question .choice`, and a test of the options would pass on them.
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
}

export function loadBank(slug: string): Bank {
  const text = readFileSync(`questions/assad-sochi-2018/${slug}.json`, 'utf8')
  return JSON.parse(text) as Bank
}

/** The question on screen (in `root`, a frame when the quiz is framed), found by its prompt. */
export async function currentQuestion(
  page: Page,
  bank: Bank,
  root: Page | Frame = page,
): Promise<Question> {
  const legend = (await root.locator('fieldset.question legend').innerText()).trim()
  const found = bank.questions.find((q) => legend.includes(q.prompt))
  if (!found) throw new Error(`No question in ${bank.id} matches “${legend}”`)
  return found
}

async function optionTexts(page: Page | Frame): Promise<string[]> {
  return page
    .locator('fieldset.question input')
    .evaluateAll((inputs) =>
      inputs.map((el) =>
        ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/^\s*\d+\s*/, '').trim(),
      ),
    )
}

async function pressDigitFor(page: Page, texts: string[], wanted: string) {
  const n = texts.indexOf(wanted) + 1
  expect(n, `option “${wanted}” on screen`).toBeGreaterThan(0)
  await page.keyboard.press(String(n))
}

/** A plausible wrong response for an all-or-nothing question. */
function wrongChoice(q: Question, texts: string[]): string {
  if (q.type === 'single') return texts.find((t) => t !== q.answer)!
  if (q.type === 'truefalse') return q.answer ? 'False' : 'True'
  throw new Error(`answer ${q.type} questions right or skip them`)
}

/** Answers the question on screen with keys only; `wrong` picks a wrong choice instead. */
export async function answerWithKeyboard(
  page: Page,
  q: Question,
  wrong = false,
  root: Page | Frame = page,
): Promise<void> {
  const field = root.locator('fieldset.question')
  switch (q.type) {
    case 'single':
    case 'truefalse': {
      const texts = await optionTexts(root)
      const right = q.type === 'single' ? q.answer : q.answer ? 'True' : 'False'
      await pressDigitFor(page, texts, wrong ? wrongChoice(q, texts) : right)
      break
    }
    case 'multiple': {
      const texts = await optionTexts(root)
      for (const answer of q.answers) await pressDigitFor(page, texts, answer)
      break
    }
    case 'numeric':
    case 'short': {
      await field.locator('input').focus()
      await page.keyboard.type(q.type === 'numeric' ? String(q.answer) : q.accepted[0]!)
      break
    }
    case 'ordering': {
      const items = field.locator('.order-item')
      for (let target = 0; target < q.items.length; target++) {
        const texts = (await items.allInnerTexts()).map((t) => t.replace(/^\s*\d+\.\s*/, '').trim())
        const from = texts.indexOf(q.items[target]!)
        if (from === target) continue
        await items.nth(from).focus()
        for (let i = from; i > target; i--) await page.keyboard.press('Alt+ArrowUp')
      }
      await expect(items).toHaveText(q.items.map((item, i) => `${i + 1}. ${item}`))
      break
    }
    case 'matching': {
      const selects = field.locator('select')
      for (let i = 0; i < q.pairs.length; i++) {
        const select = selects.nth(i)
        const options = await select.locator('option').allInnerTexts()
        const target = options.indexOf(q.pairs[i]!.right)
        await select.focus()
        // The customizable select (pages.css) opens its list on the first arrow, with the focus
        // on the chosen option; a further arrow moves it and Enter picks the option.
        await page.keyboard.press('ArrowDown')
        await expect(select).toHaveJSProperty('value', '')
        await expect(select.locator('option').first()).toBeFocused()
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown')
        await expect(select.locator('option').nth(target)).toBeFocused()
        await page.keyboard.press('Enter')
        await expect(select).toHaveValue(q.pairs[i]!.right)
        await expect(select).toBeFocused()
      }
      break
    }
  }
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Waits until nothing on the page is moving: every transition and animation that ends has ended
 * (a button fading to its dark colours, feedback sliding in), then one frame more. Colour
 * contrast read halfway through a fade is neither the old nor the new colour.
 */
export async function motionDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const ending = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)))
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  })
}

/**
 * What axe finds on the page as it is now, one line per rule broken, naming the elements. axe is
 * put in the page once per document (evaluated through the browser's debugging protocol, so the
 * app's Content Security Policy does not stop it) and then only run: a check costs a fraction of
 * a second, not the two seconds of injecting it anew each time. `rules` limits the check (for
 * colour contrast in the other colour scheme, say); by default every rule axe enables runs.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  await motionDone(page)
  const options: RunOptions = rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}
  return page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, o: RunOptions): Promise<AxeResults> }
    }
    const results = await axe.run(document, runOptions)
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  }, options)
}

/** axe finds nothing on the page as it is now; `view` names it in the failure. */
export async function expectNoAxeViolations(page: Page, view: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on the ${view} view`).toEqual([])
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/**
 * A new question has the focus: the question itself, or a typed answer's box (named by the
 * prompt), where the student types at once.
 */
export async function expectQuestionFocused(page: Page): Promise<void> {
  await expect(page.locator('fieldset.question:focus-within')).toHaveCount(1)
}

/**
 * Skips practice questions until `target` is on screen, from the quiz's first question. Each
 * question is waited for by its number ("Question 3 of 12"), drawn with it: until then `target`
 * may belong to the page before (the start page), or the question skipped may still be there,
 * and a second Skip would pass the one wanted. Focus lands on each new question.
 */
export async function skipUntil(page: Page, target: Locator): Promise<void> {
  for (let n = 1; ; n++) {
    await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible()
    if (n > 1) await expectQuestionFocused(page)
    if (await target.first().isVisible()) return
    await page.getByRole('button', { name: 'Skip', exact: true }).click()
  }
}

/** Starts a test-mode quiz of `slug` and submits it at once: a quick, real finished attempt. */
export async function finishQuickly(page: Page, slug: string, { inBankOrder = false } = {}) {
  await page.evaluate((s) => (location.hash = `#/quiz/assad-sochi-2018/${s}`), slug)
  await page.getByRole('radio', { name: /^Test/ }).check()
  if (inBankOrder) await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
}

/**
 * Deletes the teacher's own set titled `title` from its library card (More actions, Delete, the
 * dialog named “Delete “title”?” that says it can be undone, `inDialog` if given, its “Delete the
 * set”) and waits for the card to go.
 */
export async function deleteFromLibrary(
  page: Page,
  title: string,
  inDialog?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const heading = page.getByRole('heading', { level: 3, name: `${title} yours`, exact: true })
  const card = page.getByRole('listitem').filter({ has: heading })
  await card.getByRole('button', { name: /^More actions/ }).click()
  await card.getByRole('button', { name: /^Delete/ }).click()
  const dialog = page.getByRole('dialog', { name: `Delete “${title}”?`, exact: true })
  await expect(dialog).toContainText('You can undo it until you leave the page.')
  await inDialog?.(dialog)
  await dialog.getByRole('button', { name: 'Delete the set' }).click()
  await expect(card).toHaveCount(0)
}

export async function openProgress(page: Page) {
  // In-app navigation, no reload: what another tab saved must arrive by the storage event.
  await page.evaluate(() => (location.hash = '#/progress'))
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
}

/**
 * The ink drawn in `clip` (viewport px), row by row from its top: each row's `y` in the clip and how
 * many of its pixels differ from the clip's top-left one (the paper) by more than 150 in R + G + B.
 * Rows without ink are left out.
 */
export async function inkRows(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<{ y: number; ink: number }[]> {
  const shot = await page.screenshot({ clip })
  // Decoded from bytes in the page, as colourAt's: a data: image could meet the app's CSP.
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(
        new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      )
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      const rows: { y: number; ink: number }[] = []
      for (let y = 0; y < bitmap.height; y++) {
        let ink = 0
        for (let x = 0; x < bitmap.width; x++) {
          const i = (y * bitmap.width + x) * 4
          const away =
            Math.abs(data[i]! - data[0]!) +
            Math.abs(data[i + 1]! - data[1]!) +
            Math.abs(data[i + 2]! - data[2]!)
          if (away > 150) ink++
        }
        if (ink > 0) rows.push({ y, ink })
      }
      return rows
    },
    [...shot],
  )
}

/** The colour drawn at (`x`, `y`) in the viewport, as "r,g,b": what the student sees there. */
export async function colourAt(page: Page, x: number, y: number): Promise<string> {
  const shot = await page.screenshot({ clip: { x, y, width: 1, height: 1 } })
  // Decoded from bytes in the page: an image from a data: address could meet the app's CSP.
  return page.evaluate(
    async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' })
      const canvas = new OffscreenCanvas(1, 1)
      const context = canvas.getContext('2d')!
      context.drawImage(await createImageBitmap(blob), 0, 0)
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',')
    },
    [...shot],
  )
}

/**
 * Each of `locator`'s elements is heard as `names` say, in order: what a screen reader says (its
 * accessible name), not its text, which also holds the words only a screen reader gets.
 */
export async function expectHeard(locator: Locator, names: readonly (string | RegExp)[]) {
  await expect(locator).toHaveCount(names.length)
  for (const [i, name] of names.entries()) await expect(locator.nth(i)).toHaveAccessibleName(name)
}

/** The pages of a PDF, counted from its bytes (Chromium writes each page's dictionary as text). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

/** The text of `locator` as it is laid out, one string per line on screen. */
export function renderedLines(locator: Locator): Promise<string[]> {
  return locator.evaluate((el) => {
    const lines = new Map<number, string>()
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const rect = [...range.getClientRects()].find((r) => r.width > 0)
        if (!rect) continue
        const top = Math.round(rect.top)
        lines.set(top, (lines.get(top) ?? '') + node.textContent![i])
      }
    }
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line.trim())
  })
}

/**
 * Resizes the page's viewport and, on a page already open, waits until it lays out at the new
 * size. Playwright's `setViewportSize` can return before Chromium applies it (on Debian 12 it then
 * sleeps 500 ms, not always enough on a busy machine): a box measured straight after would be
 * measured at the old size. A blank page has nothing to lay out (and, emulating a phone, no
 * `width=device-width` to make its width the viewport's): the app opens at the new size.
 * Every e2e resize goes through here (eslint.config.js).
 */
export async function resizeTo(page: Page, size: { width: number; height: number }) {
  // eslint-disable-next-line no-restricted-syntax -- the one place that resizes
  await page.setViewportSize(size)
  if (page.url() === 'about:blank') return
  await page.waitForFunction(
    ([width, height]) => innerWidth === width && innerHeight === height,
    [size.width, size.height],
  )
}

/** "wsw-01", "wsw-02"…: the first `count` questions of "Who said what". */
export function whoSaidWhatIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `wsw-${String(i + 1).padStart(2, '0')}`)
}

/**
 * The stored review text of "Who said what" questions (or `setId`'s) answered in a quiz at `at`,
 * each wrong unless `right` says the i-th was right: cards to open the review, dashboard or header
 * with.
 */
export function answeredInQuiz(
  qids: readonly string[],
  at: number,
  right: (i: number) => boolean = () => false,
  setId = 'assad-sochi-2018/who-said-what',
): string {
  const answers = qids.map((qid, i) => ({
    setId,
    qid,
    at,
    source: 'quiz' as const,
    correct: right(i),
    retryUsed: false,
    timeMs: 5000,
    sure: false,
  }))
  return serializeReview(applyAnswers(emptyReview(), answers, createScheduler({ retention: 0.9 })))
}

/** Stores `text` as the review before the app reads it, on every load until the app has one. */
export async function withReview(page: Page, text: string): Promise<void> {
  await page.addInitScript((t) => {
    if (localStorage.getItem('passage:review') === null) localStorage.setItem('passage:review', t)
  }, text)
}

/**
 * On the studio's import page, chooses one file named `name` holding `content` (a text as UTF-8,
 * or bytes as they are): JSON by its name, plain text otherwise.
 */
export async function chooseImportFile(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel('Choose files, or drop them here').setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  })
}

/**
 * On the studio's import page, brings in "Who said what" from a file, titled `title`, and saves it
 * to the library: a set of the teacher's own (“My copy” is `assad-sochi-2018/my-copy`); `bank`
 * for a changed copy.
 */
export async function saveOwnCopy(
  page: Page,
  title = 'My copy',
  file = 'my-copy.json',
  bank = loadBank('who-said-what'),
) {
  await chooseImportFile(page, file, JSON.stringify({ ...bank, title }))
  await page.getByRole('button', { name: 'Open in the editor' }).click()
  await page.getByRole('button', { name: 'Save to my library' }).first().click()
  await expect(page.getByText('Saved to your library.')).toBeVisible()
}
