import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { chooseImportFile, expectNoAxeViolations, openApp } from './helpers.ts'
import { ferryBank as bank, ferryPassage as passage } from '../fixtures/studio/ferry.ts'
import type { Bank } from '../../src/domain/bank/schema.ts'
import { draftOf } from '../../src/domain/studio/draft.ts'
import { draftRecord } from '../../src/domain/studio/records.ts'
import { clipWords } from '../../src/domain/text/clip-words.ts'

const fixture = (name: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: readFileSync(`tests/fixtures/interop/${name}`),
})
const XSS = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'
// [plain]: as written, tags and all (Moodle's own format would read the tags as formatting).
const hostileGift = [
  `::x1::[plain]Who wrote ${XSS.replace(/[=#{}:~]/g, (c) => `\\${c}`)}? {`,
  `  =javascript\\:alert(1)`,
  `  ~${'<script>window.hacked=3</script>'.replace(/[=]/g, '\\=')}`,
  '}',
  '',
].join('\n')

async function expectNothingStored(page: Page) {
  await page.goto('./#/studio')
  await expect(page.getByText('None yet. Write one')).toBeVisible()
}

test('a broken Aiken file shows its problems by line, its question with no ANSWER line not finished, and stores nothing; a GIFT file with one broken question brings in the rest and names it', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible()
  const field = page.getByLabel('Choose files, or drop them here')
  // The field is its button alone, without the browser's "No file chosen" beside it (the page
  // lists below what it read): 152 × 42 px here, where the words made it 347 px wide.
  const box = (await field.boundingBox())!
  expect(box.width).toBeLessThan(box.height * 4.5)
  await field.setInputFiles([fixture('broken.aiken'), fixture('broken.gift')])
  const aiken = page.getByRole('region', { name: 'broken.aiken' })
  await expect(aiken.getByRole('group', { name: '3 questions left out' })).toContainText(
    'Line 4: Question 1 (“Where did Assad fly?”): Write the letter of one of its options (A, B) after “ANSWER:”: “D” is not one',
  )
  // Whole but for its ANSWER line: it comes in, to be marked right in the editor, not left out.
  await expect(aiken.getByRole('listitem').filter({ hasText: 'No answer here' })).toHaveText(
    /\(single choice, line 15, not finished\)/,
  )
  const gift = page.getByRole('region', { name: 'broken.gift' })
  await expect(gift.getByRole('group', { name: '1 question left out' })).toContainText(
    'Line 1, column 41: Question “one” (“A question with no closing brace”): a “{” has no matching “}”',
  )
  await expect(gift.getByText('1 of 2 questions', { exact: true })).toBeVisible()
  await expect(gift.getByRole('alert')).toHaveCount(0)
  await expectNoAxeViolations(page, 'import with errors')
  // Fixed and chosen again: its new preview replaces the old problems, the other file's stay.
  await field.setInputFiles({ ...fixture('good.aiken'), name: 'broken.aiken' })
  await expect(aiken).toHaveCount(1)
  await expect(aiken.getByRole('button', { name: 'Open in the editor' })).toBeVisible()
  await expect(aiken.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'broken.gift' })).toHaveCount(1)
  await expectNothingStored(page)
})

