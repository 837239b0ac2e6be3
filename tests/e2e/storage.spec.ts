import { expect, test } from '@playwright/test'
import {
  answerWithKeyboard,
  currentQuestion,
  expectNoAxeViolations,
  loadBank,
  openApp,
} from './helpers.ts'

test('a quiz in progress survives a reload: same question, same answers, same order', async ({
  page,
}) => {
  const bank = loadBank('who-said-what')
  const total = bank.questions.length
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).press('Enter')
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible()

  const first = await currentQuestion(page, bank)
  await answerWithKeyboard(page, first)
  await page.getByRole('button', { name: 'Check answer' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible()
  const second = await currentQuestion(page, bank)

  await page.reload()
  await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toBeVisible()
  await expect(page.getByText(`Practice: question 2 of ${total}, 1 answered.`)).toBeVisible()
  await expectNoAxeViolations(page, 'resume offer')
  await page.getByRole('button', { name: 'Resume' }).press('Enter')
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible()
  expect((await currentQuestion(page, bank)).id).toBe(second.id)

  // The quiz carries on from there.
  await answerWithKeyboard(page, second)
  await page.getByRole('button', { name: 'Check answer' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
})

test('"Start over" on a quiz in progress asks before throwing answers away, and keeps focus', async ({
  page,
}) => {
  const bank = loadBank('who-said-what')
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).press('Enter')
  await expect(page.getByText(`Question 1 of ${bank.questions.length}`)).toBeVisible()
  await answerWithKeyboard(page, await currentQuestion(page, bank))
  await page.getByRole('button', { name: 'Check answer' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()

  await page.reload()
  const startOver = page.getByRole('button', { name: 'Start over' })
  await startOver.press('Enter')
  // Asked beside the button, the safe choice first and focused: Enter keeps the quiz.
  const keep = page.getByRole('button', { name: 'Keep my quiz' })
  await expect(page.getByRole('group', { name: /Start over\? The answer you gave/ })).toBeVisible()
  await expect(keep).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(startOver).toBeFocused()
  await startOver.press('Enter')
  await page.getByRole('button', { name: 'Yes, start over' }).press('Enter')
  // The offer is gone and focus is on the page's heading, above the start form, not lost.
  await expect(page.getByRole('heading', { level: 1, name: 'Who said what' })).toBeFocused()
  await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: /^Start \d+ questions$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toHaveCount(0)
})

test('a timed test resumes with the time it had left, not the time the tab was closed', async ({
  page,
}) => {
  await page.clock.install()
  await openApp(page, '#/quiz/assad-sochi-2018/dates-and-timeline')
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByRole('checkbox', { name: 'Time limit' }).check()
  await page.getByRole('spinbutton').fill('2')
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  const secondsLeft = async () => {
    const [m, s] = (await page.locator('.quiz-timer strong').innerText()).split(':').map(Number)
    return m! * 60 + s!
  }
  await expect(page.locator('.quiz-timer strong')).toHaveText(/^[12]:\d\d$/)
  const before = await secondsLeft()

  await page.reload()
  await expect(page.getByText(/about 2 min left/)).toBeVisible()
  // A minute passes while the quiz is not open; it must not count against the student.
  await page.clock.fastForward(60_000)
  await page.getByRole('button', { name: 'Resume' }).click()
  const after = await secondsLeft()
  expect(after).toBeLessThanOrEqual(before)
  expect(after).toBeGreaterThanOrEqual(before - 2)
})

test('corrupt saved progress is set aside, reported, and can be downloaded or discarded', async ({
  page,
}) => {
  await openApp(page)
  await page.evaluate(() => localStorage.setItem('passage:progress', '{"schemaVersion":1,"att'))
  await page.reload()

  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(notice).toBeVisible()
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('passage:quarantine:'))
      .map((k) => localStorage.getItem(k)),
  )
  expect(kept).toEqual(['{"schemaVersion":1,"att'])
  // In the student's words; what the parser said is there, folded, for whoever helps.
  await expect(notice.locator('p').first()).not.toContainText('JSON')
  const detail = notice.getByText(/^Passage found that it is not valid JSON/)
  await expect(detail).toBeHidden()
  await notice.getByText('What was wrong').click()
  await expect(detail).toBeVisible()
  await expectNoAxeViolations(page, 'storage notice')

  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download it' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^passage-quarantine-.*\.txt$/)

  await notice.getByRole('button', { name: 'Discard it' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0)
  const left = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('passage:quarantine:')),
  )
  expect(left).toEqual([])
})

test('a full storage is one notice: what could not be saved, what is safe, what to do', async ({
  page,
}) => {
  await openApp(page, '#/settings')
  // Another page of this site took every byte the browser gives it.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20)
    for (let i = 0; chunk.length > 1;) {
      try {
        localStorage.setItem(`other-site-page-${i}`, chunk)
        i++
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1)
      }
    }
  })
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.evaluate(() => (location.hash = '#/quiz/assad-sochi-2018/who-said-what'))
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.keyboard.press('1')

  const notices = page.locator('.storage-notice')
  await expect(notices).toHaveCount(1)
  await expect(notices).toContainText(
    'Storage in this browser is full, so Passage could not save your quiz in progress and settings. Everything saved before is safe',
  )
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(notices).toHaveCount(1)
  await expect(notices).toContainText(/could not save your progress.* and settings\./)
  await expect(notices).toContainText('download a backup now')
  await notices.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notices).toHaveCount(0)
})

/** Another page of this site takes every byte of localStorage the browser gives it. */
async function fillLocalStorage(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20)
    for (let i = 0; chunk.length > 1;) {
      try {
        localStorage.setItem(`other-site-page-${i}`, chunk)
        i++
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1)
      }
    }
  })
}

test('a quiz in progress storage cannot take survives a reload of its tab, with its answers', async ({
  page,
}) => {
  const bank = loadBank('who-said-what')
  const total = bank.questions.length
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await fillLocalStorage(page)
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).press('Enter')
  await expect(page.getByText(`Question 1 of ${total}`)).toBeVisible()
  const first = await currentQuestion(page, bank)
  await answerWithKeyboard(page, first)
  await page.getByRole('button', { name: 'Check answer' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible()
  const second = await currentQuestion(page, bank)
  await expect(page.locator('.storage-notice')).toContainText(
    'could not save your quiz in progress',
  )

  // The phone reloads the tab on its own.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'You have a quiz in progress' })).toBeVisible()
  await expect(page.getByText(`Practice: question 2 of ${total}, 1 answered.`)).toBeVisible()
  await page.getByRole('button', { name: 'Resume' }).press('Enter')
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible()
  expect((await currentQuestion(page, bank)).id).toBe(second.id)
})

test('a result storage refused is saved once the student frees room, and they are told', async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await fillLocalStorage(page)
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.keyboard.press('1')
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.getByText('could not be saved in this browser')).toBeVisible()

  // The student clears another page's data in another tab, and comes back to this one.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('other-site-page-')) localStorage.removeItem(key)
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(page.locator('.storage-notice')).toHaveText(
    /^Your result is saved now: there was room in this browser’s storage again\./,
  )
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
  // In storage now: its results, reloaded, are those of the saved attempt.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible()
  await expect(page.getByText('Saved to your progress.')).toBeVisible()
  await expect(page.locator('.storage-notice')).toHaveCount(0)
})
