import { shortKey } from '../../../src/components/classroom/worksheet.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setStorageDoor } from '../../../src/composables/storage/index.ts'
import { parseGift } from '../../../src/domain/interop/gift-parse.ts'
import { catchDownloads, type CaughtDownload } from '../../fixtures/downloads.ts'
import { mount } from '@vue/test-utils'
import SetTools from '../../../src/components/classroom/SetTools.vue'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage, single } from '../../fixtures/banks.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { freshPinia, mountRoute, settle, shippedBank } from '../progress/played.ts'
import { eventually } from '../../fixtures/eventually.ts'

let downloads: CaughtDownload[] = []
beforeEach(() => {
  setStorageDoor(undefined)
  downloads = catchDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('printing a set', { timeout: 30_000 }, () => {
  it('lays out every question to answer on paper, and no answers', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const { wrapper } = await mountRoute('/print/assad-sochi-2018/who-said-what', pinia)
    const sheet = wrapper.get('.worksheet')
    expect(sheet.findAll('.sheet-question')).toHaveLength(bank.questions.length)
    expect(sheet.find('.sheet-article').exists()).toBe(true)
    const text = sheet.text()
    expect(text).not.toContain('Answer:')
    for (const q of bank.questions) if (q.explanation) expect(text).not.toContain(q.explanation)
    expect(sheet.findAll('.sheet-box').length).toBeGreaterThan(bank.questions.length)
  })

  it('heads the worksheet with lines for the name, class and date, and the marks out of the total', async () => {
    const bank = shippedBank()
    const { wrapper } = await mountRoute('/print/assad-sochi-2018/who-said-what', freshPinia())
    const fields = wrapper.get('.worksheet .sheet-header .sheet-fields')
    const labels = fields.findAll(':scope > span').map((f) => f.text().replace(/\s+/g, ' '))
    expect(labels).toEqual(['Name', 'Class', 'Date', `Marks of ${bank.questions.length}`])
    expect(fields.findAll('.sheet-line')).toHaveLength(4)
  })

  it('keeps each option letter apart from its words in the page text (copy, search, read aloud)', async () => {
    const bank = shippedBank()
    const { wrapper } = await mountRoute('/print/assad-sochi-2018/who-said-what', freshPinia())
    const choice = bank.questions.find((q) => q.type === 'single')
    if (!choice || choice.type !== 'single')
      throw new Error('the set has no single-choice question')
    const options = wrapper
      .findAll('.sheet-question')
      [bank.questions.indexOf(choice)]!.findAll('.sheet-options li')
    // textContent, not Vue's trimmed text(): what a copy, a search or a reader without layout gets.
    const texts = options.map((o) => o.element.textContent.replace(/\s+/g, ' ').trim())
    expect(texts[0]).toMatch(/^A \S/)
    expect(texts.map((t) => t.slice(2))).toEqual(expect.arrayContaining(choice.choices))
  })

  it('gives the answer key with explanations and evidence, numbered as the worksheet', async () => {
    const pinia = freshPinia()
    const bank = shippedBank()
    const { wrapper } = await mountRoute('/print/assad-sochi-2018/who-said-what?key=1', pinia)
    const key = wrapper.get('.answer-key')
    const items = key.findAll('.key-item')
    expect(items).toHaveLength(bank.questions.length)
    const first = bank.questions[0]!
    expect(items[0]!.get('.sheet-prompt').text()).toBe(`1. ${first.prompt}`)
    expect(items[0]!.get('.key-answer').text()).toMatch(/^Answer: /)
    if (first.explanation) expect(items[0]!.text()).toContain(first.explanation)
    expect(key.findAll('blockquote.evidence').length).toBeGreaterThanOrEqual(bank.questions.length)
  })

  it('gives the answer key the total marks and the pass mark in marks, and how part marks are given', async () => {
    const bank = shippedBank()
    const { wrapper } = await mountRoute(
      '/print/assad-sochi-2018/who-said-what?key=1',
      freshPinia(),
    )
    const n = bank.questions.length
    const head = wrapper.get('.answer-key .sheet-header .hint').text().replace(/\s+/g, ' ')
    expect(head).toContain(`${n} questions, 1 mark each: ${n} marks in all.`)
    expect(head).toContain(
      `Pass mark ${Math.round(bank.passMark * 100)}%: ${Math.round(bank.passMark * n * 100) / 100} marks or more.`,
    )
    const items = wrapper.findAll('.key-item')
    bank.questions.forEach((q, i) => {
      const parts = items[i]!.find('.key-parts')
      if (q.type === 'matching')
        expect(parts.text()).toBe(`1 mark: 1/${q.pairs.length} mark for each pair matched.`)
      else if (q.type === 'ordering')
        expect(parts.text()).toBe(`1 mark: 1/${q.items.length} mark for each box numbered right.`)
      else if (q.type === 'multiple')
        expect(parts.text()).toMatch(
          /for each right box ticked, the same taken off for each wrong one/,
        )
      else expect(parts.exists()).toBe(false)
    })
  })

  it('gives the pass mark as the lowest total a student can score that passes', async () => {
    const pinia = freshPinia()
    const questions = Array.from({ length: 7 }, (_, i) => ({ ...single, id: `q${i + 1}` }))
    await useBanksStore().load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bank({}, questions)) },
    ])
    const { wrapper } = await mountRoute('/print/mini/quotes?key=1', pinia)
    const head = wrapper.get('.answer-key .sheet-header .hint').text().replace(/\s+/g, ' ')
    // 70 % of 7 is 4.9, which no student can score with whole marks: it read "4.9 marks or more".
    expect(head).toBe('7 questions, 1 mark each: 7 marks in all. Pass mark 70%: 5 marks or more.')
  })

  it('dates an article with no agency or publisher on the worksheet without a stray “·” before it', async () => {
    const pinia = freshPinia()
    await useBanksStore().load([
      { file: PASSAGE_FILE, text: json(passage()) },
      { file: BANK_FILE, text: json(bank()) },
    ])
    const { wrapper } = await mountRoute('/print/mini/quotes', pinia)
    // An article pasted in the Studio has neither: it read “· 18 May 2018”.
    const byline = (w: typeof wrapper) =>
      w.get('.sheet-article .byline').text().replace(/\s+/g, ' ')
    expect(byline(wrapper)).toBe('18 May 2018')
    const { wrapper: sourced } = await mountRoute(
      '/print/assad-sochi-2018/who-said-what',
      freshPinia(),
    )
    expect(byline(sourced)).toMatch(/^\S.* · \d{1,2} \w+ \d{4}$/)
  })

  it('can leave the article off the worksheet', async () => {
    const { wrapper } = await mountRoute(
      '/print/assad-sochi-2018/who-said-what?article=0',
      freshPinia(),
    )
    expect(wrapper.find('.sheet-article').exists()).toBe(false)
  })
})

