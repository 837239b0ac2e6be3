import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Bank, Passage } from '../../src/domain/bank/schema.ts'
import { bundleOf, encodeShare } from '../../src/domain/interop/share.ts'
import {
  answeredInQuiz,
  answerWithKeyboard,
  axeViolations,
  chooseImportFile,
  finishQuickly,
  loadBank,
  openApp,
  renderedLines,
  skipUntil,
  startInBankOrder,
  resizeTo,
  whoSaidWhatIds,
  withReview,
  saveOwnCopy,
} from './helpers.ts'
import { settled, tour, useTextSize } from './tour.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { serializeReview } from '../../src/domain/review/format.ts'
import { createScheduler } from '../../src/domain/review/fsrs.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'
import { onCi } from '../../scripts/on-ci.ts'

/**
 * The page is no wider than the screen: nothing scrolls sideways. On failure it names the
 * elements that stick out, so a CI log says what to fix; the tour goes on, so one run lists every
 * state that is too wide.
 */
async function expectNoSidewaysScroll(page: Page, where: string) {
  await settled(page)
  const { scroll, client, culprits } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 0.5)
      // Inside a box that scrolls on its own (a wide table) is fine.
      .filter((el) => !el.parentElement?.closest('.table-scroll'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
      )
    return { scroll: document.documentElement.scrollWidth, client, culprits }
  })
  expect
    .soft(
      scroll,
      `${where} is ${scroll} px wide on a ${client} px screen; sticking out: ${culprits.join('; ')}`,
    )
    .toBeLessThanOrEqual(client)
}

/**
 * No word is split across two lines: "everythin / g", or a comma alone at the start of a line. A
 * page may break a word rather than scroll sideways (main.css), but a word that breaks means a box
 * left its text too little room; only a web address may break anywhere. A closed select draws its
 * choice where no text node is: each word of it must fit the room beside its arrow (the app's
 * selects wrap their choice between words, app-select.css). On failure it names the words.
 */
async function expectWholeWords(page: Page, where: string) {
  const broken = await page.evaluate(() => {
    const found: string[] = []
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.textContent ?? ''
      // Not on screen (a closed answer's details), or a web address, which may break anywhere.
      if (!node.parentElement?.checkVisibility() || /https?:\/\/|www\./.test(text)) continue
      for (const match of text.matchAll(/[(“‘]?[\p{L}\p{N}'’]+[,.;:!?)”’]*/gu)) {
        const word = match[0]
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + word.length)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0)
        const lines = new Set(rects.map((r) => Math.round(r.top)))
        if (lines.size > 1) {
          const y = Math.round((rects[0]?.top ?? 0) + scrollY)
          found.push(`“${word}” in ${node.parentElement?.tagName.toLowerCase()} at y ${y}`)
        }
      }
    }
    const measure = document.createElement('canvas').getContext('2d')!
    for (const select of document.querySelectorAll('select')) {
      const choice = select.selectedOptions[0]?.text.trim()
      if (!choice || !select.checkVisibility()) continue
      const style = getComputedStyle(select)
      const arrow = getComputedStyle(select, '::picker-icon')
      const room =
        select.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        (parseFloat(arrow.width) || 0) -
        (parseFloat(style.columnGap) || 0)
      measure.font = style.font
      for (const word of choice.split(/\s+/)) {
        if (measure.measureText(word).width > room + 1)
          found.push(`“${word}” in the closed select “${choice}”, ${Math.round(room)} px wide`)
      }
    }
    return found
  })
  expect.soft(broken, `${where}: words split across lines`).toEqual([])
}

/** A table that scrolls in its own box keeps its caption inside the box, where it can be read. */
async function expectCaptionsInView(page: Page, where: string) {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('.table-scroll caption:not(.visually-hidden)')]
      .filter((caption) => {
        const box = caption.closest('.table-scroll')!.getBoundingClientRect()
        const { left, right } = caption.getBoundingClientRect()
        return left < box.left - 0.5 || right > box.right + 0.5
      })
      .map((caption) => (caption.textContent ?? '').trim()),
  )
  expect.soft(cut, `${where}: table captions cut off by their scroll box`).toEqual([])
}

/**
 * A question's prompt heads its card from inside. Drawn the browser's way, on the card's border,
 * a prompt of several lines sat above the card with only its last line on the edge.
 */
async function expectPromptsInsideCards(page: Page, where: string) {
  const onTheBorder = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(':is(.question, .confidence) > legend')]
      .filter((legend) => {
        const card = legend.parentElement!
        const border = parseFloat(getComputedStyle(card).borderTopWidth)
        return legend.getBoundingClientRect().top < card.getBoundingClientRect().top + border - 0.5
      })
      .map((legend) => (legend.textContent ?? '').trim().slice(0, 60)),
  )
  expect.soft(onTheBorder, `${where}: prompts on their card's border`).toEqual([])
}

/**
 * Where the tour's screenshots go. CI keeps no file from a run, so there they are not taken (a
 * tenth of the browser tests' time); PASSAGE_SCREENSHOTS names a folder to take them anyway.
 */
const SCREENSHOTS = process.env.PASSAGE_SCREENSHOTS ?? (onCi ? '' : 'screenshots')

/**
 * Every page and quiz state (the tour) at each width, in light and dark: nothing scrolls sideways,
 * no word is split across lines (a closed select's choice too) and every prompt is inside its card.
 * The narrowest phone is toured with the text size at its largest (Settings → Reading, 200 %): the
 * page is then as narrow as 160 px of normal text, so what fits there fits at 100 % too, and no
 * tour is added for it. Each state is also saved as a screenshot under
 * screenshots/<width>-<scheme>[-<text size>]/ (gitignored; not on CI), for a reviewer to look
 * at. At 390 and 1280 px, axe also checks every state in both colour schemes (the tour's with
 * every rule, then the other's colours); axe is put in the page once per document, so a check
 * costs a fraction of a second (helpers.ts).
 */
const SWEEPS = [
  { width: 320, scheme: 'light', textSize: 200, axe: false },
  { width: 390, scheme: 'dark', textSize: 100, axe: true },
  { width: 1280, scheme: 'light', textSize: 100, axe: true },
] as const