test('an Aiken file is previewed, opened in the editor, given evidence by clicking and saved', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await page.getByLabel('Choose files, or drop them here').setInputFiles(fixture('good.aiken'))
  const entry = page.getByRole('region', { name: 'good.aiken' })
  await expect(entry.getByText('2 questions', { exact: true })).toBeVisible()
  await expect(
    entry.getByRole('listitem').filter({ hasText: 'Where did Assad fly' }),
  ).toContainText('line 1')
  await entry.getByLabel('Title of the set').fill('Sochi from Aiken')
  await expectNoAxeViolations(page, 'import preview')
  await entry.getByRole('button', { name: 'Open in the editor' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  // What to do next, in a few words: the picker says how to pick (it added “and click the
  // sentences that prove the answer; then save.”, ten lines at 320 px and 200 % text).
  await expect(
    page.getByText(
      'Imported. Next: for each question, choose “Pick evidence in the article”, then save.',
      { exact: true },
    ),
  ).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Sochi from Aiken')
  const sentences = page.getByRole('listbox', { name: /Sentences of the article/ })
  for (const [n, words] of [
    [1, /Sochi/],
    [2, /Kremlin spokesman/],
  ] as const) {
    const q = page.getByRole('region', { name: `Question ${n}`, exact: true })
    await q.getByRole('button', { name: /evidence/ }).click()
    await sentences.getByRole('option', { name: words }).first().click()
    await expect(q.locator('blockquote')).toHaveCount(1)
  }
  // Picked by the teacher, the evidence is not said to be the file's: the notice turned into
  // “Imported, with the evidence the file gives each question”.
  await expect(page.getByText('Imported. Next: for each question')).toBeVisible()
  await page.getByRole('button', { name: 'Save to my library' }).first().click()
  await expect(page.getByText('Saved to your library.')).toBeVisible()
  await page.goto('./')
  await expect(page.getByRole('heading', { name: /Sochi from Aiken/ })).toBeVisible()
})

test('a Moodle GIFT file keeps every type Passage has, and says what it skipped', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await page.getByLabel('Choose files, or drop them here').setInputFiles(fixture('good.gift'))
  const entry = page.getByRole('region', { name: 'good.gift' })
  await expect(entry.getByText('7 of 8 questions', { exact: true })).toBeVisible()
  await expect(entry.getByRole('heading', { name: '1 question left out' })).toBeVisible()
  // A description is text, not a question: noted, and not counted as one left out.
  await expect(
    entry.getByText(
      'Line 28: A description (text only, no question), “This line is a description.”',
      {
        exact: false,
      },
    ),
  ).toBeVisible()
  await expect(
    entry.getByText(
      'Line 25, column 33: Question “essay” (“Write about the talks.”): Write its answers between “{” and “}” to bring it in',
      {
        exact: false,
      },
    ),
  ).toBeVisible()
  await expect(entry.getByLabel('Title of the set')).toHaveValue('Sochi talks')
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(page.getByRole('region', { name: 'Question 7', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Question 8', exact: true })).toHaveCount(0)
  // The editor names what the file lost, so the teacher need not remember it; a reload too.
  const leftOut = '1 question in the file was left out: line 25 “Write about the talks.”.'
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(leftOut)
  await page.reload()
  await expect(page.getByRole('region', { name: 'Question 7', exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(leftOut)
})

test('a GIFT file saved as Windows-1252 (Latin-1) keeps its accents, and the page says how it was read', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await chooseImportFile(
    page,
    'ansi.gift',
    Buffer.from('::q1::Où Assad a-t-il rencontré Poutine ? {=à Sotchi ~à Moscou}\n', 'latin1'),
  )
  const entry = page.getByRole('region', { name: 'ansi.gift' })
  await expect(entry.getByText('Où Assad a-t-il rencontré Poutine ?')).toBeVisible()
  await expect(
    entry.getByText('It is not UTF-8 text, so it was read as Windows-1252'),
  ).toBeVisible()
  await expect(entry).not.toContainText('\uFFFD')
})

test('hostile text in an imported file is shown as text, never run', async ({ page }) => {
  await openApp(page, '#/studio/import')
  await chooseImportFile(page, 'hostile.gift', hostileGift)
  const entry = page.getByRole('region', { name: 'hostile.gift' })
  await expect(entry.getByText(`Who wrote ${XSS}?`)).toBeVisible()
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue(`Who wrote ${XSS}?`)
  await expect(page.getByLabel('Option 1', { exact: true })).toHaveValue('javascript:alert(1)')
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined()
})

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
})

test("a set whose article this browser lacks says so, and opens once the article's file is chosen with it", async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  const field = page.getByLabel('Choose files, or drop them here')
  await field.setInputFiles(json('ferry-check.json', bank))
  const entry = page.getByRole('region', { name: 'ferry-check.json' })
  const article = entry.getByLabel('The article it is about')
  // Not a blank choice: the set's own article, named as missing, with what to do about it.
  await expect(article.locator('option:checked')).toHaveText('Its article (not in this browser)')
  await expect(article).toHaveAccessibleDescription(/not in this browser \(“harbour-ferry”\)/)
  await expect(entry).toContainText('Share → “Download as a file” holds the set and its article')
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(entry.getByRole('alert')).toContainText("The set's article is not in this browser")
  await expectNoAxeViolations(page, 'import, article missing')

  // The article's file chosen too: it is the set's article, and the set opens on it.
  await field.setInputFiles(json('passage.json', passage))
  await expect(article.locator('option:checked')).toHaveText('Harbour ferry (from the file)')
  await expect(entry.getByText('not in this browser')).toHaveCount(0)
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Ferry check')
})

test('changing a sentence a set quotes names the set and question, and asks before saving', async ({
  page,
}) => {
  await openApp(page, '#/studio/import')
  await page
    .getByLabel('Choose files, or drop them here')
    .setInputFiles([json('ferry-check.json', bank), json('passage.json', passage)])
  await page
    .getByRole('region', { name: 'ferry-check.json' })
    .getByRole('button', { name: 'Open in the editor' })
    .click()
  await page.getByRole('button', { name: 'Save to my library' }).first().click()
  // Saved, and on the saved set's address: the editor no longer holds changes to ask about.
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “Ferry check”' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Play it' })).toBeVisible()

  await page.goto('#/studio')
  await page.getByRole('link', { name: 'Edit Harbour ferry' }).click()
  const text = page.getByLabel('Text of the article')
  await text.fill('The ferry left at ten. It came back at noon.')
  const lost = page.locator('.lost-quotes')
  await expect(lost).toContainText('A sentence your sets quote is no longer in the text.')
  await expect(lost.getByRole('listitem')).toHaveText(
    '“Ferry check”, question 1: The ferry left at nine.',
  )
  await page.getByRole('button', { name: 'Save the article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save and take a set out of the library?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(text).toHaveValue('The ferry left at ten. It came back at noon.')
  // Put back as it was: nothing is lost, nothing asked.
  await text.fill('The ferry left at nine. It came back at noon.')
  await expect(lost).toHaveCount(0)
  await text.fill('The ferry left at ten. It came back at noon.')
  await page.getByRole('button', { name: 'Save the article' }).click()
  await dialog.getByRole('button', { name: 'Save anyway' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Your articles' }).getByText('1 paragraph', { exact: true }),
  ).toBeVisible()
  await expect(page.locator('.needs-fixing')).toContainText(
    'question 1: a sentence it quotes is no longer in the article',
  )
})

test('a Passage JSON set with a broken question brings in the rest with their evidence and names the one left out', async ({
  page,
}) => {
  const set = JSON.parse(readFileSync('questions/assad-sochi-2018/who-said-what.json', 'utf8')) as {
    questions: { choices?: string[] }[]
  }
  set.questions[3]!.choices = ['Sochi']
  await openApp(page, '#/studio/import')
  await chooseImportFile(page, 'who-said-what.json', JSON.stringify(set, null, 2))
  const entry = page.getByRole('region', { name: 'who-said-what.json' })
  await expect(entry.getByRole('group', { name: '1 question left out' })).toContainText(
    'Question 4 (id “wsw-04”), options: Add at least two options',
  )
  await expect(entry.getByText('16 of 17 questions', { exact: true })).toBeVisible()
  await expect(entry.getByRole('alert')).toHaveCount(0)
  await expectNoAxeViolations(page, 'import of a JSON set with a question left out')
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  // Its questions come with their evidence: nothing to pick, only to check.
  await expect(
    page.getByText('Imported, with the evidence the file gives each question.'),
  ).toBeVisible()
  await expect(page.getByText('“Pick evidence in the article”')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Questions (16)' })).toBeVisible()
})

test("an unsaved set's set-aside copy with a damaged question opens in the editor, whose notice names the one left out", async ({
  page,
}) => {
  const shipped = JSON.parse(
    readFileSync('questions/assad-sochi-2018/who-said-what.json', 'utf8'),
  ) as Bank
  const form = draftOf(shipped)
  const questions = form.questions.map((q, i) => (i === 2 ? { ...q, type: 'essay' } : q))
  const copy = draftRecord({ ...form, questions } as typeof form, new Date(0), undefined, false)
  const file = 'passage-set-aside-draft-new-assad-sochi-2018-1.txt'
  await openApp(page, '#/studio/import')
  await chooseImportFile(page, file, JSON.stringify(copy))
  const entry = page.getByRole('region', { name: file })
  await expect(entry.getByRole('group', { name: '1 question left out' })).toContainText(
    "Question 3's type is not one the studio offers",
  )
  await entry.getByRole('button', { name: 'Open in the editor' }).click()
  await expect(page.getByRole('heading', { name: 'Questions (16)', exact: true })).toBeVisible()
  // It said nothing of it, though the preview named it; a reload keeps it.
  const words = clipWords(shipped.questions[2]!.prompt, 40)
  const leftOut = `1 question of the copy was left out: question 3 “${words}”.`
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(leftOut)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Questions (16)', exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(leftOut)
})
