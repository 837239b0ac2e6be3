import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openApp, resizeTo } from './helpers.ts'

/** How many editor drafts the browser holds. */
function draftCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('passage-studio')
        // Asked before the app has made its database, open() would make an empty one, and the
        // app's own open, finding it, would never make its stores: no draft could ever be kept.
        open.onupgradeneeded = () => open.transaction?.abort()
        open.onerror = () => resolve(0)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('drafts')) {
            db.close()
            return resolve(0)
          }
          const count = db.transaction('drafts').objectStore('drafts').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
        }
      }),
  )
}

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
  await expect.poll(() => draftCount(page)).toBe(1)
  await page.reload()
  // Dated as the rest of the app dates things ("3 Dec 2026, 15:02"), not in the browser's format.
  await expect(
    page.getByText(
      /Restored the changes you had not saved \(\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2}/,
    ),
  ).toBeVisible()
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

  // The studio's page lists it, and "Continue" opens the editor with it.
  await page.goto('./#/studio')
  const drafts = page.getByRole('region', { name: 'Not saved yet' })
  await expect(drafts.getByRole('listitem')).toHaveText(
    /^Draft that survives\s*a new set about “Syria's Assad Flies to Russia for Talks With Putin” · /,
  )
  await expectNoAxeViolations(page, 'studio with work not saved yet')
  await drafts.getByRole('link', { name: 'Continue Draft that survives' }).click()
  await expect(page.getByText('Restored the changes you had not saved')).toBeVisible()
  await expect(title).toHaveValue('Draft that survives')

  // Discarding the restored draft starts over.
  await page.getByRole('button', { name: 'Discard them' }).click()
  await expect(title).toHaveValue('')
  // The notice and its button are gone: the keyboard goes on from the title, not the page's top.
  await expect(title).toBeFocused()
  await expect.poll(() => draftCount(page)).toBe(0)

  // Changes to a copy of a shipped set, discarded from the studio's page after asking.
  await page.goto('./#/studio/edit/assad-sochi-2018/who-said-what')
  await page.getByLabel('Title', { exact: true }).fill('Who said what, my way')
  await expect.poll(() => draftCount(page)).toBe(1)
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click()
  await expect(drafts.getByRole('listitem')).toHaveCount(1)
  await expect(drafts.getByRole('listitem')).toContainText('your copy of a Passage set')
  await drafts.getByRole('button', { name: /^Discard Who said what, my way/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Discard the unsaved “Who said what, my way”?' })
  await confirm.getByRole('button', { name: 'Discard it' }).click()
  await expect(drafts).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your sets' })).toBeVisible()
  await expect(drafts).toHaveCount(0)
})

/** Rewrites every kept draft's save time, as a damaged or hand-edited record would have it. */
function redateDrafts(page: Page, savedAt: string): Promise<void> {
  return page.evaluate(
    (at) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('passage-studio')
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite')
          const store = tx.objectStore('drafts')
          const cursor = store.openCursor()
          cursor.onsuccess = () => {
            const c = cursor.result
            if (!c) return
            // Records are kept as their JSON text.
            const record = JSON.parse(c.value as string) as object
            c.update(JSON.stringify({ ...record, savedAt: at }))
            c.continue()
          }
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(new Error(String(tx.error)))
        }
      }),
    savedAt,
  )
}