/** axe finds nothing at this state, in `scheme` and then in the other colour scheme. */
async function expectAxeCleanInBothSchemes(page: Page, where: string, scheme: 'light' | 'dark') {
  const other = scheme === 'light' ? 'dark' : 'light'
  for (const colorScheme of [scheme, other] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    // The other scheme changes colours only: its check is of the rules about colour.
    const rules = colorScheme === scheme ? undefined : ['color-contrast', 'link-in-text-block']
    expect.soft(await axeViolations(page, rules), `axe on ${where} in ${colorScheme}`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
}

// Three tours of the whole app: spread over both browsers.
test.describe.configure({ mode: 'parallel' })

for (const { width, scheme, textSize, axe } of SWEEPS) {
  const text = textSize === 100 ? '' : ` with ${textSize} % text`
  const folder = `${width}-${scheme}${textSize === 100 ? '' : `-${textSize}`}`
  const checks = axe
    ? 'nothing scrolls sideways, no word breaks and axe finds nothing in light or dark'
    : 'nothing scrolls sideways and no word breaks'
  test(`at ${width} px${text} in ${scheme}, ${checks} on any page or quiz state`, async ({
    page,
  }) => {
    // A tour is about thirty states; with axe in two schemes at each, it has more to do.
    test.setTimeout(axe ? 360_000 : 180_000)
    await resizeTo(page, { width, height: width < 600 ? 844 : 800 })
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    if (textSize !== 100) await useTextSize(page, textSize)
    let n = 0
    await tour(page, async (name) => {
      await expectNoSidewaysScroll(page, name)
      await expectWholeWords(page, name)
      await expectCaptionsInView(page, name)
      await expectPromptsInsideCards(page, name)
      if (axe) await expectAxeCleanInBothSchemes(page, name, scheme)
      n++
      if (SCREENSHOTS) {
        await page.screenshot({
          path: `${SCREENSHOTS}/${folder}/${String(n).padStart(2, '0')}-${name}.png`,
          fullPage: true,
        })
      }
    })
  })
}

test('on a phone the header is one row whose links scroll sideways, each 44 px tall, the current one in view', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/settings')
  await expect(page.locator('html[data-ready]')).toBeAttached()
  const header = page.locator('.app-header')
  const nav = header.getByRole('navigation', { name: 'Main' })
  const links = nav.getByRole('link')
  await expect(links).toHaveCount(6)
  // One row: the name and the links share it (three rows, 112 px, before).
  expect((await header.boundingBox())!.height).toBeLessThan(70)
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(box.y).toBe((await links.first().boundingBox())!.y)
  }
  expect(await nav.evaluate((row) => row.scrollWidth > row.clientWidth)).toBe(true)
  /** The link of the section the student is in lies inside the row's visible part. */
  const currentInView = () =>
    nav.evaluate((row) => {
      const link = row.querySelector('[aria-current]')!.getBoundingClientRect()
      const view = row.getBoundingClientRect()
      return link.left >= view.left && link.right <= view.right
    })
  await expect(nav.locator('[aria-current]')).toHaveText('Settings')
  expect(await currentInView()).toBe(true)
  // Another section from the row: its link is brought into view, and the page itself never
  // scrolls sideways or down to the header.
  await page.evaluate(() => (location.hash = '#/'))
  await expect(nav.locator('[aria-current]')).toHaveText('Library')
  await expect.poll(currentInView).toBe(true)
  await nav.getByRole('link', { name: 'Classroom' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Classroom' })).toBeVisible()
  await expect.poll(currentInView).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
})

test('at 1280 px with 200 % text the header shows every link and a review count of two or three digits, with no scroll hint', async ({
  page,
}) => {
  await resizeTo(page, { width: 1280, height: 800 })
  await useTextSize(page, 200)
  // Twelve "Who said what" cards answered wrong ten days ago: all due, “12” beside Review.
  await withReview(page, answeredInQuiz(whoSaidWhatIds(12), Date.now() - 10 * 86_400_000))
  await openApp(page, '#/settings')
  const nav = page.locator('.app-header').getByRole('navigation', { name: 'Main' })
  const counter = nav.locator('.counter')
  await expect(counter).toHaveText('12 to review')
  // The shipped library has 54 questions: three digits take a school's larger library, or many
  // sets of the student's own. The widest count of three, “999”, is written in the real one's place.
  for (const due of ['12', '999']) {
    await counter.evaluate((count, n) => (count.firstChild!.textContent = n), due)
    await expect(counter).toHaveText(`${due} to review`)
    await settled(page)
    // The row ran 17 px past its box with “3”: “Classroom” cut at the shadow of a row to scroll.
    const { scroll, client } = await nav.evaluate((row) => ({
      scroll: row.scrollWidth,
      client: row.clientWidth,
    }))
    expect(scroll, `with “${due}” the links take ${scroll} px of ${client}`).toBeLessThanOrEqual(
      client,
    )
    const row = (await nav.boundingBox())!
    const last = (await nav.getByRole('link', { name: 'Classroom' }).boundingBox())!
    // Room to spare inside the row's 6 px padding, not the pixel or two a wider font would take:
    // with “999” it had 1.4 px (a 32 px gap after the name), now 9.4 px (24 px).
    const spare = row.x + row.width - 6 - (last.x + last.width)
    expect(spare, `with “${due}” ${spare} px to spare`).toBeGreaterThanOrEqual(6)
  }
})

test('with large text on a narrow phone the links take a row of their own under the name', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await page.goto('./')
  await expect(page.locator('html[data-ready]')).toBeAttached()
  const brand = (await page.locator('.app-header .brand').boundingBox())!
  const links = page.locator('.app-header nav a')
  const tops = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().top))
  expect(new Set(tops).size).toBe(1)
  expect(tops[0]).toBeGreaterThanOrEqual(brand.y + brand.height)
})

/**
 * A 320 px phone at 200 % text with sixteen cards answered wrong ten days ago: “16” beside Review,
 * in a header row that scrolls.
 */
async function sixteenDueOnNarrowPhone(page: Page) {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await withReview(page, answeredInQuiz(whoSaidWhatIds(16), Date.now() - 10 * 86_400_000))
}

test('with large text on a narrow phone and reviews due, the page does not scroll sideways behind the header’s count', async ({
  page,
}) => {
  await sixteenDueOnNarrowPhone(page)
  for (const hash of ['', '#/review', '#/settings']) {
    await openApp(page, hash)
    await expect(page.locator('.app-header .counter')).toHaveText('16 to review')
    await settled(page)
    // The count's hidden words (“to review”, for a screen reader) stood 18 px past the screen's
    // edge, outside the row that scrolls: the whole page scrolled sideways, 338 px wide.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBe(320)
  }
})

test('with large text on a narrow phone the review starts from a button of two lines', async ({
  page,
}) => {
  await sixteenDueOnNarrowPhone(page)
  await openApp(page, '#/review')
  // Heard with what the count counts, the words shown first (label in name).
  const start = page.getByRole('button', { name: 'Start review (16 questions)', exact: true })
  await expect(start).toBeVisible()
  await settled(page)
  // “Start review of 16 questions” took four lines, 236 px.
  const lines = await start.evaluate((b) => {
    const s = getComputedStyle(b)
    const inner = b.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)
    return Math.round(inner / parseFloat(s.lineHeight))
  })
  expect(lines).toBe(2)
})

test('with large text on a narrow phone the review’s explanation takes five lines, not eight', async ({
  page,
}) => {
  await sixteenDueOnNarrowPhone(page)
  await openApp(page, '#/review')
  const hint = page.getByRole('region', { name: '16 questions to review' }).locator('.hint')
  await expect(hint).toHaveText(
    'Each comes back just before you would forget it, most overdue first.',
  )
  await settled(page)
  // With “Say whether you are sure before you check.” (the question asks it) it took eight.
  const lines = await hint.evaluate((p) => {
    return Math.round(p.clientHeight / parseFloat(getComputedStyle(p).lineHeight))
  })
  expect(lines).toBe(5)
})

test('with large text on a narrow phone the Review page’s link shows its count whole, in the header’s row', async ({
  page,
}) => {
  await sixteenDueOnNarrowPhone(page)
  await openApp(page, '#/review')
  const nav = page.locator('.app-header').getByRole('navigation', { name: 'Main' })
  const counter = nav.locator('[aria-current] .counter')
  await expect(counter).toHaveText('16 to review')
  await settled(page)
  // The count arrives after the row has put “Review” in view: it stood half past the row's edge,
  // “1” under the scroll shadow and “6” out of sight.
  await expect
    .poll(() =>
      counter.evaluate((count) => {
        const row = count.closest('nav')!.getBoundingClientRect()
        const box = count.getBoundingClientRect()
        return box.left >= row.left && box.right <= row.right
      }),
    )
    .toBe(true)
})

test('with large text on a narrow phone a test keeps “17 left blank” together on one line', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  const total = loadBank('who-said-what').questions.length
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible()
  await settled(page)
  const note = page.locator('.quiz-progress span', { hasText: 'left blank' })
  const lines = (await renderedLines(note)).map((line) => line.replace(/\s+/g, ' '))
  // It wrapped as “Test · 17” over “unanswered”: the count apart from what it counts.
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`(^|\\s)${total} left blank$`)))
  // Nor does a line start with the separator.
  for (const line of lines) expect(line).not.toMatch(/^·/)
})

/** A test of `set` in the bank's order at 320 × 568 px (a small phone) with 200 % text. */
async function startTestOnSmallPhone(page: Page, set: string) {
  await resizeTo(page, { width: 320, height: 568 })
  await useTextSize(page, 200)
  await openApp(page, `#/quiz/assad-sochi-2018/${set}`)
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible()
}