describe('the classroom page', { timeout: 30_000 }, () => {
  it('downloads a set as GIFT and says what it left out', async () => {
    const { wrapper } = await mountRoute('/classroom', freshPinia())
    const bank = shippedBank()
    const card = wrapper.findAll('.set-tools').find((c) => c.get('h4').text() === bank.title)!
    await card
      .findAll('button')
      .find((b) => b.text().startsWith('Download for Moodle'))!
      .trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    await settle()
    expect(downloads[0]?.name).toBe('who-said-what.gift.txt')
    const parsed = parseGift(await downloads[0]!.blob.text())
    expect(parsed.problems).toEqual([])
    expect(card.get('[role=status]').text()).toMatch(
      /^Downloaded who-said-what\.gift\.txt: \d+ of \d+ questions\./,
    )
    // Numbered as the worksheet numbers it, never by its id.
    const ordering = bank.questions.findIndex((q) => q.type === 'ordering') + 1
    expect(card.get('.tool-outcome').text()).toContain(
      `Left out question ${ordering}: GIFT has no ordering questions`,
    )
    expect(card.get('.tool-outcome').text()).not.toContain('wsw-')
  })

  it('counts a set of one question as “1 question”, on its card and after its download', async () => {
    const one = bank({ id: 'mini/one', title: 'One' })
    const tools = mount(SetTools, {
      props: { bank: one, passage: passage() },
      global: { stubs: { RouterLink: true } },
    })
    expect(tools.get('.set-meta').text()).toBe('1 question · pass mark 70%')
    await tools
      .findAll('button')
      .find((b) => b.text().startsWith('Download for Moodle'))!
      .trigger('click')
    await eventually(() => expect(downloads).toHaveLength(1))
    await settle()
    expect(tools.get('[role=status] p').text()).toBe('Downloaded one.gift.txt: 1 of 1 question.')
  })

  it('keeps the SCORM button focusable while its package is made, and makes one at a time', async () => {
    const { wrapper } = await mountRoute('/classroom', freshPinia())
    const bank = shippedBank()
    const card = wrapper.findAll('.set-tools').find((c) => c.get('h4').text() === bank.title)!
    const scorm = card.findAll('button').find((b) => b.text().startsWith('Download for an LMS'))!
    ;(scorm.element as HTMLButtonElement).focus()
    await scorm.trigger('click')
    // Busy: announced as unavailable, but not disabled, which would drop the keyboard's focus.
    expect(scorm.attributes('aria-disabled')).toBe('true')
    expect(scorm.attributes('disabled')).toBeUndefined()
    expect(document.activeElement).toBe(scorm.element)
    await scorm.trigger('click')
    await eventually(() => expect(scorm.attributes('aria-disabled')).toBeUndefined(), 20_000)
    await settle()
    expect(downloads.map((d) => d.name)).toEqual(['who-said-what-scorm12.zip'])
  })
})

describe("a short answer's key", () => {
  it('writes out what the brackets of an accepted answer allow, without the brackets', () => {
    expect(shortKey(['Sochi', '[the Black Sea resort of] Sochi[, Russia]'])).toBe(
      'Sochi (also accepted: the Black Sea resort of Sochi, Russia; Sochi, Russia; the Black Sea resort of Sochi)',
    )
    expect(shortKey(['Peskov'])).toBe('Peskov')
    expect(shortKey(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])).toBe(
      'a (also accepted: b; c; d; e; f; g; and 2 more)',
    )
  })
})
