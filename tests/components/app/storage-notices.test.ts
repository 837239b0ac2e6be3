import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import StorageNotices from '../../../src/components/app/StorageNotices.vue'
import { createStorageDoor } from '../../../src/composables/storage/door.ts'
import { setStorageDoor, useStorageDoor } from '../../../src/composables/storage/index.ts'
import { STORAGE_KEYS, QUARANTINE_PREFIX } from '../../../src/composables/storage/keys.ts'
import { MemoryStorage, throwingStorage } from '../../fixtures/progress/memory-storage.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { useSettingsStore } from '../../../src/stores/settings.ts'
import { defaultSettings } from '../../../src/domain/progress/settings.ts'
import { at, BANK_ID, playedTest, quizBank } from '../../fixtures/progress/bank.ts'
import { createSession } from '../../../src/domain/quiz/session.ts'
import {
  savedSessionsSpec,
  useSavedSessions,
} from '../../../src/composables/storage/saved-sessions.ts'
import { readNotices } from '../../../src/composables/storage/notices.ts'
import { marksText, percentOf } from '../../../src/domain/quiz/marks.ts'
import { readableDate } from '../../../src/components/progress/format.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'

const update = vi.hoisted(() => ({ reloadToUpdate: vi.fn(() => Promise.resolve()) }))
vi.mock('../../../src/composables/app-update.ts', () => update)

function mountNotices() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(StorageNotices, { global: { plugins: [pinia] }, attachTo: document.body })
}

function quarantineKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX))
}

let downloads: CaughtDownload[] = []

beforeEach(() => {
  setStorageDoor(undefined)
  downloads = catchDownloads()
})

afterEach(() => {
  vi.restoreAllMocks()
  setStorageDoor(undefined)
  document.body.innerHTML = ''
})