test('with large text on a small phone the submit dialog fits the screen, its heading as large as its text, “17 left blank?” on one line', async ({
  page,
}) => {
  await startTestOnSmallPhone(page, 'who-said-what')
  const total = loadBank('who-said-what').questions.length
  await page.getByRole('button', { name: 'Submit test' }).click()
  const dialog = page.getByRole('dialog', { name: `Submit with ${total} left blank?` })
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused()
  await settled(page)
  const heading = dialog.getByRole('heading')
  // It broke as “Submit” / “with 17” / “unanswered?”, the count apart from what it counts.
  const lines = (await renderedLines(heading)).map((line) => line.replace(/\s+/g, ' '))
  expect(lines).toEqual(['Submit with', `${total} left blank?`])
  // Sized down to keep “17 unanswered?” on a line, it was 26 px over text of 32 px.
  const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
  const text = await dialog.locator('p').evaluate(size)
  expect(text).toBe(32)
  expect(await heading.evaluate(size)).toBeGreaterThanOrEqual(text)
  // All of it at once: it scrolled inside, and opened scrolled down to “Go back”, its heading gone.
  expect(await dialog.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0)
  for (const part of [
    heading,
    dialog.getByText('Questions left blank score 0.'),
    dialog.getByRole('button', { name: 'Go back' }),
    dialog.getByRole('button', { name: 'Submit anyway' }),
  ])
    await expect(part).toBeInViewport({ ratio: 0.99 })
  // The line over a question keeps its count whole: it broke as “Question 10 of” / “17”.
  await dialog.getByRole('button', { name: 'Go back' }).click()
  await page.getByRole('button', { name: 'Question 10, left blank' }).click()
  const at = page.getByText(`Question 10 of ${total}`)
  await expect(at).toBeVisible()
  await settled(page)
  expect((await renderedLines(at)).map((line) => line.replace(/\s+/g, ' '))).toEqual([
    'Question',
    `10 of ${total}`,
  ])
})

test('with large text on a small phone a long submit warning scrolls under the buttons, which stay in view', async ({
  page,
}) => {
  await startTestOnSmallPhone(page, 'numbers-places-people')
  // A matching question with one pair of its pairs matched: the warning says what it still earns.
  const at = loadBank('numbers-places-people').questions.findIndex((q) => q.type === 'matching')
  await page.getByRole('button', { name: `Question ${at + 1}, left blank` }).click()
  await expect(page.getByText(new RegExp(`^Question ${at + 1} of \\d+$`))).toBeVisible()
  const select = page.locator('fieldset.question select').first()
  await select.selectOption({ index: 1 })
  await expect(
    page.getByRole('button', { name: `Question ${at + 1}, partly answered` }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Submit test' }).click()
  const dialog = page.getByRole('dialog')
  const warning = dialog.getByText(/the one you partly answered earns marks/)
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused()
  await settled(page)
  // Too long for the screen: it opened scrolled down to the focused “Go back”, its heading gone.
  const buttons = [
    dialog.getByRole('button', { name: 'Go back' }),
    dialog.getByRole('button', { name: 'Submit anyway' }),
  ]
  for (const part of [dialog.getByRole('heading'), ...buttons])
    await expect(part).toBeInViewport({ ratio: 0.99 })
  // The rest of the text scrolls into view above the buttons, which stay.
  await dialog.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  const text = (await warning.boundingBox())!
  expect(text.y + text.height).toBeLessThanOrEqual((await buttons[0]!.boundingBox())!.y)
  for (const button of buttons) await expect(button).toBeInViewport({ ratio: 0.99 })
})

test('on a phone, growing the text with the arrow keys keeps the chosen size in view', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/settings')
  await expect(page.locator('html[data-ready]')).toBeAttached()
  const sizes = page.getByRole('group', { name: 'Text size' })
  await sizes.getByRole('radio', { name: '100%' }).focus()
  for (const size of ['125%', '150%', '175%', '200%']) {
    await page.keyboard.press('ArrowRight')
    const chosen = sizes.getByRole('radio', { name: size })
    await expect(chosen).toBeChecked()
    await expect(chosen).toBeFocused()
    // All of its box (to the pixel's rounding).
    await expect(chosen.locator('xpath=..')).toBeInViewport({ ratio: 0.99 })
  }
  // At 200 % the retention box keeps “90%” on one line: it read “90%” over “(recommend” over
  // “ed)”, a word broken in a box 183 px tall. The advice is in its hint now.
  const retention = page.getByLabel('Remember at least')
  await expect(retention).toHaveValue('90')
  const lines = await retention.evaluate((box) => {
    const style = getComputedStyle(box)
    const text = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    return text / parseFloat(style.lineHeight)
  })
  expect(Math.floor(lines)).toBe(1)
})

test('on a 320 px phone at 200 % text each setting’s radio or checkbox is centred beside the first line of its words', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/settings')
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio')).toHaveCount(5)
  await settled(page)
  // How far each box's middle is from the middle of its label's first line, in px.
  const offsets = await page.locator('.settings-form .choice').evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.querySelector('input')!.getBoundingClientRect()
      const label = card.querySelector('label')!
      const line = parseFloat(getComputedStyle(label).lineHeight)
      const top = label.getBoundingClientRect().top
      const off = box.top + box.height / 2 - (top + line / 2)
      return `${label.textContent.trim().slice(0, 20)}: ${Math.round(Math.abs(off))}`
    }),
  )
  // The text sizes, the colours, how quizzes start, their time limit and the article beside.
  expect(offsets.length).toBeGreaterThanOrEqual(12)
  // The box was 0.15rem from the top whatever its size: at 8 vw it sat 7 px above “100%”.
  expect(
    offsets.filter((line) => !line.endsWith(': 0')),
    offsets.join('\n'),
  ).toEqual([])
})

test('on a phone with large text every settings card holds its content the same distance from its border', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/settings')
  // The review's two settings are cards by the same rule as the others.
  await expect(page.locator('.review-settings > .question')).toHaveCount(2)
  await settled(page)
  // The space between each card's border and the nearest of its contents, on each side but the top
  // (a card's heading has its own line height).
  const insets = await page.locator('.settings-form > .question').evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect()
      const parts = [...card.querySelectorAll(':is(legend, label, .choice, .hint, select)')]
        .map((part) => part.getBoundingClientRect())
        .filter((r) => r.width > 0)
      const name = (card.querySelector('legend, label')?.textContent ?? '').trim()
      const side = (px: number) => Math.round(px)
      return `${name}: left ${side(Math.min(...parts.map((r) => r.left)) - box.left)}, right ${side(box.right - Math.max(...parts.map((r) => r.right)))}, bottom ${side(box.bottom - Math.max(...parts.map((r) => r.bottom)))}`
    }),
  )
  expect(insets).toHaveLength(8)
  // “Remember at least” had 20 px at each side, the quiz defaults 8; “Keyboard” ended 8 px under
  // its hint where “Colours” ended 16 px under its last choice.
  const sizes = new Set(insets.map((line) => line.replace(/^[^:]*: /, '')))
  expect(sizes, insets.join('\n')).toHaveProperty('size', 1)
})

test('on a 320 px phone with large text the data cards hold their words as near their border as the settings cards above', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/settings')
  await expect(page.locator('.data-card, .erase-data')).toHaveCount(3)
  await settled(page)
  // Each card's heading (or first label) from its border, on the left and the right.
  const insets = await page
    .locator('.settings-form > .question, .data-card, .erase-data')
    .evaluateAll((cards) =>
      cards.map((card) => {
        const box = card.getBoundingClientRect()
        const head = card.querySelector('h3, legend, label')!.getBoundingClientRect()
        const name = card.querySelector('h3, legend, label')!.textContent.trim()
        return `${name}: ${Math.round(head.left - box.left)} px`
      }),
    )
  expect(insets).toHaveLength(11)
  // “Keep a copy”, “Bring a copy back” and “Start again” kept 17 px where the rest have 7 px:
  // the restore preview, a box inside its card, had 20 px less for its words.
  const sizes = new Set(insets.map((line) => line.replace(/^[^:]*: /, '')))
  expect(sizes, insets.join('\n')).toHaveProperty('size', 1)
})

