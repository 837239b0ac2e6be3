import { expect, test, type Locator, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Bank } from '../../src/domain/bank/schema.ts'
import {
  answerWithKeyboard,
  currentQuestion,
  expectNoAxeViolations,
  openApp,
  tabTo,
} from './helpers.ts'

const ARTICLE = [
  'The ferry Aurora left the harbour at dawn. It carried forty passengers and two cars.',
  'Captain Mira Holt steered the boat. The engineer, Tom Reyes, checked the engines.',
  'First the ferry stopped at Westport. Then it sailed on to Eastholm. The crossing took three hours.',
]

/** Picks each sentence as evidence for question `q` by clicking it in the article. */
async function pick(page: Page, q: Locator, ...sentences: string[]) {
  await q.getByRole('button', { name: /evidence/ }).click()
  const list = page.getByRole('listbox', { name: /Sentences of the article/ })
  for (const s of sentences) {
    const option = list.getByRole('option', { name: s, exact: true })
    await option.click()
    await expect(option).toHaveAttribute('aria-selected', 'true')
  }
  await expect(q.locator('blockquote')).toHaveCount(sentences.length)
}

async function addQuestion(page: Page, type: string, n: number): Promise<Locator> {
  await page.getByLabel('New question type').selectOption(type)
  await page.getByRole('button', { name: 'Add a question' }).click()
  const q = page.getByRole('region', { name: `Question ${n}`, exact: true })
  await expect(q).toBeVisible()
  return q
}