test('a kept draft whose save time is no date is restored without one', async ({ page }) => {
  // Counted before the studio has made its database, as a slow start lets happen: it makes none.
  await openApp(page)
  expect(await draftCount(page)).toBe(0)
  await page.evaluate(() => (location.hash = '#/studio/new/assad-sochi-2018'))
  const title = page.getByLabel('Title', { exact: true })
  await title.fill('Draft with a damaged date')
  await expect.poll(() => draftCount(page)).toBe(1)
  // The record's pattern lets a 13th month through; no Date can hold it.
  await redateDrafts(page, '2026-13-45T99:99:99Z')
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    /^\s*Restored the changes you had not saved\.\s*Discard them\s*$/,
  )
  await expect(title).toHaveValue('Draft with a damaged date')

  // The studio's list of unsaved work names it, without a date (no Date can say one).
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('link', { name: 'Back to the studio' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  await redateDrafts(page, '2026-13-45T99:99:99Z')
  await page.reload()
  const drafts = page.getByRole('region', { name: 'Not saved yet' })
  await expect(drafts.locator('.item-name')).toHaveText(
    /^\s*Draft with a damaged date\s*a new set about “[^”]+”\s*$/,
  )
})

test('undo and redo work the same with focus outside the form', async ({ page }) => {
  await openApp(page, '#/studio/new/assad-sochi-2018')
  const q1 = page.getByRole('region', { name: 'Question 1', exact: true })
  const prompt = q1.getByLabel('Question', { exact: true })
  const title = page.getByLabel('Title', { exact: true })
  await prompt.fill('Where did Assad fly to?')
  await title.fill('Sochi talks')
  const heading = page.getByRole('heading', { level: 1, name: 'New question set' })
  await heading.click()
  const redo = page.getByRole('button', { name: 'Redo' })

  await page.keyboard.press('Control+z')
  await expect(title).toHaveValue('')
  await expect(prompt).toHaveValue('Where did Assad fly to?')
  await expect(redo).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(prompt).toHaveValue('')
  // Focus stays where the teacher left it; the browser's own undo would have moved it.
  await expect(page.locator('input:focus, textarea:focus')).toHaveCount(0)

  await page.keyboard.press('Control+Shift+z')
  await expect(prompt).toHaveValue('Where did Assad fly to?')
  await page.keyboard.press('Control+y')
  await expect(title).toHaveValue('Sochi talks')
  await expect(redo).toBeDisabled()
})

test('a browser that keeps nothing: the editor says so before the teacher leaves, and a refused save is shown at the top', async ({
  page,
}) => {
  // Private modes and locked-down profiles: no IndexedDB at all.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await openApp(page, '#/studio/edit/assad-sochi-2018/who-said-what')
  const notices = page.getByRole('region', { name: 'Notices about your sets' })
  await expect(notices).toContainText('This browser is not letting Passage keep your sets')

  await page.getByLabel('Title', { exact: true }).fill('Who said what, for 9B')
  const status = page.locator('.editor-status')
  await expect(status).toContainText(
    'not saved to your library yet · ⚠ this browser is not keeping a draft: save or download before you leave',
  )
  let asked = ''
  page.once('dialog', (d) => {
    asked = d.message()
    void d.dismiss()
  })
  await page.getByRole('link', { name: 'Library' }).click()
  await expect.poll(() => asked).toMatch(/would not keep a draft of them: leaving loses them/)

  await page.getByRole('button', { name: 'Save to my library' }).first().click()
  await expect(notices.getByRole('alert').filter({ hasText: 'was not saved' })).toHaveText(
    /“Who said what, for 9B” was not saved\. This browser is not letting Passage keep your sets/,
  )
  // Said once: the standing notice gives way to the one that names what was not saved.
  await expect(notices.getByRole('alert')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Who said what/)
})

test('the article form: an error link goes to its field, and leaving with text typed asks first', async ({
  page,
}) => {
  await openApp(page, '#/studio/article/new')
  // Cancel's words stand level with the button's beside it, not at the row's top.
  const wordsMiddle = (el: Element) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const box = range.getBoundingClientRect()
    return box.top + box.height / 2
  }
  const cancel = await page.getByRole('link', { name: 'Cancel' }).evaluate(wordsMiddle)
  const save = await page
    .getByRole('button', { name: 'Save and write a set' })
    .evaluate(wordsMiddle)
  expect(Math.abs(cancel - save)).toBeLessThan(2)
  // Each field says its problem to a screen reader as it is reached, the article's text too.
  await page.getByRole('button', { name: 'Save and write a set' }).click()
  await expect(page.getByLabel('Text of the article')).toHaveAccessibleDescription(
    /Error: Paste the text of the article/,
  )
  await page.getByLabel('Link to the original (optional)').fill('javascript:alert(1)')
  await expect(page.getByLabel('Link to the original (optional)')).toHaveAccessibleDescription(
    /Error: Enter the address of the original, starting with https:\/\/ or http:\/\/, or leave it empty/,
  )
  await page.getByLabel('Link to the original (optional)').fill('')
  await page.getByLabel('Title', { exact: true }).fill('Harbour ferry')
  await page
    .getByLabel('Text of the article')
    .fill('The ferry left at nine.\n\nIt came back at noon.')
  await page.getByRole('button', { name: 'Save and write a set' }).click()
  const summary = page.locator('.error-summary')
  await expect(summary).toBeFocused()
  // Followed as a link, '#article-date' was an address of the app: "Page not found", text gone.
  await summary.getByRole('link').first().click()
  await expect(page.getByLabel('Date published')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await expect(page.getByLabel('Text of the article')).toHaveValue(/The ferry left at nine/)

  // The article is kept only once saved: leaving asks; "Cancel" stays with the text, "OK" leaves.
  let asked = ''
  page.once('dialog', (d) => {
    asked = d.message()
    void d.dismiss()
  })
  await page.getByRole('link', { name: 'Library' }).click()
  await expect.poll(() => asked).toMatch(/not saved, and leaving loses what you typed/)
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Harbour ferry')
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()

  // Nothing typed: nothing to ask.
  await page.goto('#/studio/article/new')
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  page.once('dialog', (d) => {
    asked = 'asked again'
    void d.dismiss()
  })
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  expect(asked).not.toBe('asked again')
})

test('the article form keeps a pasted article across a reload until it is saved or discarded', async ({
  page,
}) => {
  await openApp(page, '#/studio/article/new')
  await page.getByLabel('Title', { exact: true }).fill('Harbour ferry')
  await page.getByLabel('Date published').fill('2024-05-01')
  const text = 'The ferry left at nine.\n\nIt came back at noon.'
  await page.getByLabel('Text of the article').fill(text)
  await expect(page.getByText('2 paragraphs so far.')).toBeVisible()

  // A reload (the browser asks first, and the teacher goes on): the article is still there.
  page.on('dialog', (d) => void d.accept())
  await page.reload()
  await expect(page.locator('html[data-ready]')).toBeAttached()
  const notice = page.getByRole('status').filter({ hasText: 'Restored what you typed' })
  await expect(notice).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Harbour ferry')
  await expect(page.getByLabel('Date published')).toHaveValue('2024-05-01')
  await expect(page.getByLabel('Text of the article')).toHaveValue(text)

  // "Discard it" empties the form and puts the keyboard at its top; a reload then brings nothing.
  await notice.getByRole('button', { name: 'Discard it' }).press('Enter')
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused()
  await expect(page.getByLabel('Text of the article')).toHaveValue('')
  await expect(notice).toHaveCount(0)
  await page.reload()
  await expect(page.locator('html[data-ready]')).toBeAttached()
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('')

  // Typed again, reloaded and saved: the next new article starts empty.
  await page.getByLabel('Title', { exact: true }).fill('Harbour ferry')
  await page.getByLabel('Date published').fill('2024-05-01')
  await page.getByLabel('Text of the article').fill(text)
  await page.reload()
  await expect(page.getByLabel('Text of the article')).toHaveValue(text)
  await page.getByRole('button', { name: 'Save and write a set' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New question set' })).toBeVisible()
  await page.goto('#/studio/article/new')
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await expect(page.getByLabel('Text of the article')).toHaveValue('')
  await expect(page.getByText('Restored what you typed')).toHaveCount(0)
})

test('a pasted article survives its tab being closed; a full storage keeps it in the tab and says so once', async ({
  page,
  context,
}) => {
  await openApp(page, '#/studio/article/new')
  await page.getByLabel('Title', { exact: true }).fill('Harbour ferry')
  await page.getByLabel('Text of the article').fill('The ferry left at nine.')
  await expect(page.getByText('1 paragraph so far.')).toBeVisible()
  // The tab is closed (a tab's own storage goes with it) and the form opened in a new one.
  await page.close({ runBeforeUnload: false })
  const next = await context.newPage()
  await openApp(next, '#/studio/article/new')
  await expect(
    next.getByRole('status').filter({ hasText: 'Restored what you typed' }),
  ).toBeVisible()
  await expect(next.getByLabel('Text of the article')).toHaveValue('The ferry left at nine.')

  // Another page of this site takes every byte the browser gives it.
  await next.evaluate(() => {
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
  // On a phone, typing the text: the notice is under the text, in view, not at the top.
  await resizeTo(next, { width: 390, height: 844 })
  await next.getByLabel('Text of the article').fill('The ferry left at nine.\n\nIt came back.')
  const full = next.getByRole('status').filter({ hasText: 'storage is full' })
  await expect(full).toHaveText(
    /kept only until this tab is closed\. Save the article to keep it\./,
  )
  await expect(full).toBeInViewport({ ratio: 0.5 })
  await next.getByLabel('Title', { exact: true }).fill('Harbour ferry at noon')
  await expect(full).toHaveCount(1)
  // Still kept in the tab: a reload brings the latest words back, not the older copy.
  next.on('dialog', (d) => void d.accept())
  await next.reload()
  await expect(next.locator('html[data-ready]')).toBeAttached()
  await expect(next.getByLabel('Title', { exact: true })).toHaveValue('Harbour ferry at noon')
  await expect(next.getByLabel('Text of the article')).toHaveValue(
    'The ferry left at nine.\n\nIt came back.',
  )
})

test('a pasted article too long to keep beside progress is kept in the tab, and the form says so', async ({
  page,
}) => {
  await openApp(page, '#/studio/article/new')
  await page.getByLabel('Title', { exact: true }).fill('A long report')
  const text = 'The ferry left at nine. '.repeat(5_000).trim()
  await page.getByLabel('Text of the article').fill(text)
  await expect(page.getByRole('status').filter({ hasText: 'too long' })).toHaveText(
    /too long to keep in the browser beside your progress, so what you type is kept only until this tab is closed/,
  )
  // The student's progress keeps its room: nothing of the form is in the browser's storage.
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('article-form'))),
  ).toEqual([])
  page.on('dialog', (d) => void d.accept())
  await page.reload()
  await expect(page.locator('html[data-ready]')).toBeAttached()
  await expect(page.getByLabel('Text of the article')).toHaveValue(text)
})

test('the set editor writes its last change as the page is hidden, before a phone may freeze or discard it', async ({
  page,
}) => {
  /** Every kept draft's text. */
  const drafts = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('passage-studio')
          open.onupgradeneeded = () => open.transaction?.abort()
          open.onerror = () => resolve('')
          open.onsuccess = () => {
            const db = open.result
            if (!db.objectStoreNames.contains('drafts')) return resolve('')
            const all = db.transaction('drafts').objectStore('drafts').getAll()
            all.onsuccess = () => resolve(JSON.stringify(all.result))
          }
        }),
    )
  await page.clock.install()
  await openApp(page, '#/studio/new/assad-sochi-2018')
  const title = page.getByLabel('Title', { exact: true })
  await title.fill('A first title')
  await expect.poll(drafts).toContain('A first title')
  // From here no timer runs, as in a frozen page: the pause the editor waits for never comes.
  await page.clock.pauseAt(new Date(Date.now() + 60_000))
  await title.fill('The last words')
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(drafts).toContain('The last words')
})