test('on a phone a confirm dialog keeps a margin on each side, as on a wide screen', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./#/settings')
  await page.getByRole('button', { name: 'Erase all my data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase all your data?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  const box = (await dialog.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(8)
  expect(390 - (box.x + box.width)).toBeGreaterThanOrEqual(8)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
})

/**
 * Each topic row's name and score, by their words' own extent (not their cells', which may be
 * wider than their words): whether they are clear of each other, and whether the score is under
 * the name.
 */
function scorePlaces(rows: Locator) {
  return rows.evaluateAll((all) =>
    all.map((row) => {
      const words = (node: Node) => {
        const range = document.createRange()
        range.selectNodeContents(node)
        return range.getBoundingClientRect()
      }
      const name = words(row.querySelector('th')!)
      // The score's words, not the bar beside or under them.
      const cell = row.querySelector('td:last-child')!
      const score = words([...cell.childNodes].findLast((n) => n.textContent?.trim())!)
      const apart =
        name.right <= score.left ||
        score.right <= name.left ||
        name.bottom <= score.top ||
        score.bottom <= name.top
      return {
        row: `${row.querySelector('th')!.textContent.trim()} ${score.left}–${score.right}, name to ${name.right}`,
        apart,
        under: score.top >= name.bottom - 1,
      }
    }),
  )
}

/** A test of “Who said what” with only its two questions of “inference” right: it scores 100%. */
async function inferenceRight(page: Page) {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  const bank = loadBank('who-said-what')
  for (let n = 1; n <= 17; n++) {
    await expect(page.getByText(new RegExp(`^Question ${n} of 17$`))).toBeVisible()
    if (n === 11 || n === 17) await answerWithKeyboard(page, bank.questions[n - 1]!)
    if (n < 17) await page.getByRole('button', { name: 'Next', exact: true }).click()
  }
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
}

// Beside a column as wide as a bar, in a page of 9em (a 288 px phone, or the SCORM player, at 200 %
// text), “inference” ran under “100%” (name to 188 px, score from 171 px). There each topic's name
// takes the row's width, its marks under it and its score at their end, as the dashboard's set
// names do on a phone, on the results as on Progress and the dashboard: the results put a score
// under only the names too long for its line, between the name and its marks. At 320 px every
// score is beside its name.
for (const { width, across } of [
  { width: 288, across: true },
  { width: 320, across: false },
]) {
  test(`at ${width} px and 200 % text the results’, Progress’s and the dashboard’s topics keep each score clear of its name, ${across ? 'under the name, beside its marks' : 'beside the name'}`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await useTextSize(page, 200)
    await inferenceRight(page)
    await expect(page.getByText('Saved to your progress.')).toBeVisible()
    // The dashboard counts the answered questions only: “quotes” and “inference”.
    for (const [hash, table, count] of [
      ['', 'By topic, weakest first', 8],
      ['#/progress', 'Marks by topic, weakest first', 8],
      ['#/dashboard', 'By topic', 2],
    ] as const) {
      if (hash) await page.evaluate((h) => (location.hash = h), hash)
      // Exact: “By topic” is also in the name of Progress's table, still there a moment after the
      // hash changes.
      const rows = page.getByRole('table', { name: table, exact: true }).locator('tbody tr')
      await expect(rows.filter({ hasText: 'inference' })).toContainText('100%')
      await settled(page)
      const placed = await scorePlaces(rows)
      expect(placed.length, table).toBe(count)
      expect(
        placed.filter((p) => !p.apart).map((p) => p.row),
        table,
      ).toEqual([])
      expect(
        placed.filter((p) => p.under !== across).map((p) => p.row),
        table,
      ).toEqual([])
      // Every score at the end of its row; under the name, on its marks' line.
      const ends = await rows.evaluateAll((all) =>
        all.map((row) => {
          const r = row.getBoundingClientRect()
          const [marks, score] = [...row.querySelectorAll('td')].map((c) =>
            c.getBoundingClientRect(),
          )
          return [Math.round(r.right - score!.right), Math.round(score!.top - marks!.top)]
        }),
      )
      expect(
        ends.filter(([end, top]) => end !== 0 || (across && top !== 0)),
        table,
      ).toEqual([])
    }
  })
}

test('on a phone a review gives the explanation the card’s width, under “Why”, not a column beside it', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await page.goto('./')
  await finishQuickly(page, 'numbers-places-people')
  await page.getByRole('button', { name: /^See the answers? to the/ }).click()
  await page.getByRole('button', { name: 'Open all' }).click()
  const item = page.locator('.review-item').first()
  const why = item.locator('dt', { hasText: 'Why' })
  const explanation = why.locator('xpath=following-sibling::dd[1]')
  await expect(explanation).toBeVisible()
  const term = (await why.boundingBox())!
  const text = (await explanation.boundingBox())!
  // Under its term, starting at the same edge, and most of the card wide.
  expect(text.y).toBeGreaterThanOrEqual(term.y + term.height - 1)
  expect(Math.abs(text.x - term.x)).toBeLessThanOrEqual(1)
  const card = (await item.boundingBox())!
  expect(text.width).toBeGreaterThan(card.width * 0.7)
})

// The quote's 16 px padding on both sides left “wholeheartedly” or “congratulated” too little
// room at 200 % text: they broke inside, “wholeheartedl” / “y”. At 320 px the card's padding
// and the body's indent under the chevron did the same to quotes and answers.
for (const width of [390, 320]) {
  test(`on a ${width} px phone at 200 % text a review’s quotes, answers and prompts break only between words`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await useTextSize(page, 200)
    await page.goto('./')
    await finishQuickly(page, 'who-said-what')
    await page.getByRole('button', { name: 'Review answers' }).click()
    await page.getByRole('button', { name: 'Open all' }).click()
    const texts = page.locator('.review-item :is(.review-prompt, dd, li, .evidence p)')
    await expect(texts.first()).toBeVisible()
    expect(await brokenWords(page, texts)).toEqual([])
  })
}

/**
 * A dashboard accuracy row whose name (a set's title, a teacher's phrase of a topic) takes the
 * row's width, reading as `lines`, its marks under it beside the score at the line's end.
 */
async function expectNameAcrossRow(page: Page, row: Locator, lines: readonly string[]) {
  const name = row.getByRole('rowheader')
  await expect(name).toBeVisible()
  await settled(page)
  expect(await renderedLines(name)).toEqual(lines)
  const [r, n, marks, score] = await Promise.all(
    [row, name, ...(await row.getByRole('cell').all())].map(async (c) => (await c.boundingBox())!),
  )
  expect(n!.width).toBeCloseTo(r!.width, 0)
  expect(Math.abs(score!.y - marks!.y)).toBeLessThan(2)
  expect(marks!.x + marks!.width).toBeLessThanOrEqual(score!.x)
}

// A set's name beside its score had a third of a 390 px screen: “Numbers, places and people”
// took three lines (four at 200 % text, four at 320 px) over an empty strip under the bar. Its
// marks, “2 of 2”, keep the score beside them.
for (const { width, size, lines } of [
  { width: 390, size: 100, lines: ['Numbers, places and people'] },
  { width: 390, size: 200, lines: ['Numbers, places', 'and people'] },
  { width: 320, size: 200, lines: ['Numbers,', 'places and', 'people'] },
]) {
  test(`on a ${width} px phone at ${size} % text the dashboard’s set names take the row’s width`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    if (size === 200) await useTextSize(page, 200)
    await withReview(
      page,
      answeredInQuiz(
        ['npp-01', 'npp-02'],
        Date.now(),
        () => true,
        'assad-sochi-2018/numbers-places-people',
      ),
    )
    await openApp(page, '#/dashboard')
    const row = page.getByRole('row', { name: /^Numbers, places and people/ })
    await expectNameAcrossRow(page, row, lines)
  })
}