describe('storage notices', () => {
  it('show nothing when storage is healthy', () => {
    expect(mountNotices().find('[role=alert]').exists()).toBe(false)
  })

  it('report unreadable progress, download the kept copy, then discard it', async () => {
    localStorage.setItem(STORAGE_KEYS.progress, 'not json at all')
    const wrapper = mountNotices()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toMatch(
      /Your saved progress could not be read, so Passage set it aside and started fresh/,
    )
    expect(alert.get('details').text()).toMatch(
      /^What was wrong\s*Passage found that it is not valid JSON \(.+\)\.$/,
    )
    expect(quarantineKeys()).toHaveLength(1)

    await alert.get('button:nth-of-type(1)').trigger('click')
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.name).toMatch(/^passage-quarantine-.+\.txt$/)
    expect(await downloads[0]!.blob.text()).toBe('not json at all')

    const discard = wrapper.findAll('button').find((b) => b.text() === 'Discard it')!
    await discard.trigger('click')
    await flushPromises()
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
    expect(quarantineKeys()).toEqual([])
  })

  it('download and discard a damaged copy of the tab’s own quiz that storage has no room for', async () => {
    const full = new MemoryStorage(0)
    setStorageDoor(createStorageDoor({ backend: () => full }))
    const wrapper = mountNotices()
    // What tab-quiz.ts does with a damaged copy of the tab: the door keeps it in memory.
    const { key, stored } = useStorageDoor().setAside(
      STORAGE_KEYS.quizInProgress,
      '{"damaged":true}',
    )
    expect(stored).toBe(false)
    useProgressStore().report(
      readNotices(savedSessionsSpec, {
        value: { schemaVersion: 1, sessions: {} },
        status: 'quarantined',
        quarantineKey: key,
        quarantineStored: false,
        reason: 'sessions.x: damaged',
        salvaged: true,
        lost: [{ setId: BANK_ID, attemptId: null, reason: 'damaged' }],
      }).map((n) => ({ ...n, inTab: true })),
    )
    await flushPromises()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toMatch(
      /could not be read, so it cannot be continued\. Storage is too full to set the damaged copy aside: it is kept until you reload or close this tab, to download or discard\.$/,
    )
    await alert
      .findAll('button')
      .find((b) => b.text() === 'Download it')!
      .trigger('click')
    expect(downloads).toHaveLength(1)
    expect(await downloads[0]!.blob.text()).toBe('{"damaged":true}')
    await alert
      .findAll('button')
      .find((b) => b.text() === 'Discard it')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
    expect(useStorageDoor().readRaw(key)).toBeNull()
    expect(sessionStorage.length).toBe(0)
  })

  it('keep the keyboard on the notices when one is discarded or dismissed, then on the page’s heading', async () => {
    const heading = document.body
      .appendChild(document.createElement('main'))
      .appendChild(document.createElement('h1'))
    heading.tabIndex = -1
    localStorage.setItem(STORAGE_KEYS.progress, 'not json at all')
    localStorage.setItem(STORAGE_KEYS.settings, 'not json either')
    const wrapper = mountNotices()
    useSettingsStore()
    await flushPromises()
    const alerts = () => wrapper.findAll('[role=alert]')
    expect(alerts()).toHaveLength(2)

    await alerts()[0]!.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(alerts()).toHaveLength(1)
    // On the notice now in its place, not lost to the top of the page with the button taken away.
    expect(document.activeElement).toBe(alerts()[0]!.get('button').element)
    expect(document.activeElement?.textContent?.trim()).toBe('Download it')

    useProgressStore().report([{ id: 'unavailable', kind: 'unavailable' }])
    await flushPromises()
    expect(alerts()).toHaveLength(2)
    const dismiss = wrapper.findAll('button').find((b) => b.text() === 'Dismiss')!
    await dismiss.trigger('click')
    await flushPromises()
    expect(alerts()).toHaveLength(1)
    expect(document.activeElement).toBe(alerts()[0]!.get('button').element)

    const last = alerts()[0]!.findAll('button').at(-1)!
    await last.trigger('click')
    await flushPromises()
    expect(alerts()).toHaveLength(0)
    expect(document.activeElement).toBe(heading)
  })

  it('name the settings that went back to their defaults in the notice itself, the parser’s words in the fold', async () => {
    const own = {
      schemaVersion: 3,
      mode: 'test',
      timerSec: 600,
      shortcuts: false,
      theme: 'neon',
      retention: 0.95,
      newPerDay: 5,
      textSize: 900,
      articleBeside: false,
    }
    localStorage.setItem(STORAGE_KEYS.settings, JSON.stringify(own))
    const wrapper = mountNotices()
    useSettingsStore()
    await flushPromises()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toBe(
      '⚠ Your saved settings “Colours” and “Text size” could not be read, so they went back to their defaults; your other settings are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    )
    expect(alert.get('details').text()).toMatch(
      /^What was wrong\s*Passage found a value Passage does not allow in the setting “Colours” \(theme must be [^)]+\); the setting “Text size” is missing or damaged too\.$/,
    )
  })

  it('say once, when storage fills up, what could not be saved, what is safe and what to do', async () => {
    const storage = new MemoryStorage()
    setStorageDoor(createStorageDoor({ backend: () => storage }))
    const wrapper = mountNotices()
    storage.quota = storage.used()
    useSettingsStore().setTheme('dark')
    useProgressStore().recordSession(playedTest([]), quizBank())
    useProgressStore().report([
      {
        id: 'quota-full:passage:review',
        kind: 'quota-full',
        key: 'passage:review',
        label: 'reviews',
      },
    ])
    await flushPromises()

    const alerts = wrapper.findAll('[role=alert]')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.get('p').text()).toBe(
      '⚠ Storage in this browser is full, so Passage could not save your progress, reviews and settings. Everything saved before is safe, and these are kept until you close this tab: download a backup now.',
    )
    const buttons = alerts[0]!.findAll('button').map((b) => b.text())
    expect(buttons).toEqual(['Download a backup', 'Dismiss'])
    await alerts[0]!.findAll('button')[1]!.trigger('click')
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
  })

  it.each([
    [
      'empty',
      { schemaVersion: 4 },
      /^Passage found a value Passage does not allow in the setting “Quizzes start in” \(mode must be "practice" or "test"\); every other setting is missing or damaged too\.$/,
    ],
    [
      'damaged in three',
      { ...defaultSettings(), mode: 'quiz', theme: 'neon', textSize: 900 },
      /^Passage found a value Passage does not allow in the setting “Quizzes start in” \(mode must be [^)]+\); the settings “Colours” and “Text size” are missing or damaged too\.$/,
    ],
  ])(
    'name every setting that does not read in a settings copy %s, by its label',
    async (_, doc, words) => {
      localStorage.setItem(STORAGE_KEYS.settings, JSON.stringify(doc))
      const wrapper = mountNotices()
      useSettingsStore()
      await flushPromises()
      expect(wrapper.get('[role=alert] details p').text()).toMatch(words)
    },
  )

  it('name an attempt left out of damaged progress as the student knows it, not by its id', () => {
    mountNotices()
    const progress = useProgressStore()
    const played = [0, 1].map((i) =>
      progress.recordSession(playedTest([], i * 3_600_000), quizBank()),
    )
    const journal = JSON.parse(localStorage.getItem(STORAGE_KEYS.progressJournal)!) as {
      sets: Record<string, { attempts: Record<string, string> }>
    }
    const lost = played[1]!.attempt
    const set = journal.sets[lost.setId]!
    set.attempts[lost.id] = set.attempts[lost.id]!.replace(/^[^.]*/, 'zzzzzzzz')
    localStorage.setItem(STORAGE_KEYS.progressJournal, JSON.stringify(journal))

    const wrapper = mountNotices()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toMatch(/kept everything in it that could still be read/)
    expect(alert.get('details summary').text()).toBe('What could not be kept')
    expect(alert.findAll('details li').map((li) => li.text())).toEqual([
      `“Who said what”: your test of ${readableDate(lost.startedAt)}, ${marksText(lost.score, lost.max)} (${percentOf(lost.score, lost.max)}%) — its list of questions is missing`,
    ])
    expect(alert.text()).not.toContain(lost.id)
  })

  it('set aside only the damaged quiz in progress, named by its set, and keep the other sets’ quizzes', async () => {
    const options = { mode: 'test', shuffleQuestions: true, shuffleChoices: true } as const
    const damaged = { ...createSession(quizBank(), options, 's1', at()), shown: null }
    const other = createSession(quizBank('mini/quotes'), options, 's2', at())
    localStorage.setItem(
      STORAGE_KEYS.quizInProgress,
      JSON.stringify({ schemaVersion: 1, sessions: { [BANK_ID]: damaged, 'mini/quotes': other } }),
    )
    const wrapper = mountNotices()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toBe(
      '⚠ Your quiz in progress of “Who said what” could not be read, so it cannot be continued; your quizzes in progress of other sets are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    )
    expect(alert.get('details summary').text()).toBe('What was wrong')
    expect(alert.get('details p').text()).toBe(
      `Passage found a value missing or of the wrong kind in a quiz in progress (sessions.${BANK_ID}.shown should be a list of options per question).`,
    )
    // Discarding the damaged copy keeps the other set's quiz, to continue.
    const discard = wrapper.findAll('button').find((b) => b.text() === 'Discard it')!
    await discard.trigger('click')
    expect(useSavedSessions().get('mini/quotes')).toEqual(other)
    expect(useSavedSessions().get(BANK_ID)).toBeUndefined()
    expect(quarantineKeys()).toEqual([])
  })

  it('name the set of the only quiz in progress set aside, and claim no other set’s quiz is kept', () => {
    const options = { mode: 'test', shuffleQuestions: true, shuffleChoices: true } as const
    const damaged = { ...createSession(quizBank(), options, 's1', at()), shown: null }
    localStorage.setItem(
      STORAGE_KEYS.quizInProgress,
      JSON.stringify({ schemaVersion: 1, sessions: { [BANK_ID]: damaged } }),
    )
    const wrapper = mountNotices()
    // It said “Your saved quiz in progress could not be read, so Passage set it aside and started
    // fresh”, of no set.
    expect(wrapper.get('[role=alert] p').text()).toBe(
      '⚠ Your quiz in progress of “Who said what” could not be read, so it cannot be continued. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    )
    expect(wrapper.get('[role=alert] details p').text()).toBe(
      `Passage found a value missing or of the wrong kind in a quiz in progress (sessions.${BANK_ID}.shown should be a list of options per question).`,
    )
  })

  it('say progress will not be saved when storage is off, and offer a backup', async () => {
    setStorageDoor(createStorageDoor({ backend: () => throwingStorage() }))
    const wrapper = mountNotices()
    const alert = wrapper.get('[role=alert]')
    expect(alert.text()).toMatch(/will not be saved after you close this tab/)

    const backup = wrapper.findAll('button').find((b) => b.text() === 'Download a backup')!
    await backup.trigger('click')
    expect(downloads[0]!.name).toMatch(/^passage-backup-.+\.json$/)
    expect(JSON.parse(await downloads[0]!.blob.text())).toMatchObject({
      progress: expect.any(Object),
    })

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Dismiss')!
      .trigger('click')
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
  })

  it('say what to do with data a newer Passage saved (reload, offered as a button), the version folded for whoever helps', async () => {
    localStorage.setItem(STORAGE_KEYS.progress, JSON.stringify({ schemaVersion: 99, sets: {} }))
    const wrapper = mountNotices()
    const alert = wrapper.get('[role=alert]')
    expect(alert.get('p').text()).toBe(
      '⚠ A newer Passage saved your progress, so this older page saves nothing over what it saved. Reload to bring this page up to date.',
    )
    expect(alert.get('details summary').text()).toBe('Details')
    expect(alert.get('details p').text()).toBe(
      `Stored under “${STORAGE_KEYS.progress}” as data version 99, newer than this page reads. Nothing in it was changed.`,
    )
    const reload = alert.findAll('button').find((b) => b.text() === 'Reload')!
    await reload.trigger('click')
    await flushPromises()
    expect(update.reloadToUpdate).toHaveBeenCalledOnce()
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe(
      JSON.stringify({ schemaVersion: 99, sets: {} }),
    )
  })
})