test('two tabs on “Add an article” keep their own typing; each form left comes back in a tab opened later', async ({
  context,
}) => {
  const a = await context.newPage()
  await openApp(a, '#/studio/article/new')
  await a.getByLabel('Title', { exact: true }).fill('Typed in A')
  await expect
    .poll(() => a.evaluate(() => JSON.stringify(Object.entries(localStorage))))
    .toContain('Typed in A')

  // A second tab on the same form starts empty: the first is still open, its typing its own.
  const b = await context.newPage()
  await openApp(b, '#/studio/article/new')
  await expect(b.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await b.getByLabel('Title', { exact: true }).fill('Typed in B')
  await a.getByLabel('Title', { exact: true }).fill('Typed in A, more')
  await expect(b.getByText('Restored what you typed')).toHaveCount(0)
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue('Typed in B')

  // Both closed unsaved: a tab opened later gets the newest; discarded, the next opened the other.
  await b.close({ runBeforeUnload: false })
  await a.close({ runBeforeUnload: false })
  const titles: string[] = []
  for (let i = 0; i < 2; i++) {
    const next = await context.newPage()
    await openApp(next, '#/studio/article/new')
    const notice = next.getByRole('status').filter({ hasText: 'Restored what you typed' })
    await expect(notice).toBeVisible()
    titles.push(await next.getByLabel('Title', { exact: true }).inputValue())
    await notice.getByRole('button', { name: 'Discard it' }).click()
    await expect(next.getByLabel('Title', { exact: true })).toHaveValue('')
    await next.close({ runBeforeUnload: false })
  }
  expect(titles).toEqual(['Typed in A, more', 'Typed in B'])
})

test('article forms left by closed tabs are listed in the studio, newest first, and each opens or is discarded there', async ({
  context,
}) => {
  // Three tabs open on "Add an article" at once (none takes over another's form), each typed in.
  const tabs = []
  for (const title of ['Harbour ferry', 'Bridge repairs', 'Still being typed']) {
    const tab = await context.newPage()
    await openApp(tab, '#/studio/article/new')
    await expect(tab.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
    await tab.getByLabel('Title', { exact: true }).fill(title)
    await tab.getByLabel('Text of the article').fill(`${title}: the first paragraph.`)
    await expect
      .poll(() => tab.evaluate(() => JSON.stringify(Object.entries(localStorage))))
      .toContain(`${title}: the first paragraph.`)
    tabs.push(tab)
  }
  const [first, second, open] = tabs as [Page, Page, Page]
  // Two are closed unsaved; the third stays open, its form its own: not listed.
  await first.close({ runBeforeUnload: false })
  await second.close({ runBeforeUnload: false })

  const page = await context.newPage()
  await openApp(page, '#/studio')
  const drafts = page.getByRole('region', { name: 'Not saved yet' })
  await expect(drafts.getByRole('listitem')).toHaveText([
    /^Bridge repairs\s*a new article · /,
    /^Harbour ferry\s*a new article · /,
  ])
  await expectNoAxeViolations(page, 'studio with article forms left by closed tabs')
  // The older one is chosen: it is the one that opens, not the newest.
  await drafts.getByRole('link', { name: 'Continue Harbour ferry' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Harbour ferry')
  await expect(page.getByLabel('Text of the article')).toHaveValue(
    'Harbour ferry: the first paragraph.',
  )
  // Back in the studio it is not listed twice: this tab has it while its form is open.
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click()
  await expect(drafts.getByRole('listitem')).toHaveText([/^Bridge repairs/])
  await drafts.getByRole('button', { name: /^Discard Bridge repairs/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Discard the unsaved “Bridge repairs”?' })
  await confirm.getByRole('button', { name: 'Discard it' }).click()
  await expect(drafts).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  await expect(drafts).toHaveCount(0)
  await expect(open.getByLabel('Title', { exact: true })).toHaveValue('Still being typed')
})

test('changes left to an article deleted since are continued, and saved, as a new article', async ({
  page,
}) => {
  await openApp(page, '#/studio')
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  // What a closed tab kept of its changes to one of the teacher's articles, deleted since.
  await page.evaluate(() =>
    localStorage.setItem(
      'passage:studio-article-form:harbour-ferry@closed-tab',
      JSON.stringify({
        title: 'Harbour ferry, revised',
        agency: '',
        publisher: '',
        date: '2024-05-01',
        url: '',
        text: 'The ferry left at nine.\n\nIt came back at noon.',
        keptAt: Date.now(),
      }),
    ),
  )
  await page.reload()
  const drafts = page.getByRole('region', { name: 'Not saved yet' })
  await expect(drafts.getByRole('listitem')).toHaveText([
    /^Harbour ferry, revised\s*changes to an article deleted since · /,
  ])
  const go = drafts.getByRole('link', {
    name: 'Continue as a new article Harbour ferry, revised',
  })
  await go.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Harbour ferry, revised')
  await expect(page.getByLabel('Text of the article')).toHaveValue(
    'The ferry left at nine.\n\nIt came back at noon.',
  )
  await page.getByRole('button', { name: 'Save and write a set' }).click()
  await expect(page).toHaveURL(/#\/studio\/new\/harbour-ferry/)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible()
  await expect(page.getByText('Harbour ferry, revised').first()).toBeVisible()
  await expect(drafts).toHaveCount(0)
})
