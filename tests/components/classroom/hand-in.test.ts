import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { VueWrapper } from '@vue/test-utils'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { handInName } from '../../../src/composables/hand-in-name.ts'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { useProgressStore } from '../../../src/stores/progress.ts'
import { readResults } from '../../../src/domain/interop/results-read.ts'
import { readResultsCsv } from '../../../src/domain/interop/results-csv.ts'
import { parseCsv } from '../../../src/domain/interop/csv.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'
import { DAY, freshPinia, mountRoute, played, settle, shippedBank, T0 } from '../progress/played.ts'
import { eventually } from '../../fixtures/eventually.ts'

let downloads: CaughtDownload[] = []

beforeEach(() => {
  setStorageDoor(undefined)
  handInName.value = ''
  downloads = catchDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
  setStorageDoor(undefined)
  document.body.innerHTML = ''
})

function recordTwo() {
  const pinia = freshPinia()
  const bank = shippedBank()
  const progress = useProgressStore()
  const first = progress.recordSession(played(bank, { mode: 'test', wrong: ['wsw-01'] }), bank)
  progress.recordSession(played(bank, { mode: 'practice', start: DAY }), bank)
  return { pinia, first: first.attempt }
}

/** The panel is an async component: its chunk loads after the page. */
async function panelOf(wrapper: VueWrapper) {
  await eventually(() => expect(wrapper.find('.hand-in').exists()).toBe(true))
  return wrapper.get('.hand-in')
}

async function handIn(wrapper: VueWrapper, name: string, format: RegExp) {
  const panel = await panelOf(wrapper)
  await panel.get('input[type=text]').setValue(name)
  const radio = panel.findAll('label.choice').find((l) => format.test(l.text()))
  await radio!.get('input').setValue(true)
  await panel.get('form').trigger('submit')
  await eventually(() => expect(downloads).toHaveLength(1))
  return { name: downloads[0]!.name, text: await downloads[0]!.blob.text() }
}