test('a new teacher pastes an article, writes all seven types, picks evidence, previews, saves, plays, downloads', async ({
  page,
}) => {
  test.setTimeout(240_000)
  // The article, pasted.
  await openApp(page, '#/studio/article/new')
  await page.getByLabel('Title', { exact: true }).fill('Harbour ferry')
  await page.getByLabel('Date published').fill('2024-05-01')
  await page.getByLabel('Text of the article').fill(ARTICLE.join('\n\n'))
  await expect(page.getByText('3 paragraphs so far.')).toBeVisible()
  await expectNoAxeViolations(page, 'article editor')
  await page.getByRole('button', { name: 'Save and write a set' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  const passageId = /#\/studio\/new\/([a-z0-9-]+)/.exec(page.url())?.[1] ?? ''
  expect(passageId).not.toBe('')

  await page.getByLabel('Title', { exact: true }).fill('Ferry check')

  const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
  await q1.getByLabel('Question', { exact: true }).fill('Where did the ferry stop first?')
  await q1.getByLabel('Option 1', { exact: true }).fill('Westport')
  await q1.getByLabel('Option 2', { exact: true }).fill('Eastholm')
  await q1.getByLabel('Option 1 is the right answer').check()
  await pick(page, q1, 'First the ferry stopped at Westport.')

  const q2 = await addQuestion(page, 'multiple', 2)
  await q2.getByLabel('Question', { exact: true }).fill('Who worked on the ferry?')
  await q2.getByRole('button', { name: 'Add option' }).click()
  for (const [i, text] of ['Mira Holt', 'Tom Reyes', 'Anna Berg'].entries()) {
    await q2.getByLabel(`Option ${i + 1}`, { exact: true }).fill(text)
  }
  await q2.getByLabel('Option 1 is a right answer').check()
  await q2.getByLabel('Option 2 is a right answer').check()
  await pick(
    page,
    q2,
    'Captain Mira Holt steered the boat.',
    'The engineer, Tom Reyes, checked the engines.',
  )

  const q3 = await addQuestion(page, 'truefalse', 3)
  await q3.getByLabel('Statement').fill('The ferry left the harbour in the evening.')
  await q3.getByLabel('False', { exact: true }).check()
  await pick(page, q3, 'The ferry Aurora left the harbour at dawn.')

  const q4 = await addQuestion(page, 'numeric', 4)
  await q4.getByLabel('Question', { exact: true }).fill('How many passengers did it carry?')
  await q4.getByLabel('Right answer (a number)').fill('40')
  await pick(page, q4, 'It carried forty passengers and two cars.')

  const q5 = await addQuestion(page, 'short', 5)
  await q5.getByLabel('Question', { exact: true }).fill('Where did it sail after Westport?')
  await q5.getByLabel('accepted answer 1', { exact: true }).fill('Eastholm')
  await pick(page, q5, 'Then it sailed on to Eastholm.')

  const q6 = await addQuestion(page, 'ordering', 6)
  await q6.getByLabel('Question', { exact: true }).fill('Put the stops in order.')
  await q6.getByLabel('item 1', { exact: true }).fill('Westport')
  await q6.getByLabel('item 2', { exact: true }).fill('Eastholm')
  await pick(page, q6, 'First the ferry stopped at Westport.', 'Then it sailed on to Eastholm.')

  const q7 = await addQuestion(page, 'matching', 7)
  await q7.getByLabel('Question', { exact: true }).fill('Match each person to their job.')
  await q7.getByLabel('Pair 1, left side').fill('Mira Holt')
  await q7.getByLabel('Pair 1, right side').fill('captain')
  await q7.getByLabel('Pair 2, left side').fill('Tom Reyes')
  await q7.getByLabel('Pair 2, right side').fill('engineer')
  await pick(
    page,
    q7,
    'Captain Mira Holt steered the boat.',
    'The engineer, Tom Reyes, checked the engines.',
  )

  // Preview with the real question and grader.
  await q1.getByRole('button', { name: 'Preview' }).click()
  const preview = q1.locator('.question-preview')
  await preview.getByRole('radio', { name: /Westport/ }).check()
  await preview.getByRole('button', { name: 'Check the answer' }).click()
  await expect(preview.getByRole('heading', { name: 'Correct', exact: true })).toBeVisible()

  await expect(page.getByText('No problems')).toBeVisible()
  await expectNoAxeViolations(page, 'set editor with seven questions')
  await page.getByRole('button', { name: 'Save to my library' }).first().click()
  await expect(page.getByText('Saved to your library.')).toBeVisible()

  // Download the set and the article, and the validator accepts them as shipped files.
  const dir = join(mkdtempSync(join(tmpdir(), 'passage-')), 'questions', passageId)
  mkdirSync(dir, { recursive: true })
  const [setFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the set as a file' }).first().click(),
  ])
  await setFile.saveAs(join(dir, 'ferry-check.json'))
  const bank = JSON.parse(readFileSync(join(dir, 'ferry-check.json'), 'utf8')) as Bank
  expect(Object.keys(bank)[0]).toBe('$schema')
  expect(bank.questions.map((q) => q.type)).toEqual([
    'single',
    'multiple',
    'truefalse',
    'numeric',
    'short',
    'ordering',
    'matching',
  ])

  // Play it to 100 %.
  await page.getByRole('link', { name: 'Play it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry check' })).toBeVisible()
  await page.getByRole('button', { name: /^Start 7 questions$/ }).click()
  for (let i = 1; i <= 7; i++) {
    await expect(page.getByText(new RegExp(`^Question ${i} of 7$`))).toBeVisible()
    const q = await currentQuestion(page, bank)
    await answerWithKeyboard(page, q)
    if (q.type === 'matching') await tabTo(page, page.getByRole('button', { name: 'Check answer' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Correct', exact: true })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expect(page.locator('.result-score')).toHaveText('100%')

  // Still there after a reload.
  await page.goto('./#/studio')
  await page.reload()
  const article = page
    .getByRole('region', { name: 'Your articles' })
    .getByRole('listitem')
    .filter({ hasText: 'Harbour ferry' })
  await expect(page.getByRole('listitem').filter({ hasText: 'Ferry check' })).toBeVisible()
  await expectNoAxeViolations(page, 'studio')
  const [articleFile] = await Promise.all([
    page.waitForEvent('download'),
    article.getByRole('button', { name: /^Download/ }).click(),
  ])
  await articleFile.saveAs(join(dir, 'passage.json'))
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
    encoding: 'utf8',
  })
  expect(out).toContain('1 question set')
})