test('on a 320 px phone at 200 % text the dashboard’s accuracy rows keep three-digit marks clear of the bar', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  // “Who said what” answered 24 times over seven weeks, about half right: “quotes” has marks such
  // as “127 of 240”, wider at 200 % text than the column beside the bar.
  const day = 86_400_000
  const qids = whoSaidWhatIds(17)
  const answers = Array.from({ length: 24 }, (_, round) =>
    qids.map((qid, i) => ({
      setId: 'assad-sochi-2018/who-said-what',
      qid,
      at: Date.now() - (50 - 2 * round) * day,
      source: 'quiz' as const,
      correct: (i + round) % 2 === 0,
      retryUsed: false,
      timeMs: 5000,
      sure: false,
    })),
  ).flat()
  await withReview(
    page,
    serializeReview(applyAnswers(emptyReview(), answers, createScheduler({ retention: 0.9 }))),
  )
  await openApp(page, '#/dashboard')
  const rows = page.locator('.topic-table tbody tr')
  await expect(rows.first()).toBeVisible()
  await settled(page)
  const overlaps = await rows.evaluateAll((all) =>
    all.flatMap((row) => {
      // The words' own extent: a cell that will not wrap lets them run past its box.
      const words = document.createRange()
      words.selectNodeContents(row.querySelector('td')!)
      const marks = words.getBoundingClientRect()
      const score = row.querySelector('td:last-child')!.getBoundingClientRect()
      const apart =
        marks.right <= score.left || marks.bottom <= score.top || marks.top >= score.bottom
      return apart ? [] : [`${row.textContent.trim()}: ${marks.right} > ${score.left}`]
    }),
  )
  expect(await rows.count()).toBeGreaterThan(4)
  // The bar was drawn over the last digit of “127 of 240”.
  expect(overlaps).toEqual([])
})

/** Four Aiken questions, the second and third naming a letter no option has (left out). */
const WEEK_3_AIKEN = [
  'Who flew to Sochi?\nA. Assad\nB. Putin\nANSWER: A',
  'Who met him there?\nA. Assad\nB. Putin\nANSWER: D',
  'Which city was it?\nA. Moscow\nB. Sochi\nANSWER: C',
  'Who is the spokesman?\nA. Peskov\nB. Lavrov\nANSWER: A',
]

/** The Studio's import of a file named `name` holding `text`, on a 320 px phone at 200 % text. */
async function importOnNarrowPhone(page: Page, name: string, text: string) {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/studio/import')
  await chooseImportFile(page, name, text)
}

// The box of questions left out sits in the file's own box: at 320 px and 200 % text their two
// paddings left its heading 208 px, and “questions” (212 px) broke inside, “question” / “s”.
test('on a 320 px phone at 200 % text an import’s questions left out are named in whole words', async ({
  page,
}) => {
  await importOnNarrowPhone(page, 'week-3.txt', WEEK_3_AIKEN.join('\n\n'))
  const box = page.getByRole('group', { name: '2 questions left out' })
  await expect(box.getByRole('listitem')).toHaveCount(2)
  expect(await brokenWords(page, box.locator('h3, p, li'))).toEqual([])
})

// The file's box and the box in it kept 59 px of padding between them: at 320 px and 200 % text a
// message had 221 px of the 320, eleven lines of three words (“Write the / letter of one”).
test('on a 320 px phone at 200 % text an import’s questions left out have the box’s width', async ({
  page,
}) => {
  await importOnNarrowPhone(page, 'week-3.txt', WEEK_3_AIKEN.slice(0, 2).join('\n\n'))
  const box = page.getByRole('group', { name: '1 question left out' })
  const message = box.getByRole('listitem')
  await expect(message).toHaveText(/^Line 9: Question 2/)
  const lines = await message.evaluate((li) => {
    const { height } = li.getBoundingClientRect()
    return Math.round(height / parseFloat(getComputedStyle(li).lineHeight))
  })
  expect(lines).toBeLessThanOrEqual(10)
  expect((await message.boundingBox())!.width).toBeGreaterThanOrEqual(240)
})

// A select as tall as its title: at 320 px and 200 % text “Syria's Assad Flies to Russia for Talks
// With Putin” made the article's box five lines (277 px) tall; two at most, then “…”.
test('on a 320 px phone at 200 % text an import’s article is chosen in a box two lines tall at most', async ({
  page,
}) => {
  await importOnNarrowPhone(page, 'week-3.txt', WEEK_3_AIKEN[0]!)
  const select = page.getByLabel('The article it is about')
  await expect(select.locator('option:checked')).toHaveText(
    "Syria's Assad Flies to Russia for Talks With Putin",
  )
  const lines = await select.evaluate((el) => {
    const { height } = el.getBoundingClientRect()
    return height / parseFloat(getComputedStyle(el).lineHeight)
  })
  expect(lines).toBeLessThan(3)
  // Still chosen from the keyboard, each title in full in the list.
  await select.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('option', { name: /^Syria's Assad Flies to Russia for Talks With Putin$/ }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll).toBeLessThanOrEqual(320)
})

// The list in that box lost 40 px of its 222 to its indent: at 320 px and 200 % text a name broke
// inside, “(“Putin”, “Medvede / v”), and a question…”.
test('on a 320 px phone at 200 % text an import’s problems take the box’s width, names whole', async ({
  page,
}) => {
  await importOnNarrowPhone(
    page,
    'week-3.gift',
    [
      '::w2::Who met him? {=Putin =Medvedev ~Erdogan}',
      '::w3::Who spoke? {=Peskov =Lavrov ~Zakharova}',
      '::tf::Sochi is in Russia. {T}',
    ].join('\n\n'),
  )
  const box = page.getByRole('group', { name: '2 questions left out' })
  await expect(box.getByRole('listitem')).toHaveCount(2)
  expect(await brokenWords(page, box.locator('li'))).toEqual([])
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll).toBeLessThanOrEqual(320)
})

// A teacher's own sets with long titles: at 320 px and 200 % text the library's card broke them,
// “Understan / ding”, “comprehen / sion”; at 390 px “Understandin / g”.
for (const width of [320, 390]) {
  test(`on a ${width} px phone at 200 % text a teacher’s long set titles break only between words in the library and the studio`, async ({
    page,
  }) => {
    const titles = [
      'Assad and Putin in Sochi: who said what about the Syrian peace process',
      'Understanding the Kremlin’s announcement and the leaders’ opening remarks',
      'Year 9 revision — comprehension questions on international diplomacy 2018',
    ]
    await resizeTo(page, { width, height: 844 })
    await useTextSize(page, 200)
    for (const [i, title] of titles.entries()) {
      await openApp(page, '#/studio/import')
      await saveOwnCopy(page, title, `set-${i}.json`)
    }
    await page.goto('./#/studio')
    const names = page.locator('.studio-list .item-name > :first-child')
    await expect(names.filter({ hasText: /Sochi:|Kremlin|revision/ })).toHaveCount(3)
    expect(await brokenWords(page, names)).toEqual([])
    await page.goto('./')
    const headings = page.locator('.set-summary h3')
    await expect(headings.filter({ hasText: /Sochi:|Kremlin|revision/ })).toHaveCount(3)
    // The “yours” badge after a title is a word of its own, run into the title's last word in
    // the heading's text (“processyours”): not a word broken.
    const broken = await brokenWords(page, headings)
    expect(broken.filter((b) => !b.endsWith(' / yours'))).toEqual([])
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scroll).toBeLessThanOrEqual(width)
  })
}

// A set of your own in the studio's list: at 320 px and 200 % text its six actions took four
// lines, “Edit Share” / “Print Download” / “Duplicate” / “Delete…”, 491 px a set.
test('on a 320 px phone at 200 % text a set of your own in the studio keeps Edit and Share in sight and the rest behind “More”, 400 px a set', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page)
  await page.goto('./#/studio')
  const row = page.getByRole('region', { name: 'Your sets' }).getByRole('listitem')
  await expect(row.getByRole('link', { name: 'Share My copy', exact: true })).toBeVisible()
  expect((await row.boundingBox())?.height).toBeLessThanOrEqual(400)
  await expect(row.getByRole('button', { name: /^Duplicate/ })).toBeHidden()
  // Opened, the rest are there, under the everyday two, and nothing scrolls sideways.
  const more = row.getByRole('button', { name: 'More actions for My copy' })
  await more.click()
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  for (const name of [/^Download/, /^Duplicate/, /^Delete/])
    await expect(row.getByRole('button', { name })).toBeVisible()
  await expect(row.getByRole('link', { name: /^Print/ })).toBeVisible()
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll).toBeLessThanOrEqual(320)
})