describe('handing results in', { timeout: 30_000 }, () => {
  it('asks for a name first, with the error beside the field', async () => {
    const { pinia } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)
    const panel = await panelOf(wrapper)
    expect(panel.get('h2').text()).toBe('Hand in results')
    await panel.get('form').trigger('submit')
    await settle()
    const input = panel.get('input[type=text]')
    expect(panel.get('.input-error').text()).toBe(
      'Error: Type your name, so your teacher knows whose results these are',
    )
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe(panel.get('.input-error').attributes('id'))
    expect(document.activeElement).toBe(input.element)
    expect(downloads).toEqual([])
  })

  it('downloads every result as a results file with the name typed', async () => {
    const { pinia } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)
    await settle()
    const file = await handIn(wrapper, '  Ana  Lima ', /^Passage results file/)
    expect(file.name).toMatch(/^ana-lima-who-said-what-results-\d{4}-\d{2}-\d{2}\.json$/)
    const read = readResults(file.text)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.doc.student).toEqual({ name: 'Ana Lima' })
    expect(read.doc.attempts).toHaveLength(2)
    expect(wrapper.get('.restore-outcome').text()).toBe(
      `Downloaded ${file.name}. Hand it to your teacher.`,
    )
    // Said once, by the app's live region; the line under the button is not a second one.
    await eventually(() => expect(useAnnouncer().message.value).toContain(file.name))
    expect(wrapper.find('.hand-in :is([role=status], [role=alert], [aria-live])').exists()).toBe(
      false,
    )
  })

  it('downloads one attempt from its review page as CSV', async () => {
    const { pinia, first } = recordTwo()
    const { wrapper } = await mountRoute(`/progress/attempt/${first.id}`, pinia)
    await settle()
    const file = await handIn(wrapper, '<img src=x onerror=alert(1)>', /^Spreadsheet/)
    expect(file.name).toMatch(/^img-src-x-onerror-alert-1-who-said-what-attempt-.*\.csv$/)
    const read = readResultsCsv(file.text)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.students[0]?.name).toBe('<img src=x onerror=alert(1)>')
    expect(read.students[0]?.attempts.map((a) => a.id)).toEqual([first.id])
    expect(read.students[0]?.attempts[0]?.answers[0]).toMatchObject({ correct: false })
    // The name is in the file, never in the page as markup.
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('after a first quiz, hands in its attempt with no choice of "all my results", the same one attempt', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const { attempt } = useProgressStore().recordSession(played(bank, { mode: 'test' }), bank)
    const { wrapper } = await mountRoute(`/progress/attempt/${attempt.id}`, pinia)
    await settle()
    const panel = await panelOf(wrapper)
    // "This attempt" and "All my results (1 attempt)" were two choices for one thing.
    expect(panel.findAll('legend').map((l) => l.text())).toEqual(['Format'])
    const file = await handIn(wrapper, 'Ana', /^Spreadsheet/)
    expect(file.name).toMatch(/^ana-who-said-what-attempt-.*\.csv$/)
    const read = readResultsCsv(file.text)
    expect(read.ok && read.students[0]?.attempts.map((a) => a.id)).toEqual([attempt.id])
  })

  it('offers this attempt or all results once there is another attempt', async () => {
    const { pinia, first } = recordTwo()
    const { wrapper } = await mountRoute(`/progress/attempt/${first.id}`, pinia)
    const panel = await panelOf(wrapper)
    expect(panel.findAll('label.choice').map((l) => l.text())).toEqual([
      'This attempt',
      'All my results (2 attempts)',
      expect.stringMatching(/^Passage results file/),
      expect.stringMatching(/^Spreadsheet/),
      expect.stringMatching(/^xAPI/),
    ])
  })

  it('writes the CSV the same in a French browser: commas, decimal points, read back the same', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR')
    const { pinia, first } = recordTwo()
    const { wrapper } = await mountRoute(`/progress/attempt/${first.id}`, pinia)
    await settle()
    const file = await handIn(wrapper, 'Zoé Lefèvre', /^Spreadsheet/)
    const [header, row] = file.text.split('\r\n')
    // A teacher's files from a class with French, German and English browsers open alike.
    expect(header).toMatch(/^\uFEFF?student,set_id,set_title,/)
    expect(row).toMatch(/^Zoé Lefèvre,/)
    expect(row).toMatch(/,0\.7,/)
    expect(row).not.toContain(';')
    const read = readResultsCsv(file.text)
    expect(read.ok && read.students[0]?.attempts.map((a) => [a.id, a.set.passMark])).toEqual([
      [first.id, 0.7],
    ])
  })

  it('hands in the same CSV whatever the browser language', async () => {
    recordTwo()
    const progress = useProgressStore()
    const bank = shippedBank()
    const { handInFile } = await import('../../../src/components/classroom/hand-in-file.ts')
    const csvIn = (locale: string) =>
      handInFile({
        format: 'csv',
        name: 'Zoé Lefèvre',
        scope: 'results',
        attempts: progress.recent(2),
        bankOf: (id) => (id === bank.id ? bank : undefined),
        appVersion: 'test',
        now: new Date(T0 + 2 * DAY),
        locale,
      })
    const english = csvIn('en-GB')
    const rows = parseCsv(english.text)
    if (!rows.ok) throw new Error(rows.reason)
    const [header, ...body] = rows.rows
    const at = (c: string) => header!.indexOf(c)
    expect(body.map((r) => r[at('pass_mark')])).toContain('0.7')
    expect(
      body.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(r[at('started_at')]!)),
    ).toBe(true)
    expect(new Set(body.map((r) => r[at('correct')]))).toEqual(new Set(['true', 'false']))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('de-DE', 'fr-FR', 'de-CH', 'es-ES', 'it-IT', 'nl-NL', 'ar-EG', 'fa-IR'),
          fc.constantFrom('hi-IN', 'ja-JP', 'pt-BR', 'ru-RU', 'sv-SE', 'en-US', 'en', ''),
          fc.string(),
        ),
        (locale) => {
          expect(csvIn(locale)).toEqual(english)
        },
      ),
    )
  })

  it('downloads xAPI statements', async () => {
    const { pinia } = recordTwo()
    const { wrapper } = await mountRoute('/progress', pinia)
    await settle()
    const file = await handIn(wrapper, 'Bo', /^xAPI/)
    expect(file.name).toMatch(/^bo-who-said-what-results-xapi-.*\.json$/)
    const statements = JSON.parse(file.text) as { verb: { id: string } }[]
    const bank = shippedBank()
    expect(statements).toHaveLength(2 * (bank.questions.length + 1))
  })
})
