import { expect, test } from '@playwright/test'
import { evidenceQuotes } from '../../src/domain/bank/schema.ts'
import { readFileSync } from 'node:fs'
import { expectNoAxeViolations, loadBank } from './helpers.ts'

const passage = JSON.parse(readFileSync('questions/assad-sochi-2018/passage.json', 'utf8')) as {
  paragraphs: string[]
}

// Stepping went down the article while the feedback lists the quotes in the set's order: here
// “Evidence 1 of 2” was the quote listed second.
test('"Show in the article" highlights every quote of a multi-quote question and steps through them as listed', async ({
  page,
}) => {
  const bank = loadBank('reading-between-the-lines')
  const at = (quote: string) => passage.paragraphs.join(' ').indexOf(quote)
  const question = bank.questions.find((q) => {
    const [first, second, ...rest] = evidenceQuotes(q)
    return rest.length === 0 && second !== undefined && at(first!) > at(second) && at(second) >= 0
  })!
  expect(question, 'a shipped question with two quotes the article has the other way').toBeDefined()
  const quotes = evidenceQuotes(question)

  // A test submitted at once leaves every question in the review, each with its evidence.
  await page.goto(`./#/quiz/${bank.id}`)
  await page.getByRole('radio', { name: /^Test/ }).check()
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await page.getByRole('button', { name: 'Submit test' }).click()
  await page.getByRole('button', { name: 'Submit anyway' }).click()
  await page.getByRole('button', { name: 'Review answers' }).click()

  const item = page.locator('.review-item').filter({ hasText: question.prompt })
  // Review questions start folded: open this one.
  await item.locator('summary').click()
  await expect(item.locator('blockquote.evidence p')).toHaveText([...quotes])
  await item.getByRole('button', { name: /Show in the article/ }).press('Enter')

  // In the article the second quote comes first; the stepper starts at the first listed.
  const marks = page.locator('.reading-article mark')
  await expect(marks).toHaveText([quotes[1]!, quotes[0]!])
  const stepper = page.getByRole('navigation', { name: 'Evidence in the article' })
  await expect(stepper).toContainText('Evidence 1 of 2')
  await expect(marks.nth(1)).toBeFocused()

  await stepper.getByRole('button', { name: /Next/ }).press('Enter')
  await expect(stepper).toContainText('Evidence 2 of 2')
  await expect(marks.nth(0)).toBeFocused()
  await expect(marks.nth(0)).toHaveClass(/current/)

  await stepper.getByRole('button', { name: /Previous/ }).press('Enter')
  await expect(stepper).toContainText('Evidence 1 of 2')
  await expect(marks.nth(1)).toBeFocused()
  await expectNoAxeViolations(page, 'review with two highlighted quotes')
})