// “More” was set on its baseline, its triangle's foot: its word sat 0.3 px above “Edit” and
// “Share” at 100 % text and 1.3 px below them at 200 %.
for (const textSize of [100, 200]) {
  test(`at 1280 px with ${textSize} % text “More” stands on the line of “Edit” and “Share” beside it, in the library and the studio`, async ({
    page,
  }) => {
    await useTextSize(page, textSize)
    await openApp(page, '#/studio/import')
    await saveOwnCopy(page)
    for (const [hash, list] of [
      ['#/', page.getByRole('listitem').filter({ hasText: 'My copy' })],
      ['#/studio', page.getByRole('region', { name: 'Your sets' }).getByRole('listitem')],
    ] as const) {
      await page.evaluate((h) => (location.hash = h), hash)
      const actions = list.locator('.set-studio-actions')
      await expect(actions.getByRole('button', { name: 'More actions for My copy' })).toBeVisible()
      // The bottom of each one's words (its first text, not the box around it).
      const bottoms = await actions.evaluate((box) =>
        [...box.querySelectorAll(':scope > :is(a, button)')].map((el) => {
          const range = document.createRange()
          range.selectNodeContents(el.firstChild!)
          return range.getBoundingClientRect().bottom
        }),
      )
      expect(bottoms, hash).toHaveLength(3)
      for (const bottom of bottoms)
        expect(Math.abs(bottom - bottoms[0]!), `${hash} ${bottoms.join(', ')}`).toBeLessThanOrEqual(
          0.5,
        )
    }
  })
}

// The set editor's first screen: at 320 px and 200 % text “Save to my library” and “Download the
// set as a file” took two lines each, and the intro eight (“Sets that come with Passage are saved
// as your own copy.”): the Title field started at 1 411 px, 539 px at 390 px.
for (const { width, textSize, titleTop } of [
  { width: 320, textSize: 200, titleTop: 1250 },
  { width: 390, textSize: 100, titleTop: 500 },
  { width: 1280, textSize: 100, titleTop: 360 },
]) {
  const text = textSize === 100 ? '' : ` with ${textSize} % text`
  test(`at ${width} px${text} the set editor's toolbar buttons take a line each and the Title field starts within ${titleTop} px`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    if (textSize !== 100) await useTextSize(page, textSize)
    await openApp(page, '#/studio/edit/assad-sochi-2018/who-said-what')
    const title = page.getByLabel('Title', { exact: true })
    await expect(title).toHaveValue('Who said what (copy)')
    await settled(page)
    const toolbar = page.locator('.editor-toolbar')
    // Named in full, read aloud or not: “Save” and “Download” on a phone.
    for (const name of ['Save to my library', 'Download the set as a file', 'Undo', 'Redo']) {
      const button = toolbar.getByRole('button', { name, exact: true })
      // A line of text: 44 px at 100 % text, 88 px at 200 % (two lines: 69 and 137 px).
      expect((await button.boundingBox())!.height, name).toBeLessThan((55 * textSize) / 100)
    }
    expect((await title.boundingBox())!.y).toBeLessThan(titleTop)
  })
}

// At 390 px “Edit “Talks in Sochi”” was balanced over two lines as “Edit “Talks / in Sochi””,
// the set's name broken after its first word; now the name goes whole under “Edit”.
test('at 390 px the set editor’s heading keeps a set’s name whole on a line under “Edit”', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 800 })
  await openApp(page, '#/studio/import')
  await saveOwnCopy(page, 'Talks in Sochi')
  const heading = page.getByRole('heading', {
    level: 1,
    name: 'Edit “Talks in Sochi”',
    exact: true,
  })
  await expect(heading).toBeVisible()
  await settled(page)
  const [lines, startsLine] = await heading.evaluate((h) => {
    const name = h.querySelector('.heading-name')!
    const rects = name.getClientRects()
    return [rects.length, Math.abs(rects[0]!.left - h.getBoundingClientRect().left) < 1]
  })
  expect(lines).toBe(1)
  expect(startsLine).toBe(true)
})

/**
 * The editor open on a copy of “Who said what” at `width` px and 200 % text, its title changed
 * and left, so the toolbar's status speaks of it; returns the Title field.
 */
async function editedCopyAt(page: Page, width: number): Promise<Locator> {
  await resizeTo(page, { width, height: 800 })
  await useTextSize(page, 200)
  await openApp(page, '#/studio/edit/assad-sochi-2018/who-said-what')
  const title = page.getByLabel('Title', { exact: true })
  await title.fill('Who said what (copy 2)')
  await title.blur()
  return title
}

/**
 * The set editor's sticky toolbar shows `text` beside its buttons (level with Redo, to its right),
 * in a bar under 150 px, nothing cut: the words inside the bar and the bar on the screen.
 */
async function expectStatusBeside(page: Page, text: string): Promise<Locator> {
  const toolbar = page.locator('.editor-toolbar.sticky')
  const status = toolbar.locator('.editor-status')
  await expect(status).toHaveText(text)
  await settled(page)
  const bar = (await toolbar.boundingBox())!
  const words = (await status.boundingBox())!
  const redo = (await toolbar.getByRole('button', { name: 'Redo', exact: true }).boundingBox())!
  expect(bar.height).toBeLessThan(150)
  expect(words.x).toBeGreaterThan(redo.x + redo.width)
  expect(words.y).toBeLessThan(redo.y + redo.height)
  expect(words.y).toBeGreaterThanOrEqual(bar.y)
  expect(words.y + words.height).toBeLessThanOrEqual(bar.y + bar.height)
  expect(words.x + words.width).toBeLessThanOrEqual(bar.x + bar.width)
  expect(bar.x + bar.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  return status
}

// The toolbar sticks to the top of the screen beside the article from 1120 px up. At 200 % text
// its status (“✓ No problems · not saved to your library yet”) took a row of its own, a bar 186 px
// tall: at 1280 px it was at least 14rem wide, more than the 398 px the buttons leave; at 1120 px,
// the narrowest it sticks, the buttons left 326 px and it needs 400 for two lines. Beside them, in
// two lines of its own box (the buttons' sides narrower at 1120 px), the bar is 132 px.
for (const width of [1280, 1120]) {
  test(`at ${width} px with 200 % text the set editor’s sticky toolbar keeps its status beside the buttons, in two lines`, async ({
    page,
  }) => {
    await editedCopyAt(page, width)
    const status = await expectStatusBeside(page, '✓ No problems · not saved to your library yet')
    expect(await renderedLines(status)).toHaveLength(2)
  })
}

// Where the browser keeps no draft the status adds “⚠ this browser is not keeping a draft: save or
// download before you leave”: beside the buttons, in its 422 px box, it took six lines and the
// sticky bar 331 px of an 800 px screen. On a row of its own it takes two, the bar 236 px.
test('at 1280 px with 200 % text the set editor’s sticky toolbar gives “not keeping a draft” a row of its own, two lines', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await editedCopyAt(page, 1280)
  const toolbar = page.locator('.editor-toolbar.sticky')
  const status = toolbar.locator('.editor-status')
  await expect(status).toHaveText(
    '✓ No problems · not saved to your library yet · ⚠ this browser is not keeping a draft: save or download before you leave',
  )
  await settled(page)
  const bar = (await toolbar.boundingBox())!
  const words = (await status.boundingBox())!
  const save = (await toolbar.getByRole('button', { name: 'Save to my library' }).boundingBox())!
  expect(bar.height).toBeLessThan(250)
  // Under the buttons, across the bar, whole.
  expect(words.y).toBeGreaterThanOrEqual(save.y + save.height)
  expect(words.y + words.height).toBeLessThanOrEqual(bar.y + bar.height)
  expect(words.x + words.width).toBeLessThanOrEqual(bar.x + bar.width)
  expect(await renderedLines(status)).toHaveLength(2)
})

