import { expect, test } from '@playwright/test'
import { loadBank, openApp } from './helpers.ts'

test('a half-credit retry reads the same on the results, the review and Progress', async ({
  page,
}) => {
  const bank = loadBank('who-said-what')
  const five = bank.questions.slice(0, 5)
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.getByLabel('Shuffle the questions').uncheck()
  await page.getByRole('button', { name: /^More options/ }).click()
  await page.getByLabel('Number of questions').selectOption('5')
  await page.getByRole('button', { name: 'Start 5 questions' }).click()

  const choose = (name: string) =>
    page.locator('fieldset.question').getByRole('radio', { name, exact: true }).check()
  const check = () => page.getByRole('button', { name: 'Check answer' }).click()
  for (const [i, q] of five.entries()) {
    if (q.type !== 'single') throw new Error(`expected single choice, got ${q.type}`)
    const wrong = q.choices.find((c) => c !== q.answer)!
    if (i === 0) {
      // Wrong, then right on the second try: half a mark.
      await choose(wrong)
      await check()
      await page.getByRole('button', { name: 'Look back and try again' }).click()
      await choose(q.answer)
      await check()
      // Seen as "½ — …", heard in words (a screen reader says "one half dash", or nothing).
      const verdict = page.getByRole('heading', {
        name: 'Half a mark — right on the second try',
      })
      await expect(verdict).toBeFocused()
      await expect(verdict.getByText('½', { exact: true })).toBeVisible()
      await expect(verdict.locator('.visually-hidden')).toHaveText('Half a mark')
    } else if (i === 2) {
      await choose(wrong)
      await check()
      // The student's own choice stays drawn in the accent once the inputs are disabled, not in
      // the pale grey a browser gives a disabled box.
      const chosen = page.locator('fieldset.question input:checked')
      await expect(chosen).toBeDisabled()
      const drawn = await chosen.evaluate((el) => ({
        appearance: getComputedStyle(el).appearance,
        edge: getComputedStyle(el).borderTopColor,
        dot: getComputedStyle(el, '::before').backgroundColor,
      }))
      expect(drawn.appearance).toBe('none')
      expect(drawn.dot).toBe(drawn.edge)
      await page.getByRole('button', { name: 'Show the answer' }).click()
    } else {
      await choose(q.answer)
      await check()
    }
    await page.getByRole('button', { name: i === 4 ? 'See results' : 'Next question' }).click()
  }

  // 1 + 1 + 1 + ½ + 0 = 3.5 of 5 marks, 70 %; three questions fully right; two to retry.
  await expect(page.locator('.result-score')).toHaveText('70%')
  await expect(page.locator('.result-count')).toHaveText(
    '3.5 of 5 marks · 3 of 5 questions fully right',
  )
  await expect(page.getByRole('button', { name: 'Answer the 2 I missed again' })).toBeVisible()
  await page.getByRole('button', { name: 'Review answers' }).click()
  await expect(page.locator('.review-item h3').first()).toHaveAccessibleName(
    'Question 1: Half a mark — right on the second try',
  )

  await page.getByRole('link', { name: 'your progress' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible()
  // Five of the set's questions: listed among the attempts, not scored as the set's best.
  const set = page.locator('.set-progress')
  await set.getByText('Scores as a table').click()
  await expect(set.locator('tbody tr')).toHaveText([/Practice\s*70%\s*–\s*Part of the set/])
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Review Who said what, / })
    .click()
  await expect(page.locator('.result-score')).toHaveText('70%')
  await expect(page.locator('.result-count')).toHaveText(
    '3.5 of 5 marks · 3 of 5 questions fully right',
  )
  await expect(page.locator('.review-item h3').first()).toHaveAccessibleName(
    'Question 1: Half a mark — right on the second try',
  )
})
