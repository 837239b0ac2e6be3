import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ShortcutList from '../../../src/components/quiz/ShortcutList.vue'
import { questionKeys } from '../../../src/composables/useShortcuts.ts'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { createStorageDoor } from '../../../src/composables/storage/door.ts'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { STORAGE_KEYS, STORAGE_PREFIX } from '../../../src/composables/storage/keys.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'
import { useReviewStore } from '../../../src/stores/review.ts'
import { quizAnswer, storeCards } from '../review/cards.ts'
import { throwingStorage } from '../../fixtures/progress/memory-storage.ts'
import { DAY, freshPinia, mountRoute, played, shippedBank } from '../progress/played.ts'
import { readableDate } from '../../../src/components/progress/format.ts'
import { marksText, percentOf } from '../../../src/domain/quiz/marks.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'
import { backupText, makeBackup } from '../../../src/domain/progress/backup.ts'
import { emptyProgress } from '../../../src/domain/progress/schema.ts'
import { setRecord } from '../../../src/domain/studio/records.ts'
import * as fakeIndexedDb from 'fake-indexeddb'
import { SETTING_NAMES } from '../../../src/domain/progress/settings-names.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import { eventually } from '../../fixtures/eventually.ts'

let downloads: CaughtDownload[] = []

beforeEach(() => {
  setStorageDoor(undefined)
  downloads = catchDownloads()
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  setStorageDoor(undefined)
  document.body.innerHTML = ''
})

/** What the app-wide live region says once its frame has run. */
async function announced(text: string | RegExp) {
  const { message } = useAnnouncer()
  await eventually(() => expect(message.value).toMatch(text))
}

function button(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`No "${text}" button`)
  return found
}

function labelled(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`No "${label}" label`)
  return wrapper.get(`#${CSS.escape(found.attributes('for') ?? '')}`)
}

