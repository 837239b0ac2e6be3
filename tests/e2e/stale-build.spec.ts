import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { openApp } from './helpers.ts'

/** Where the build put `source`'s chunk (lazy chunks are named by their hash alone). */
function chunkOf(source: string): string {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string }
  >
  const file = manifest[source]?.file
  if (!file) throw new Error(`${source} is not a chunk of the build`)
  return `**/${file}`
}

test('a page whose chunk is gone after a new deploy says "Passage was updated" and reloads', async ({
  page,
}) => {
  await openApp(page)
  // As after a deploy: the open page asks for a chunk of its own build that no longer exists.
  const settings = chunkOf('src/views/SettingsView.vue')
  await page.route(settings, (route) => route.fulfill({ status: 404 }))
  await page.getByRole('link', { name: 'Settings' }).click()

  const notice = page.getByRole('alert').filter({ hasText: 'Passage was updated' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('heading', { name: 'Passage was updated' })).toBeFocused()
  // Not a blank page: the library the student was on is still there under the notice.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()

  await page.unroute(settings)
  await notice.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(notice).toHaveCount(0)
})

test('a quiz that cannot fetch its questions after a deploy says so instead of failing', async ({
  page,
}) => {
  await openApp(page, '#/quiz/assad-sochi-2018/who-said-what')
  await page.route(chunkOf('src/components/quiz/play.ts'), (route) =>
    route.fulfill({ status: 404 }),
  )
  await page.getByRole('button', { name: /^Start \d+ questions$/ }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Passage was updated' })).toBeVisible()
})
