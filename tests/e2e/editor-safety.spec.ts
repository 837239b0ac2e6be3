import { expect, test } from '@playwright/test'
import { openApp } from './helpers.ts'

test('typing is undone and redone with the keyboard, kept across a reload, and leaving asks first', async ({
  page,
}) => {
  await openApp(page, '#/studio/new/assad-sochi-2018')
  const title = page.getByLabel('Title', { exact: true })
  await title.fill('Draft that survives')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()

  // Undo and redo.
  await title.focus()
  await page.keyboard.press('Control+z')
  await expect(title).toHaveValue('')
  await page.keyboard.press('Control+Shift+z')
  await expect(title).toHaveValue('Draft that survives')
  await expect(page.getByText('not saved to your library yet')).toBeVisible()

  // The draft is in the browser: a reload brings it back.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('passage-studio')
            open.onsuccess = () => {
              const db = open.result
              if (!db.objectStoreNames.contains('drafts')) return resolve(0)
              const count = db.transaction('drafts').objectStore('drafts').count()
              count.onsuccess = () => resolve(count.result)
            }
          }),
      ),
    )
    .toBe(1)
  await page.reload()
  await expect(page.getByText('Restored the changes you had not saved')).toBeVisible()
  await expect(title).toHaveValue('Draft that survives')

  // Leaving asks; "Cancel" stays, "OK" leaves.
  let asked = 0
  page.once('dialog', (d) => {
    asked++
    void d.dismiss()
  })
  await page.getByRole('link', { name: 'Library' }).click()
  await expect.poll(() => asked).toBe(1)
  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()

  // Discarding the restored draft starts over.
  await page.goto('./#/studio/new/assad-sochi-2018')
  await page.getByRole('button', { name: 'Discard them' }).click()
  await expect(title).toHaveValue('')
})