// Between 1120 and 1279 px at 200 % text the buttons left less than the status's 12rem, and “✓ No
// problems” alone after a save took its 12rem too: the status had a row of its own, a bar of 186 px,
// also at 1280 px once “✓ Saved” stood beside Save. Narrower button sides, and a status no wider
// than its words, keep it beside them: 120–132 px.
test('at 1200 px with 200 % text the set editor’s sticky toolbar keeps its status beside the buttons, before and after a save', async ({
  page,
}) => {
  const title = await editedCopyAt(page, 1200)
  const toolbar = page.locator('.editor-toolbar.sticky')
  const beside = (text: string) => expectStatusBeside(page, text)
  await beside('✓ No problems · not saved to your library yet')
  const save = toolbar.getByRole('button', { name: 'Save to my library' })
  await save.click()
  await beside('✓ No problems')
  // Saved again at 1280 px: “✓ Saved” beside Save, and the status still beside Redo.
  await resizeTo(page, { width: 1280, height: 800 })
  await title.fill('Who said what (copy 3)')
  await title.blur()
  await save.click()
  await expect(toolbar.getByText('✓ Saved')).toBeVisible()
  await beside('✓ No problems')
})

/** Once they are all shown, `buttons` stand on one row and nothing scrolls sideways at `width`. */
async function expectOneRow(page: Page, buttons: Locator[], width: number) {
  await expect(buttons.at(-1)!).toBeVisible()
  await settled(page)
  const tops = await Promise.all(buttons.map(async (b) => Math.round((await b.boundingBox())!.y)))
  expect(new Set(tops).size, `tops ${tops.join(', ')}`).toBe(1)
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll).toBeLessThanOrEqual(width)
}

// The question card's sides were 1rem, 32 px each at 200 % text: on a 320 px phone an option's ×
// took a row of its own under ↑ ↓, 64 px more for each option.
test('on a 320 px phone at 200 % text an option’s ↑ ↓ × in the editor take one row', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, '#/studio/new/assad-sochi-2018')
  const card = page.getByRole('region', { name: 'Question 1', exact: true })
  const buttons = ['Move option 1 up', 'Move option 1 down', 'Remove option 1'].map((name) =>
    card.getByRole('button', { name, exact: true }),
  )
  await expectOneRow(page, buttons, 320)
})

// In the editor's card (312 px at 390 px, 284 px at 360 px) the preview's “Try again” and “Show
// the answer” took two rows, where the quiz's column has them on one (350 px, and 320 px at 360 px).
for (const width of [360, 390]) {
  test(`at ${width} px a question’s preview keeps “Try again” and “Show the answer” on one row, as the quiz does`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    await openApp(page, '#/studio/edit/assad-sochi-2018/who-said-what')
    const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
    await q1.getByRole('button', { name: 'Preview', exact: true }).click()
    const preview = q1.locator('.question-preview')
    await preview.getByRole('radio', { name: 'Vladimir Putin' }).check()
    await preview.getByRole('button', { name: 'Check the answer' }).click()
    const buttons = ['Try again', 'Show the answer'].map((name) =>
      preview.getByRole('button', { name, exact: true }),
    )
    await expectOneRow(page, buttons, width)
  })
}

// A question's Type list touched the “Question” label under it (0 px between them), at every
// width and text size: the head's last row had no margin under it.
for (const { width, textSize } of [
  { width: 320, textSize: 200 },
  { width: 1280, textSize: 100 },
]) {
  test(`at ${width} px with ${textSize} % text a question's Type list in the editor stands clear of the “Question” label under it`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    if (textSize !== 100) await useTextSize(page, textSize)
    await openApp(page, '#/studio/new/assad-sochi-2018')
    const card = page.getByRole('region', { name: 'Question 1', exact: true })
    const type = card.getByLabel('Type', { exact: true })
    await expect(type).toBeVisible()
    await settled(page)
    const list = (await type.boundingBox())!
    const label = (await card.getByText('Question', { exact: true }).boundingBox())!
    expect(label.y - (list.y + list.height)).toBeGreaterThanOrEqual((6 * textSize) / 100)
  })
}

/** Where the lines of `blocks` break inside a word, as “wholeheartedl / y”. */
async function brokenWords(page: Page, blocks: Locator): Promise<string[]> {
  await settled(page)
  const broken: string[] = []
  for (const block of await blocks.all()) {
    const text = (await block.textContent())!.replace(/\s+/g, ' ')
    const lines = await renderedLines(block)
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const next = lines[i + 1]!
      if (/\p{L}$/u.test(line) && /^\p{L}/u.test(next) && text.includes(line + next))
        broken.push(`${line} / ${next}`)
    }
  }
  return broken
}

// No shipped prompt has a word as long as “wholeheartedly”: at 320 px and 200 % text the
// heading's indent under the chevron (24 px) broke it inside, “wholeheartedl” / “y”, folded or open.
test('on a 320 px phone at 200 % text a review’s prompt with a long word breaks only between words', async ({
  page,
}) => {
  const passage: Passage = {
    schemaVersion: 1,
    id: 'harbour-notes',
    title: 'Harbour notes',
    publisher: 'Quay Gazette',
    date: '2024-05-01',
    paragraphs: ['The ferry left at dawn. Its crew wholeheartedly welcomed forty passengers.'],
  }
  const bank: Bank = {
    schemaVersion: 2,
    id: 'harbour-notes/ferry',
    title: 'Ferry check',
    passage: 'harbour-notes',
    passMark: 0.5,
    questions: [
      {
        id: 'q1',
        type: 'truefalse',
        prompt: 'The crew wholeheartedly welcomed the passengers.',
        answer: true,
        evidence: 'Its crew wholeheartedly welcomed forty passengers.',
      },
    ],
  }
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page, `#/shared/${encodeShare(bundleOf(bank, passage))}`)
  await page.getByRole('button', { name: 'Add to my library' }).click()
  await page.getByRole('link', { name: 'Play it' }).click()
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: 'Start 1 question' }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await page.getByRole('button', { name: 'Review answers' }).click()
  const prompt = page.locator('.review-item .review-prompt')
  await expect(prompt).toContainText('wholeheartedly')
  expect(await brokenWords(page, prompt)).toEqual([])
  await page.getByRole('button', { name: 'Open all' }).click()
  await expect(page.locator('.review-item details')).toHaveAttribute('open')
  expect(await brokenWords(page, prompt)).toEqual([])
})

test('on a phone a checked ordering shows each item’s words and its mark whole, the long mark under them', async ({
  page,
}) => {
  await resizeTo(page, { width: 390, height: 844 })
  await startInBankOrder(page, 'numbers-places-people')
  const items = page.locator('fieldset.question .order-item')
  await skipUntil(page, items)
  // The order as it came, whatever it is, is checked; then the answer is shown with every mark.
  await page.getByRole('button', { name: /^Check/ }).click()
  await expect(page.locator('#feedback-heading')).toBeFocused()
  const show = page.getByRole('button', { name: 'Show the answer' })
  if (await show.isVisible()) await show.click()
  const marks = page.locator('fieldset.question .order-item .option-mark')
  await expect(marks).toHaveCount(3)
  const phrase = page.locator('fieldset.question .order-text')
  for (let k = 0; k < 3; k++) {
    const mark = (await marks.nth(k).boundingBox())!
    const words = (await phrase.nth(k).boundingBox())!
    // Squeezed side by side, "Right" broke into "Ri / g / ht" and the words into a narrow column.
    expect(mark.width).toBeGreaterThan(50)
    expect(words.width).toBeGreaterThan(150)
  }
})

// In a page of 9em (a 288 px phone at 200 % text) “intervened” had 162 px beside its place, 3 too
// few, and broke inside, “intervene / d”; 320 px at 200 % text had room for it already.
test('on a 288 px phone at 200 % text the items to put in order break only between words', async ({
  page,
}) => {
  await resizeTo(page, { width: 288, height: 844 })
  await useTextSize(page, 200)
  await startInBankOrder(page, 'who-said-what')
  const words = page.locator('fieldset.question .order-text')
  await skipUntil(page, words)
  await expect(words).toContainText(['Russia, on why it intervened'])
  expect(await brokenWords(page, words)).toEqual([])
  await expectNoSidewaysScroll(page, 'the ordering question')
})

/**
 * The lines of each option's words (the number's badge left out), as [left of the first line, left
 * of every further line]: a wrapped option's later lines start where its first line's words do.
 */