/** Chooses a file in the restore field, as the file picker does. */
async function chooseFile(wrapper: VueWrapper, name: string, text: string) {
  const input = labelled(wrapper, 'Restore from a backup')
  const file = new File([text], name, { type: 'application/json' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await eventually(() => expect(wrapper.find('.restore-preview, .input-error').exists()).toBe(true))
}

/** Downloads a backup, once the page has looked for sets saved in the studio to put in it. */
async function downloadBackup(wrapper: VueWrapper) {
  const before = downloads.length
  await button(wrapper, 'Download a backup').trigger('click')
  await eventually(() => expect(downloads).toHaveLength(before + 1))
}

async function openSettings(pinia = freshPinia()) {
  return (await mountRoute('/settings', pinia)).wrapper
}

/** This browser's backup, chosen on the Settings page of a fresh browser (storage cleared). */
async function backupChosenInFreshBrowser() {
  const text = useProgressStore().exportBackup().text
  localStorage.clear()
  const wrapper = await openSettings(freshPinia())
  await chooseFile(wrapper, 'passage-backup.json', text)
  return wrapper
}

/** Records `n` finished tests on the shipped set, a day apart from day `from`, in the active pinia. */
function recordQuizzes(n: number, from = 0) {
  const bank = shippedBank()
  const progress = useProgressStore()
  return Array.from({ length: n }, (_, i) =>
    progress.recordSession(played(bank, { mode: 'test', start: (from + i) * DAY }), bank),
  )
}

describe('the settings page', () => {
  it('saves the default mode at once, and a new page load sees it', async () => {
    const wrapper = await openSettings()
    expect(wrapper.get('h1').text()).toBe('Settings')
    const test = labelled(wrapper, 'Test — answer everything, then see your score')
    expect((test.element as HTMLInputElement).checked).toBe(false)

    await test.setValue(true)
    await announced('Saved.')
    expect(useSettingsStore().mode).toBe('test')

    freshPinia()
    expect(useSettingsStore().mode).toBe('test')
    expect(useSettingsStore().theme).toBe('system')
  })

  it('saves a time limit in minutes, and refuses one it cannot use', async () => {
    const wrapper = await openSettings()
    const settings = useSettingsStore()
    await labelled(wrapper, 'A time limit').setValue(true)
    expect(settings.timerSec).toBe(600)

    const minutes = labelled(wrapper, 'minutes')
    await minutes.setValue('25')
    expect(settings.timerSec).toBe(1500)

    await minutes.setValue('0')
    // Heard as an error, as every other input error in Settings is, not as one more hint.
    const error = wrapper.get('.input-error')
    expect(error.text()).toBe('Error: Type a whole number of minutes from 1 to 180.')
    expect(error.get('.visually-hidden').text()).toBe('Error:')
    expect(minutes.attributes('aria-describedby')).toBe(error.attributes('id'))
    expect(minutes.attributes('aria-invalid')).toBe('true')
    expect(settings.timerSec).toBe(1500)

    await labelled(wrapper, 'Off').setValue(true)
    expect(settings.timerSec).toBeNull()
    expect(wrapper.find('.input-error').exists()).toBe(false)
  })

  it('labels each setting with the name messages give it (“Colours” went back to its default)', async () => {
    const wrapper = await openSettings()
    const shown = wrapper.findAll('legend, label').map((l) => `“${l.text()}”`)
    // The class report's spreadsheet columns are set on that page.
    const { csv, ...here } = SETTING_NAMES
    expect(csv).toBe('“Spreadsheet (CSV) downloads for”')
    for (const name of Object.values(here)) expect(shown).toContain(name)
  })

  it('saves shortcuts and theme', async () => {
    const wrapper = await openSettings()
    await labelled(wrapper, 'Keyboard shortcuts in quizzes').setValue(false)
    await labelled(wrapper, 'Dark').setValue(true)
    freshPinia()
    expect(useSettingsStore().settings).toMatchObject({ shortcuts: false, theme: 'dark' })
  })

  it('names every shortcut key the quiz and review screens listen to, S for “Sure” too', async () => {
    const wrapper = await openSettings()
    const box = labelled(wrapper, 'Keyboard shortcuts in quizzes')
    const hint = wrapper.get(`#${CSS.escape(box.attributes('aria-describedby') ?? '')}`)
    expect(hint.text()).toBe(
      '1–9 choose an option, Enter checks the answer and goes on, P shows or hides the article; ' +
        'in a test F flags a question, in a review S says sure or not sure.',
    )
    // The keys themselves (digits aside): those every question screen shares, F, S.
    const letters = (list: string[]) =>
      new Set(list.filter((k) => !/\d/.test(k)).map((k) => k.toLowerCase()))
    const noop = () => undefined
    const shared = Object.keys(questionKeys(noop, noop, () => false))
    const listed = hint.findAll('kbd').map((k) => k.text())
    expect(listed.slice(0, 2)).toEqual(['1', '9'])
    expect(letters(listed)).toEqual(letters([...shared, 'f', 's']))
    const onScreens = (['practice', 'test', 'review'] as const).flatMap((mode) =>
      mount(ShortcutList, { props: { mode, enabled: true } })
        .findAll('dt')
        .map((d) => d.text()),
    )
    // Esc, which the list names too, is the article's and works with shortcuts off: not here.
    expect(letters(listed)).toEqual(letters(onScreens.filter((k) => k !== 'Esc')))
    expect(onScreens).toContain('Esc')
  })

  it('sets how much review keeps in memory and how many new questions a day join it', async () => {
    const wrapper = await openSettings()
    const settings = useSettingsStore()
    const retention = labelled(wrapper, 'Remember at least')
    const options = retention.findAll('option').map((o) => o.text())
    expect(options[0]).toBe('80%')
    expect(options.at(-1)).toBe('97%')
    // Each a bare percentage, the advice in the hint: “(recommended)” in the box broke in two on
    // a phone at 200 % text, “(recommend / ed)”.
    expect(options).toContain('90%')
    expect(options.every((o) => /^\d+%$/.test(o))).toBe(true)
    expect((retention.element as HTMLSelectElement).value).toBe('90')
    // Raising it moves no date already set: said, so that an unchanged count is no surprise. A
    // restore that brings a question answers from another browser sets its date anew, by this.
    const hint = wrapper.get(`#${retention.attributes('aria-describedby')}`).text()
    expect(hint.replace(/\s+/g, ' ')).toContain(
      'A question comes back when your chance of recalling it falls to this: 90% is recommended.',
    )
    expect(hint.replace(/\s+/g, ' ')).toContain(
      "Higher means more reviews each day. Dates already set stay: a change counts from each question's next answer, here or in a restored backup.",
    )

    await retention.setValue('85')
    await announced('Saved.')
    expect(settings.retention).toBe(0.85)

    const perDay = labelled(wrapper, 'Questions joining your reviews a day')
    expect((perDay.element as HTMLInputElement).value).toBe('20')
    await perDay.setValue('5')
    expect(settings.newPerDay).toBe(5)
    await perDay.setValue('2.5')
    // Heard as an error, as the quiz's own input errors are, not as one more hint.
    const error = wrapper.get('.input-error')
    expect(error.text()).toBe('Error: Type a whole number from 0 to 999.')
    expect(error.get('.visually-hidden').text()).toBe('Error:')
    expect(perDay.attributes('aria-describedby')).toContain(error.attributes('id'))
    expect(perDay.attributes('aria-invalid')).toBe('true')
    expect(settings.newPerDay).toBe(5)

    freshPinia()
    expect(useSettingsStore().settings).toMatchObject({ retention: 0.85, newPerDay: 5 })
  })

  it('downloads a backup holding the attempts', async () => {
    const pinia = freshPinia()
    const [{ attempt }] = recordQuizzes(1) as [ReturnType<typeof recordQuizzes>[number]]
    const wrapper = await openSettings(pinia)

    await downloadBackup(wrapper)
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.name).toMatch(/^passage-backup-\d{4}-\d\d-\d\d\.json$/)
    const backup = JSON.parse(await downloads[0]!.blob.text()) as {
      kind: string
      progress: { sets: Record<string, { attempts: Record<string, string> }> }
    }
    expect(backup.kind).toBe('passage-backup')
    expect(Object.keys(backup.progress.sets[attempt.setId]!.attempts)).toEqual([attempt.id])
    expect(wrapper.get('.restore-outcome').text()).toBe(
      `Backup downloaded as ${downloads[0]!.name}.`,
    )
    await announced(/^Backup downloaded/)
  })

  it('downloads a backup without the studio’s sets when the browser will not give them', async () => {
    const pinia = freshPinia()
    recordQuizzes(1)
    const wrapper = await openSettings(pinia)
    vi.spyOn(useYoursStore(), 'backupPart').mockRejectedValue(new Error('UnknownError'))

    await downloadBackup(wrapper)
    const backup = JSON.parse(await downloads[0]!.blob.text()) as Record<string, unknown>
    expect(backup).toMatchObject({ kind: 'passage-backup', progress: expect.any(Object) })
    expect(backup).not.toHaveProperty('studio')
    await eventually(() =>
      expect(wrapper.get('.restore-outcome').text()).toBe(
        `Backup downloaded as ${downloads[0]!.name}. Your sets from the Studio could not be read, so they are not in it.`,
      ),
    )
  })

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const pinia = freshPinia()
    recordQuizzes(1)
    const before = localStorage.getItem(STORAGE_KEYS.progress)
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'notes.json', '{"hello": "world"}')
    expect(wrapper.get('.input-error').text()).toBe(
      'This file is not a Passage backup. Nothing was changed.',
    )
    expect(wrapper.find('.restore-preview').exists()).toBe(false)
    await announced('This file is not a Passage backup. Nothing was changed.')

    // The file "Download for my teacher" saved, taken for a backup: said what it is.
    await chooseFile(wrapper, 'ana-results.json', '{"kind": "passage-results", "attempts": []}')
    expect(wrapper.get('.input-error').text()).toBe(
      "This file is a student's results, from “Hand in results”, not a backup: it cannot be restored. Make a backup with “Download a backup”, above, in the browser your progress is in. Nothing was changed.",
    )

    await chooseFile(wrapper, 'broken.json', '{"kind": "passage-backup"')
    expect(wrapper.get('.input-error').text()).toMatch(
      /^This backup is cut short: it stops before its end/,
    )
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe(before)
    expect(useProgressStore().attemptCount).toBe(1)
  })

  it('shows what a backup adds, then restores it when asked', async () => {
    // Another browser: two quizzes, and a backup taken after the first and after the second.
    freshPinia()
    recordQuizzes(1)
    const early = useProgressStore().exportBackup().text
    recordQuizzes(2, 1)
    const late = useProgressStore().exportBackup().text
    // This browser already has what the early backup held.
    localStorage.clear()
    const pinia = freshPinia()
    useProgressStore().restore(early)
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'passage-backup.json', late)
    const preview = wrapper.get('.restore-preview')
    expect(preview.get('h4').text()).toBe('Restore passage-backup.json?')
    // Two sentences: "Made 3 Jan, 10:00, it holds…" ran the file's date into what it holds.
    expect(preview.get('.restore-made').text().replace(/\s+/g, ' ')).toMatch(
      /^Made on \d+ \w+ \d{4}, [^.]+\. It holds 3 attempts in 1 set\.$/,
    )
    expect(preview.get('.restore-counts').text()).toBe(
      '2 new attempts will be added, 1 already here.',
    )
    // A backup made here holds the settings here: restoring them changes nothing, and it says so.
    expect(preview.text()).toContain('Its settings are the same as yours: they stay as they are.')
    expect(preview.text()).not.toContain('will be replaced')
    expect(document.activeElement).toBe(preview.get('h4').element)
    expect(useProgressStore().attemptCount).toBe(1)

    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(3)
    expect(wrapper.find('.restore-preview').exists()).toBe(false)
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 2 attempts added, and your settings were already the same as the backup's.",
    )
    await announced(/^Restored: 2 attempts added/)
    freshPinia()
    expect(useProgressStore().attemptCount).toBe(3)
  })

  it('says that restoring an older backup removes nothing done here since', async () => {
    // A backup taken after the first quiz, restored a week and two quizzes later.
    const pinia = freshPinia()
    recordQuizzes(1)
    const old = useProgressStore().exportBackup().text
    recordQuizzes(2, 7)
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'passage-backup.json', old)
    expect(wrapper.get('.restore-counts').text().replace(/\s+/g, ' ')).toBe(
      'Every attempt in it is already here. Restoring removes nothing: your 2 attempts here that are not in the backup stay.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(3)

    // Another browser with a quiz of its own: what it gains, and what it keeps.
    localStorage.clear()
    const other = freshPinia()
    recordQuizzes(1, 20)
    const there = await openSettings(other)
    await chooseFile(there, 'passage-backup.json', old)
    expect(there.get('.restore-counts').text().replace(/\s+/g, ' ')).toBe(
      '1 new attempt will be added. Restoring removes nothing: your attempt here that is not in the backup stays.',
    )
  })

  it('counts again what a restore keeps when a quiz ends here while its preview is open', async () => {
    const pinia = freshPinia()
    recordQuizzes(1)
    const old = useProgressStore().exportBackup().text
    recordQuizzes(1, 7)
    const wrapper = await openSettings(pinia)
    await chooseFile(wrapper, 'passage-backup.json', old)
    const counts = () => wrapper.get('.restore-counts').text().replace(/\s+/g, ' ')
    expect(counts()).toBe(
      'Every attempt in it is already here. Restoring removes nothing: your attempt here that is not in the backup stays.',
    )
    // A quiz handed in (here or in another tab) before Restore is chosen: the restore keeps it
    // too, and the preview says so, not "your attempt here … stays" of one attempt.
    recordQuizzes(1, 14)
    await flushPromises()
    expect(counts()).toBe(
      'Every attempt in it is already here. Restoring removes nothing: your 2 attempts here that are not in the backup stay.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(3)

    // Another browser's backup, restored in another tab while this one's preview is open: its
    // attempts are here now, so this restore would add none of them.
    localStorage.clear()
    freshPinia()
    recordQuizzes(2)
    const theirs = useProgressStore().exportBackup().text
    localStorage.clear()
    const other = freshPinia()
    recordQuizzes(1, 20)
    const there = await openSettings(other)
    await chooseFile(there, 'passage-backup.json', theirs)
    const said = () => there.get('.restore-counts').text().replace(/\s+/g, ' ')
    expect(said()).toBe(
      '2 new attempts will be added. Restoring removes nothing: your attempt here that is not in the backup stays.',
    )
    useProgressStore().restore(theirs)
    await flushPromises()
    expect(said()).toBe(
      'Every attempt in it is already here. Restoring removes nothing: your attempt here that is not in the backup stays.',
    )
    // And the restore says what it did: nothing new, not "Restored: 2 attempts added".
    await button(there, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(3)
    expect(there.get('.restore-outcome').text()).toMatch(/^Restored: no new attempts/)
  })

  it('brings back what another tab erased while the preview was open, as it is gone now', async () => {
    const pinia = freshPinia()
    recordQuizzes(2)
    const text = useProgressStore().exportBackup().text
    const wrapper = await openSettings(pinia)
    await chooseFile(wrapper, 'passage-backup.json', text)
    const counts = () => wrapper.get('.restore-counts').text().replace(/\s+/g, ' ')
    expect(counts()).toBe('Every attempt in it is already here.')
    // "Erase all" in another tab: this one hears storage cleared.
    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    await nextTick()
    expect(wrapper.get('.restore-reading .hint').text().replace(/\s+/g, ' ')).toBe(
      'Attempts here were erased since passage-backup.json was read: it is compared again with what is here now.',
    )
    await eventually(() =>
      expect(counts()).toBe('2 new attempts will be added. 1 question set is new to this browser.'),
    )
    expect(document.activeElement?.textContent).toBe('Restore passage-backup.json?')
    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(2)
    expect(wrapper.get('.restore-outcome').text()).toMatch(/^Restored: 2 attempts added/)
    freshPinia()
    expect(useProgressStore().attemptCount).toBe(2)
  })

  it('names a Studio set the backup carries, here already, once: not also as a question set new to this browser', async () => {
    // A browser that keeps Studio sets (this file's others have none: jsdom has no IndexedDB).
    for (const [name, value] of Object.entries(fakeIndexedDb))
      if (name.startsWith('IDB')) vi.stubGlobal(name, value)
    vi.stubGlobal('indexedDB', new fakeIndexedDb.IDBFactory())
    freshPinia()
    // “My copy”, saved in the Studio and played twice where the backup was made…
    const mine = { ...shippedBank(), id: 'assad-sochi-2018/my-copy', title: 'My copy' }
    const progress = useProgressStore()
    for (const start of [0, DAY])
      progress.recordSession(played(mine, { mode: 'test', start }), mine)
    const studio = { sets: [setRecord(mine, new Date(0))], articles: [] }
    const backup = progress.exportBackup(studio).text
    // …and saved in this browser's Studio too, never played here.
    localStorage.clear()
    const pinia = freshPinia()
    expect(await useYoursStore().saveSet(mine, new Date(0))).toMatchObject({ ok: true })
    const wrapper = await openSettings(pinia)
    await chooseFile(wrapper, 'passage-backup.json', backup)
    await eventually(() =>
      expect(wrapper.get('.restore-studio').text()).toBe(
        'Your set “My copy” is here already: it stays as it is.',
      ),
    )
    expect(wrapper.get('.restore-counts').text()).toBe('2 new attempts will be added.')
    await button(wrapper, 'Restore').trigger('click')
    await eventually(() =>
      expect(wrapper.get('.restore-outcome').text()).toBe(
        "Restored: 2 attempts added, and your settings were already the same as the backup's.",
      ),
    )
  })

  it('says the attempts of a set deleted where the backup was made are from a set no longer in the library, not a question set new to this browser', async () => {
    freshPinia()
    recordQuizzes(1)
    // “Gone copy”, saved in the Studio, played, then deleted: the backup carries its attempt only.
    const gone = { ...shippedBank(), id: 'assad-sochi-2018/gone-copy', title: 'Gone copy' }
    useProgressStore().recordSession(played(gone, { mode: 'test', start: DAY }), gone)
    const wrapper = await backupChosenInFreshBrowser()
    expect(wrapper.get('.restore-counts').text().replace(/\s+/g, ' ')).toBe(
      '2 new attempts will be added. 1 of them is from a set no longer in your library. 1 question set is new to this browser.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 2 attempts added (1 question set new to this browser; 1 from a set no longer in your library), and your settings were already the same as the backup's.",
    )
  })

  it('keeps focus on the line saying why while the file is compared again, then on the preview', async () => {
    const pinia = freshPinia()
    recordQuizzes(2)
    const text = useProgressStore().exportBackup().text
    const wrapper = await openSettings(pinia)
    await chooseFile(wrapper, 'passage-backup.json', text)
    // The learner has tabbed to the preview's Restore button when another tab erases everything.
    ;(button(wrapper, 'Restore').element as HTMLButtonElement).focus()
    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    await nextTick()
    await nextTick()
    expect(document.activeElement?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Attempts here were erased since passage-backup.json was read: it is compared again with what is here now.',
    )
    await eventually(() => expect(wrapper.find('.restore-preview').exists()).toBe(true))
    await nextTick()
    expect(document.activeElement?.textContent).toBe('Restore passage-backup.json?')
  })

  it('takes a backup dropped on the restore box as if it had been chosen', async () => {
    freshPinia()
    recordQuizzes(2)
    const backup = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    const box = labelled(wrapper, 'Restore from a backup').element.closest('.drop-zone')
    expect(box).not.toBeNull()
    const zone = new DOMWrapper(box as HTMLElement)
    await zone.trigger('dragover')
    expect(zone.classes()).toContain('dragging')
    const file = new File([backup], 'dropped.json', { type: 'application/json' })
    await zone.trigger('drop', { dataTransfer: { files: [file] } })
    expect(zone.classes()).not.toContain('dragging')
    await eventually(() => expect(wrapper.find('.restore-preview').exists()).toBe(true))
    expect(wrapper.get('.restore-preview h4').text()).toBe('Restore dropped.json?')
    expect(wrapper.get('.restore-counts').text()).toBe(
      '2 new attempts will be added. 1 question set is new to this browser.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(2)
    // What was added, as the preview said it would be: the set too, not the attempts alone.
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 2 attempts added (1 question set new to this browser), and your settings were already the same as the backup's.",
    )
  })

  it('says, in the preview’s words, how many questions’ schedules a restore added and how many it updated', async () => {
    // The other browser answered wsw-01 and wsw-02 later than this one, and wsw-03 too.
    freshPinia()
    recordQuizzes(1)
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((q) => quizAnswer(q, Date.now() - DAY, true)))
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    storeCards(['wsw-01', 'wsw-02'].map((q) => quizAnswer(q, Date.now() - 3 * DAY, false)))
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'passage-backup.json', text)
    expect(wrapper.get('.restore-preview').text().replace(/\s+/g, ' ')).toContain(
      'Its review schedule (3 questions): 1 question is added to yours, and 2 more are updated with answers to them that only the backup has.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 1 attempt added (1 question set new to this browser), the review schedule of 1 question added and of 2 more updated, and your settings were already the same as the backup's.",
    )
    // Each keeps this browser's wrong answer three days ago and the backup's right one since.
    const wsw01 = useReviewStore().cards.find((c) => c.qid === 'wsw-01')!
    expect(wsw01.log.length / 7).toBe(2)
    expect(wsw01.state.reps).toBe(2)
  })

  it('says the questions of the review schedule from a set no longer in the library apart, before the restore and after', async () => {
    freshPinia()
    recordQuizzes(1)
    // Two questions of the library's set, and one of “Gone copy”, saved in the Studio, then deleted.
    const gone = {
      ...quizAnswer('q1', Date.now() - DAY, false),
      setId: 'assad-sochi-2018/gone-copy',
    }
    storeCards([...['wsw-01', 'wsw-02'].map((q) => quizAnswer(q, Date.now() - DAY, false)), gone])
    const wrapper = await backupChosenInFreshBrowser()
    expect(wrapper.get('.restore-preview').text().replace(/\s+/g, ' ')).toContain(
      'Its review schedule (3 questions) is added to yours. 1 of them is from a set no longer in your library.',
    )
    // The outcome says them apart too, as it says such attempts: not 3 questions as if all reviewable.
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toContain(
      'the review schedule of 3 questions added (1 from a set no longer in your library),',
    )
  })

  it('brings the review schedule back with a backup, and focus back to the file field', async () => {
    // Another browser: a quiz, and three questions in review.
    freshPinia()
    recordQuizzes(1)
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((q) => quizAnswer(q, Date.now() - DAY, false)))
    const text = useProgressStore().exportBackup().text
    expect(JSON.parse(text)).toHaveProperty('review')
    // A fresh browser.
    localStorage.clear()
    const pinia = freshPinia()
    const wrapper = await openSettings(pinia)
    expect(useReviewStore().cards).toHaveLength(0)

    await chooseFile(wrapper, 'passage-backup.json', text)
    expect(wrapper.get('.restore-preview').text().replace(/\s+/g, ' ')).toContain(
      'Its review schedule (3 questions) is added to yours',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 1 attempt added (1 question set new to this browser), the review schedule of 3 questions added, and your settings were already the same as the backup's.",
    )
    expect(
      useReviewStore()
        .cards.map((c) => c.qid)
        .sort(),
    ).toEqual(['wsw-01', 'wsw-02', 'wsw-03'])
    await flushPromises()
    expect(document.activeElement).toBe(labelled(wrapper, 'Restore from a backup').element)
    // The same file again: every answer of its schedule is here now, and both say so.
    await chooseFile(wrapper, 'passage-backup.json', text)
    expect(wrapper.get('.restore-preview').text().replace(/\s+/g, ' ')).toContain(
      'Its review schedule (3 questions) has no answer yours lacks: yours stays as it is.',
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: no new attempts, your review schedule already had every answer of the backup's, and your settings were already the same as the backup's.",
    )
    // Kept: a new page load reads them from storage.
    freshPinia()
    expect(useReviewStore().cards).toHaveLength(3)
  })

  it('reports a backup copy that differs from an attempt here, and keeps ours', async () => {
    const pinia = freshPinia()
    const [mine] = recordQuizzes(1)
    const backup = JSON.parse(useProgressStore().exportBackup().text) as {
      progress: { sets: Record<string, { attempts: Record<string, string> }> }
    }
    // The same attempt id with other results: a restore must not rewrite it.
    const set = Object.values(backup.progress.sets)[0]!
    set.attempts[mine!.attempt.id] = set.attempts[mine!.attempt.id]!.replace(
      /\.t([01])\./,
      (_, passed: string) => (passed === '1' ? '.t0.' : '.t1.'),
    )
    const wrapper = await openSettings(pinia)
    const before = useProgressStore().recent(5)

    await chooseFile(wrapper, 'passage-backup.json', JSON.stringify(backup))
    const preview = wrapper.get('.restore-preview')
    expect(preview.get('.restore-counts').text()).toBe('Nothing in it is new to this browser.')
    expect(preview.get('.restore-conflicts p').text()).toBe(
      "⚠ 1 attempt in it is also in this browser, with different results. Yours is kept as it is: the backup's copy is not restored.",
    )
    await button(wrapper, "Download the backup's copy").trigger('click')
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^passage-conflicting-attempts-\d{4}-\d{2}-\d{2}\.json$/),
    ])
    const kept = JSON.parse(await downloads[0]!.blob.text()) as typeof backup
    expect(Object.values(kept.progress.sets)[0]!.attempts).toEqual(set.attempts)

    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: no new attempts, and your settings were already the same as the backup's. 1 differing copy was left out; your attempts are unchanged.",
    )
    expect(useProgressStore().recent(5)).toEqual(before)
  })

  it('downloads the copies that differ now, when another tab restored one while the preview was open', async () => {
    freshPinia()
    const [mine] = recordQuizzes(1)
    const original = useProgressStore().exportBackup().text
    const edited = JSON.parse(original) as {
      progress: { sets: Record<string, { attempts: Record<string, string> }> }
    }
    const set = Object.values(edited.progress.sets)[0]!
    set.attempts[mine!.attempt.id] = set.attempts[mine!.attempt.id]!.replace(
      /\.t([01])\./,
      (_, passed: string) => (passed === '1' ? '.t0.' : '.t1.'),
    )
    // Another browser: the edited copy is new to it when its file is read.
    localStorage.clear()
    const pinia = freshPinia()
    const wrapper = await openSettings(pinia)
    await chooseFile(wrapper, 'passage-backup.json', JSON.stringify(edited))
    expect(wrapper.get('.restore-counts').text().replace(/\s+/g, ' ')).toBe(
      '1 new attempt will be added. 1 question set is new to this browser.',
    )
    // Another tab restores the original meanwhile: the edited copy now differs from ours.
    useProgressStore().restore(original)
    await flushPromises()
    expect(wrapper.get('.restore-conflicts p').text()).toBe(
      "⚠ 1 attempt in it is also in this browser, with different results. Yours is kept as it is: the backup's copy is not restored.",
    )
    await button(wrapper, "Download the backup's copy").trigger('click')
    const kept = JSON.parse(await downloads[0]!.blob.text()) as typeof edited
    expect(Object.values(kept.progress.sets)[0]?.attempts).toEqual(set.attempts)
  })

  it('restores the good attempts of a backup with a damaged one, and names that one', async () => {
    freshPinia()
    const played3 = recordQuizzes(3)
    const backup = JSON.parse(useProgressStore().exportBackup().text) as {
      progress: { sets: Record<string, { attempts: Record<string, string> }> }
    }
    const [, set] = Object.entries(backup.progress.sets)[0]!
    const { attempt } = played3[1]!
    const bad = attempt.id
    // Its question list is gone; its date and marks still read.
    set.attempts[bad] = set.attempts[bad]!.replace(/^[^.]*/, 'zzzzzzzz')
    localStorage.clear()
    const pinia = freshPinia()
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'passage-backup.json', JSON.stringify(backup))
    const preview = wrapper.get('.restore-preview')
    expect(preview.get('.restore-counts').text()).toMatch(/^2 new attempts will be added/)
    expect(preview.get('.restore-damaged').text().replace(/\s+/g, ' ')).toBe(
      `⚠ 1 attempt in it is damaged and cannot be restored; the others can: “Who said what”: your test of ${readableDate(attempt.startedAt)}, ${marksText(attempt.score, attempt.max)} (${percentOf(attempt.score, attempt.max)}%) — its list of questions is missing`,
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 2 attempts added (1 question set new to this browser), and your settings were already the same as the backup's. 1 damaged attempt in the file was left out.",
    )
    expect(
      useProgressStore()
        .recent(5)
        .map((a) => a.id),
    ).not.toContain(bad)
    expect(useProgressStore().recent(5)).toHaveLength(2)
  })

  it('heads what a restore leaves out by what is true of it: damaged, or dated after the backup', async () => {
    freshPinia()
    const played5 = recordQuizzes(5)
    const startOf = (i: number) => played5[i]!.attempt.startedAt
    storeCards([quizAnswer('wsw-01', startOf(4), false)])
    freshPinia()
    const backup = JSON.parse(useProgressStore().exportBackup().text) as {
      createdAt: string
      review?: unknown
      progress: { sets: Record<string, { attempts: Record<string, string> }> }
    }
    expect(backup.review).toBeDefined()
    // Made half a day after the second attempt (a clock set wrong since): the last two attempts
    // and the review answer are dated after it, a day's slack aside; the first is damaged.
    backup.createdAt = new Date(startOf(1) + DAY / 2).toISOString()
    const [, set] = Object.entries(backup.progress.sets)[0]!
    const bad = played5[0]!.attempt.id
    set.attempts[bad] = set.attempts[bad]!.replace(/^[^.]*/, 'zzzzzzzz')
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'passage-backup.json', JSON.stringify(backup))
    const preview = wrapper.get('.restore-preview')
    const words = (w: { text(): string }) => w.text().replace(/\s+/g, ' ')
    expect(words(preview.get('.restore-damaged p'))).toBe(
      '⚠ 3 attempts in it cannot be restored (1 damaged, 2 with dates that cannot be right); the others can:',
    )
    expect(preview.findAll('.restore-damaged li').map((li) => li.text())).toEqual([
      expect.stringMatching(/— its list of questions is missing$/),
      ...Array(2).fill(
        expect.stringMatching(
          /— it is dated after the backup was made \(a clock set wrong, or an edit\)$/,
        ),
      ),
    ])
    // Not "as this version cannot read them": it reads them, and their dates cannot be right.
    expect(preview.find('.restore-left-out').exists()).toBe(false)
    const misdated = preview.get('.restore-misdated')
    expect(misdated.get('p').text()).toBe('⚠ Left out, as their dates cannot be right:')
    expect(misdated.findAll('li').map((li) => li.text())).toEqual([
      'Its review schedule, whose answers are dated after the backup was made (a clock set wrong, or an edit), so yours stays as it is.',
    ])
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 2 attempts added (1 question set new to this browser), and your settings were already the same as the backup's. 1 damaged attempt in the file was left out. 2 attempts and review answers with dates that cannot be right were left out.",
    )
  })

  it('restores the attempts of a backup whose settings come from a newer version, and keeps ours', async () => {
    freshPinia()
    recordQuizzes(2)
    useSettingsStore().setTheme('dark')
    const backup = JSON.parse(useProgressStore().exportBackup().text) as {
      settings: Record<string, unknown>
    }
    backup.settings = { ...backup.settings, schemaVersion: 42, font: 'serif' }
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'from-a-newer-app.json', JSON.stringify(backup))
    const preview = wrapper.get('.restore-preview')
    expect(preview.get('.restore-counts').text()).toMatch(/^2 new attempts will be added/)
    const leftOut = preview.get('.restore-left-out')
    expect(leftOut.get('p').text()).toBe('⚠ Left out, as this version cannot read them:')
    expect(leftOut.findAll('li').map((li) => li.text())).toEqual([
      'Its settings, saved by a newer Passage: yours stay as they are; reload the page to bring Passage up to date, then restore the file again to bring them in (settings version 42; this page reads up to 4).',
    ])
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      'Restored: 2 attempts added (1 question set new to this browser). What this version cannot read was left out.',
    )
    expect(useProgressStore().attemptCount).toBe(2)
    expect(useSettingsStore().theme).toBe('system')
  })

  it('restores a backup of settings alone without counting “0 attempts”', async () => {
    freshPinia()
    useSettingsStore().setTextSize(150)
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'passage-backup.json', text)
    const preview = wrapper.get('.restore-preview')
    expect(preview.get('.restore-made').text()).toMatch(/^Made on [^.]+\. It holds no attempts\.$/)
    expect(preview.find('.restore-counts').exists()).toBe(false)
    expect(preview.text()).not.toContain('Every attempt in it is already here')
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: your settings are now the backup's.",
    )
    expect(useSettingsStore().textSize).toBe(150)
  })

  it('says nothing was restored from a backup with nothing in it to restore', async () => {
    const text = backupText(makeBackup({ progress: emptyProgress() }, '1.2.3', new Date()))
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'passage-backup.json', text)
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe('Nothing in it was restored.')
  })

  it('restores a backup made here again saying no attempt is new, not “0 attempts added”', async () => {
    const pinia = freshPinia()
    recordQuizzes(2)
    const text = useProgressStore().exportBackup().text
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'passage-backup.json', text)
    expect(wrapper.get('.restore-counts').text()).toBe('Every attempt in it is already here.')
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: no new attempts, and your settings were already the same as the backup's.",
    )
  })

  it('says a backup whose settings differ from these replaces them, and that it did', async () => {
    freshPinia()
    recordQuizzes(1)
    useSettingsStore().setTextSize(150)
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'other-browser.json', text)
    // A new browser, with no attempts yet: the backup's settings come with it unless unticked.
    const also = labelled(wrapper, 'Also restore its settings')
    expect((also.element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.get('.restore-preview').text()).toContain(
      "Your settings will be replaced by the backup's.",
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 1 attempt added (1 question set new to this browser), and your settings are now the backup's.",
    )
    expect(useSettingsStore().textSize).toBe(150)
  })

  it('keeps the settings of a browser in use when a backup with others is restored, unless asked', async () => {
    freshPinia()
    recordQuizzes(1)
    useSettingsStore().setTextSize(150)
    useSettingsStore().setTheme('dark')
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const pinia = freshPinia()
    recordQuizzes(1, 5)
    useSettingsStore().setTextSize(120)
    const wrapper = await openSettings(pinia)

    await chooseFile(wrapper, 'old-laptop.json', text)
    const also = labelled(wrapper, 'Also restore its settings')
    expect((also.element as HTMLInputElement).checked).toBe(false)
    const preview = wrapper.get('.restore-preview')
    // What ticking it would change, named as Settings names them, heard with the checkbox.
    const changes = preview.get('.restore-changes')
    expect(changes.get('p').text()).toBe('Its settings differ from yours:')
    expect(changes.findAll('li').map((li) => li.text())).toEqual([
      '“Colours”: Dark in the backup, Same as this device here',
      '“Text size”: 150% in the backup, 120% here',
    ])
    // In the words the page above offers them with.
    const colours = wrapper.findAll('fieldset').find((f) => f.find('legend').text() === 'Colours')
    expect(colours?.findAll('label').map((l) => l.text())).toEqual([
      'Same as this device',
      'Light',
      'Dark',
    ])
    expect(also.attributes('aria-describedby')?.split(' ')[0]).toBe(changes.attributes('id'))
    expect(preview.text()).toContain('Your settings here stay as they are.')
    expect(preview.text()).not.toContain('will be replaced')
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      'Restored: 1 attempt added. Your settings here were kept.',
    )
    expect(useProgressStore().attemptCount).toBe(2)
    expect(useSettingsStore().textSize).toBe(120)
    expect(useSettingsStore().theme).toBe('system')

    // Ticked, the same backup's settings come in (its attempt is here already).
    await chooseFile(wrapper, 'old-laptop.json', text)
    await labelled(wrapper, 'Also restore its settings').setValue(true)
    expect(wrapper.get('.restore-preview').text()).toContain(
      "Your settings will be replaced by the backup's.",
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: no new attempts, and your settings are now the backup's.",
    )
    expect(useSettingsStore().textSize).toBe(150)
    expect(useSettingsStore().theme).toBe('dark')
  })

  it('restores nothing from a backup of settings alone when its settings are not wanted', async () => {
    freshPinia()
    useSettingsStore().setTextSize(150)
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'passage-backup.json', text)
    await labelled(wrapper, 'Also restore its settings').setValue(false)
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      'Nothing in it was restored. Your settings here were kept.',
    )
    expect(useSettingsStore().textSize).toBe(100)
  })

  it('restores a backup whose settings have one bad value: that one alone goes back to its default, named', async () => {
    freshPinia()
    recordQuizzes(1)
    useSettingsStore().setTheme('dark')
    useSettingsStore().setTextSize(150)
    const backup = JSON.parse(useProgressStore().exportBackup().text) as {
      settings: Record<string, unknown>
    }
    backup.settings = { ...backup.settings, theme: 'neon' }
    localStorage.clear()
    const wrapper = await openSettings(freshPinia())

    await chooseFile(wrapper, 'hand-edited.json', JSON.stringify(backup))
    const preview = wrapper.get('.restore-preview')
    expect(preview.find('.restore-left-out').exists()).toBe(false)
    // The bad one is said apart, below: not as if “neon” had been read as the device's colours.
    expect(preview.findAll('.restore-changes li').map((li) => li.text())).toEqual([
      '“Text size”: 150% in the backup, 100% here',
    ])
    expect(preview.text().replace(/\s+/g, ' ')).toContain(
      "Your settings will be replaced by the backup's, except “Colours”: the backup's value does not read, so it goes back to Passage's default.",
    )
    await button(wrapper, 'Restore').trigger('click')
    expect(wrapper.get('.restore-outcome').text()).toBe(
      "Restored: 1 attempt added (1 question set new to this browser), and your settings are now the backup's (“Colours” went back to the default, as the backup's did not read).",
    )
    expect(useSettingsStore().theme).toBe('system')
    expect(useSettingsStore().textSize).toBe(150)
  })

  it('says how far reading a backup has got, and can stop it', async () => {
    freshPinia()
    recordQuizzes(1)
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings()
    const input = labelled(wrapper, 'Restore from a backup')
    const file = new File([text], 'big.json', { type: 'application/json' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')

    const status = wrapper.get('.restore-reading[role="status"]')
    expect(status.get('.hint').text()).toBe('big.json: a large backup takes a few seconds.')
    expect(labelled(wrapper, 'Reading the file…').element.tagName).toBe('PROGRESS')
    await button(wrapper, 'Cancel').trigger('click')
    await flushPromises()
    expect(wrapper.find('.restore-reading').exists()).toBe(false)
    expect(wrapper.find('.restore-preview').exists()).toBe(false)
    expect(wrapper.get('.restore-outcome').text()).toBe('Restore cancelled. Nothing was changed.')
    expect(useProgressStore().attemptCount).toBe(0)
  })

  it('changes nothing when a restore is cancelled', async () => {
    freshPinia()
    recordQuizzes(1)
    const text = useProgressStore().exportBackup().text
    localStorage.clear()
    const wrapper = await openSettings()

    await chooseFile(wrapper, 'passage-backup.json', text)
    expect(wrapper.get('.restore-counts').text()).toBe(
      '1 new attempt will be added. 1 question set is new to this browser.',
    )
    await button(wrapper, 'Cancel').trigger('click')
    expect(wrapper.find('.restore-preview').exists()).toBe(false)
    expect(useProgressStore().attemptCount).toBe(0)
    await announced('Restore cancelled. Nothing was changed.')
  })

  it('erases everything only after a confirmation that defaults to Cancel', async () => {
    const pinia = freshPinia()
    recordQuizzes(2)
    storeCards(['wsw-01', 'wsw-02', 'wsw-03'].map((q) => quizAnswer(q, Date.now() - DAY, true)))
    useSettingsStore().setMode('test')
    const wrapper = await openSettings(pinia)
    const dialog = wrapper.get('dialog')
    expect(dialog.attributes('open')).toBeUndefined()
    await downloadBackup(wrapper)
    expect(wrapper.text()).toContain('Backup downloaded as')

    await button(wrapper, 'Erase all my data…').trigger('click')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.get('h2').text()).toBe('Erase all your data?')
    // All that goes is counted, the questions in review as well as the attempts.
    expect(dialog.get('p').text()).toMatch(
      /^This cannot be undone\. It deletes 2 attempts, 3 questions in review, your settings and any quiz in progress from this browser\./,
    )
    expect(document.activeElement).toBe(button(wrapper, 'Cancel').element)

    await button(wrapper, 'Cancel').trigger('click')
    expect(dialog.attributes('open')).toBeUndefined()
    expect(useProgressStore().attemptCount).toBe(2)
    expect(document.activeElement).toBe(button(wrapper, 'Erase all my data…').element)

    await button(wrapper, 'Erase all my data…').trigger('click')
    await button(wrapper, 'Erase everything').trigger('click')
    await flushPromises()
    expect(dialog.attributes('open')).toBeUndefined()
    expect(useProgressStore().attemptCount).toBe(0)
    expect(useSettingsStore().mode).toBe('practice')
    expect(Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX))).toEqual([])
    expect(wrapper.get('.erase-outcome').text()).toBe('All your data was erased from this browser.')
    // The backup taken before is no longer news beside "erased": its line goes.
    expect(wrapper.text()).not.toContain('Backup downloaded as')
    expect(
      (
        labelled(wrapper, 'Practice — feedback and a second try after each question')
          .element as HTMLInputElement
      ).checked,
    ).toBe(true)
    await announced('All your data was erased from this browser.')
  })

  it.each([
    [0, 12, 'It deletes 12 questions in review, your settings and any quiz in progress'],
    [2, 0, 'It deletes 2 attempts, your settings and any quiz in progress'],
    [1, 1, 'It deletes 1 attempt, 1 question in review, your settings and any quiz in progress'],
    [0, 0, 'It deletes your settings and any quiz in progress'],
  ])(
    'counts in the erase dialog what there is: %i attempts, %i in review',
    async (n, cards, words) => {
      const pinia = freshPinia()
      recordQuizzes(n)
      const ids = Array.from({ length: cards }, (_, i) => `wsw-${String(i + 1).padStart(2, '0')}`)
      storeCards(ids.map((q) => quizAnswer(q, Date.now() - DAY, true)))
      const wrapper = await openSettings(pinia)
      await button(wrapper, 'Erase all my data…').trigger('click')
      expect(wrapper.get('dialog p').text()).toBe(
        `This cannot be undone. ${words} from this browser. Download a backup first if you may want them back. Sets and articles you wrote in the Studio are kept.`,
      )
    },
  )

  it('takes back "All your data was erased" once a backup is restored after it', async () => {
    const pinia = freshPinia()
    recordQuizzes(2)
    const wrapper = await openSettings(pinia)
    await downloadBackup(wrapper)
    const backup = await downloads.at(-1)!.blob.text()
    await button(wrapper, 'Erase all my data…').trigger('click')
    await button(wrapper, 'Erase everything').trigger('click')
    await flushPromises()
    expect(wrapper.get('.erase-outcome').text()).toBe('All your data was erased from this browser.')

    await chooseFile(wrapper, 'passage-backup.json', backup)
    // Until the restore is confirmed, the erasure is still what happened last.
    expect(wrapper.find('.erase-outcome').exists()).toBe(true)
    await button(wrapper, 'Restore').trigger('click')
    expect(useProgressStore().attemptCount).toBe(2)
    expect(wrapper.get('.restore-outcome').text()).toMatch(/^Restored: 2 attempts added/)
    expect(wrapper.find('.erase-outcome').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('erased')
  })

  it('says plainly when nothing can be saved, once: on the page when the app-wide notice is dismissed', async () => {
    setStorageDoor(createStorageDoor({ backend: () => throwingStorage() }))
    const wrapper = await openSettings()
    const unavailable = useProgressStore().notices.find((n) => n.kind === 'unavailable')
    expect(unavailable).toBeDefined()
    expect(wrapper.find('.persistence-note').exists()).toBe(false)

    useProgressStore().dismiss(unavailable!.id)
    await flushPromises()
    expect(wrapper.get('.persistence-note').text()).toMatch(
      /Progress is not being saved in this browser/,
    )
  })

  it('says what to do when a newer Passage saved this browser’s progress: reload the page', async () => {
    localStorage.setItem(STORAGE_KEYS.progress, JSON.stringify({ schemaVersion: 99, sets: {} }))
    const wrapper = await openSettings()
    const newer = useProgressStore().notices.find((n) => n.kind === 'newer')
    useProgressStore().dismiss(newer!.id)
    await flushPromises()
    expect(wrapper.get('.persistence-note').text()).toBe(
      '⚠ Read-only: a newer Passage saved what is in this browser, so this older page saves no changes over it. Reload the page to bring it up to date, or download a backup of what you do here.',
    )
  })

  it('shows no storage warning when saving works', async () => {
    const wrapper = await openSettings()
    expect(wrapper.find('.persistence-note').exists()).toBe(false)
  })
})