async function optionLines(page: Page, item = '.choice label', badge = '.choice-key') {
  return page.locator(`fieldset.question ${item}`).evaluateAll(
    (labels, badge) =>
      labels.map((label) => {
        const range = document.createRange()
        range.setStartAfter(label.querySelector(badge)!)
        range.setEnd(label, label.childNodes.length)
        const lines = new Map<number, number>()
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue
          const top = Math.round(rect.top)
          lines.set(top, Math.min(lines.get(top) ?? Infinity, rect.left))
        }
        const lefts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, left]) => left)
        return { first: lefts[0]!, rest: lefts.slice(1) }
      }),
    badge,
  )
}

const CHOICE: [string, string] = ['.choice label', '.choice-key']
const ORDER: [string, string] = ['.order-item', '.order-position']
/** Where long options wrap: "Who said what" 8 (several answers) and 11 (one), and the items
    of "Numbers, places, people" 10 to put in order, each after its place ("1."). */
const WRAPPING = [
  {
    slug: 'who-said-what',
    stops: new Map([
      [8, CHOICE],
      [11, CHOICE],
    ]),
  },
  { slug: 'numbers-places-people', stops: new Map([[10, ORDER]]) },
]

for (const { width, textSize } of [
  { width: 390, textSize: 100 },
  { width: 1280, textSize: 200 },
]) {
  test(`at ${width} px and ${textSize} % text a wrapped option's second line starts under its words, not under its number`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 900 })
    // Before the page loads: the setting is written as the page starts, and every later page
    // here is the same document (a change of hash). Set after it, the text stayed at 100 %.
    await useTextSize(page, textSize)
    await page.goto('./')
    let wrapped = 0
    for (const { slug, stops } of WRAPPING) {
      await page.evaluate((s) => (location.hash = `#/quiz/assad-sochi-2018/${s}`), slug)
      await page.getByRole('button', { name: /^More options/ }).click()
      await expect(page.getByLabel('Shuffle the questions')).toBeVisible()
      await page.getByLabel('Shuffle the questions').uncheck()
      await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
      for (let n = 1; n <= Math.max(...stops.keys()); n++) {
        await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible()
        const parts = stops.get(n)
        if (parts) {
          await expect(page.locator(`fieldset.question ${parts[0]}`).first()).toBeVisible()
          for (const { first, rest } of await optionLines(page, ...parts)) {
            wrapped += rest.length ? 1 : 0
            for (const left of rest) expect(left, `${slug} ${n}`).toBeCloseTo(first, 0)
          }
        }
        await page.getByRole('button', { name: 'Skip' }).click()
      }
    }
    expect(wrapped, 'options that wrap').toBeGreaterThan(1)
  })
}

for (const { width, textSize, fileLines, scormLines } of [
  // “who-said- / what-scorm12.zip” and “Download for your LMS / (SCORM)” centred, before; then
  // that label two lines in the 316 px column where the other four tools take one.
  { width: 390, textSize: 100, fileLines: ['who-said-what-scorm12.zip'], scormLines: 1 },
  // Too long for a line: the name breaks after a hyphen, never inside a word (the article a
  // section under a rule there, not a box: two lines, where the box's padding made three; the
  // SCORM button's label three lines, where it took four).
  { width: 320, textSize: 200, fileLines: ['who-said-what-', 'scorm12.zip'], scormLines: 3 },
  { width: 1280, textSize: 100, fileLines: ['who-said-what-scorm12.zip'], scormLines: 1 },
]) {
  const text = textSize === 100 ? '' : ` with ${textSize} % text`
  test(`at ${width} px${text} a set's tools line up and a downloaded file's name is whole where it fits`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    if (textSize !== 100) await useTextSize(page, textSize)
    await openApp(page, '#/classroom')
    const card = page.locator('.set-tools').filter({ hasText: 'Who said what' })
    const scorm = card.getByRole('button', { name: /^Download for an LMS \(SCORM\)/ })
    const downloading = page.waitForEvent('download')
    await scorm.click()
    await downloading
    const name = card.locator('.tool-outcome .download-name')
    await expect(name).toHaveText('who-said-what-scorm12.zip')
    await expect(card.locator('.tool-outcome p')).toHaveText(
      /^Downloaded who-said-what-scorm12\.zip \(\d+\u00a0kB\)\.$/,
    )
    await settled(page)
    expect(await renderedLines(name)).toEqual(fileLines)
    // Each line of the SCORM button's label starts where the button's words start, as a link's do.
    const tools = card.locator('.tool-row > *')
    const starts = await scorm.evaluate((button) => {
      const range = document.createRange()
      range.selectNodeContents(button.firstChild!)
      const pad = parseFloat(getComputedStyle(button).paddingLeft)
      const box = button.getBoundingClientRect()
      return [...range.getClientRects()].map((r) =>
        Math.abs(Math.round(r.left - box.left - button.clientLeft - pad)),
      )
    })
    expect(starts).toEqual(Array<number>(scormLines).fill(0))
    if (width < 1024) {
      // On a phone the tools are a column of buttons of one width.
      const widths = await tools.evaluateAll((all) =>
        all.map((tool) => Math.round(tool.getBoundingClientRect().width)),
      )
      expect(new Set(widths).size, `widths ${widths.join(', ')}`).toBe(1)
    }
  })
}

test('on a 320 px phone at 200 % text a shared set’s summary reads as its library card does: count and pass mark, then the kinds', async ({
  page,
}) => {
  await resizeTo(page, { width: 320, height: 844 })
  await useTextSize(page, 200)
  await openApp(page)
  const card = page
    .locator('.set-summary')
    .filter({ has: page.getByRole('heading', { name: 'Numbers, places and people' }) })
  await expect(card).toBeVisible()
  await settled(page)
  const onCard = (await renderedLines(card.locator('.set-meta'))).map((l) => l.replace(/\s+/g, ' '))
  const passage = JSON.parse(
    readFileSync('questions/assad-sochi-2018/passage.json', 'utf8'),
  ) as Passage
  const link = encodeShare(bundleOf(loadBank('numbers-places-people'), passage))
  await openApp(page, `#/shared/${link}`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Numbers, places and people' }),
  ).toBeVisible()
  await settled(page)
  const shared = (await renderedLines(page.locator('.set-meta'))).map((l) => l.replace(/\s+/g, ' '))
  // The kinds ran on between the count and the pass mark, “question · pass / mark 70%” the last
  // lines; now the two read together, as on the card, and the kinds under them.
  expect(shared.join(' ')).toMatch(/^\d+ questions · pass mark \d+% \d+ single choice/)
  expect(shared).toEqual(onCard)
})

// A teacher's topic is a phrase, not a word: beside its score “International relations and
// diplomacy” had a third of a 390 px screen, four lines a word each, as set names had before
// 4cdd745. It takes the row's width as they do, its marks under it and its score at their end.
for (const { width, size, lines } of [
  { width: 390, size: 100, lines: ['International relations and diplomacy'] },
  { width: 390, size: 200, lines: ['International', 'relations and', 'diplomacy'] },
  { width: 320, size: 200, lines: ['International', 'relations and', 'diplomacy'] },
]) {
  test(`on a ${width} px phone at ${size} % text the dashboard’s long topic names take the row’s width`, async ({
    page,
  }) => {
    await resizeTo(page, { width, height: 844 })
    if (size === 200) await useTextSize(page, 200)
    const topic = 'International relations and diplomacy'
    const shipped = loadBank('who-said-what')
    const bank = {
      ...shipped,
      questions: shipped.questions.map((q, i) => (i < 2 ? { ...q, tags: [topic] } : q)),
    }
    await withReview(
      page,
      answeredInQuiz(['wsw-01', 'wsw-02'], Date.now(), () => true, 'assad-sochi-2018/my-copy'),
    )
    await openApp(page, '#/studio/import')
    await saveOwnCopy(page, 'My copy', 'my-copy.json', bank)
    await openApp(page, '#/dashboard')
    const row = page.getByRole('row', { name: new RegExp(`^${topic}`) })
    await expectNameAcrossRow(page, row, lines)
  })
}
