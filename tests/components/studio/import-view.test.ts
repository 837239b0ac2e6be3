import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { freshPinia, mountRoute, settle } from '../progress/played.ts'
import { router } from '../../../src/router/index.ts'
import { freshIndexedDb } from '../../fixtures/studio/idb.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import type { Bank, Passage } from '../../../src/domain/bank/schema.ts'
import { draftOf, type DraftSet } from '../../../src/domain/studio/draft.ts'
import { draftRecord } from '../../../src/domain/studio/records.ts'
import { eventually } from '../../fixtures/eventually.ts'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import { ferryBank as bank, ferryPassage as passage } from '../../fixtures/studio/ferry.ts'

freshIndexedDb()
enableAutoUnmount(afterEach)
afterEach(() => {
  document.body.innerHTML = ''
})

/** Chooses `files` in the import field, as the file picker does. */
async function choose(wrapper: VueWrapper, files: Record<string, unknown>) {
  await chooseFiles(
    wrapper,
    Object.entries(files).map(
      ([name, value]) => new File([JSON.stringify(value)], name, { type: 'application/json' }),
    ),
  )
}

/** Chooses `files` as they are (GIFT, Aiken, a PDF…) in the import's file field. */
async function chooseFiles(wrapper: VueWrapper, files: File[]) {
  const input = wrapper.get('#import-files')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
  await settle()
}

/**
 * Chooses the set-aside copy of an unsaved set about the harbour ferry holding `draft` (its form's
 * text, damaged or not), as the studio's Download writes it; returns that file's entry.
 */
async function chooseSetAsideCopy(wrapper: VueWrapper, draft: unknown) {
  await choose(wrapper, {
    'passage-set-aside-draft-new-harbour-ferry-1.txt': draftRecord(
      draft as DraftSet,
      new Date(0),
      undefined,
      false,
    ),
  })
  return wrapper
    .findAll('.import-entry')
    .find((e) => e.get('h2').text().startsWith('passage-set-aside'))!
}

/**
 * Presses an entry's “Open in the editor” and mounts the editor the page sends the teacher to (on
 * the app's router, which the page uses), over the same stores.
 */
async function openInEditor(entry: DOMWrapper<Element>, pinia: Pinia) {
  const from = router.currentRoute.value.fullPath
  await entry
    .findAll('button')
    .find((b) => b.text() === 'Open in the editor')!
    .trigger('click')
  await eventually(() => expect(router.currentRoute.value.fullPath).not.toBe(from))
  expect(router.currentRoute.value.name).toBe('studio-new')
  return mountRoute(router.currentRoute.value.fullPath, pinia)
}

/**
 * An unsaved set's form of three questions, “The ferry left at nine.”, “It sank.” and “It came back
 * at noon.”, the second of a type the studio does not offer: its set-aside copy leaves it out.
 */
function secondLeftOut() {
  const draft = draftOf(bank as Bank)
  const [first] = draft.questions
  const other = (key: string, id: string, prompt: string) => ({ ...first!, key, id, prompt })
  const questions = [
    first!,
    { ...other('k2', 'q2', 'It sank.'), type: 'essay' },
    other('k3', 'q3', 'It came back at noon.'),
  ]
  return { ...draft, questions }
}

const problems = (wrapper: VueWrapper) =>
  wrapper.findAll('.import-entry .error-summary li').map((li) => li.text())

describe('the import page', () => {
  it("says a set's article is not in this browser, and stops saying it once its file is chosen", async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    await choose(wrapper, { 'ferry-check.json': bank })
    // Beside the article's field, heard as an error as every field's error is: one space after
    // the hidden "Error:" and between the sentences, none at the ends (a screen reader may pause
    // on two).
    expect(wrapper.get('[id^="import-article-"][id$="-missing"]').element.textContent).toBe(
      'Error: This set is about an article that is not in this browser (“harbour-ferry”). ' +
        "Choose its article's file together with this one (the studio downloads it under " +
        "“Your articles”), or ask for the set's shared file: Share → “Download as a file” holds " +
        'the set and its article.',
    )
    const open = wrapper.findAll('button').find((b) => b.text() === 'Open in the editor')!
    await open.trigger('click')
    await settle()
    expect(problems(wrapper)).toEqual([
      "The set's article is not in this browser. Choose its file with this one, as said above.",
    ])

    // Another file that does not carry the article leaves the problem where it is.
    await choose(wrapper, { 'other.json': { ...bank, id: 'harbour-ferry/other' } })
    expect(problems(wrapper)).toContain(
      "The set's article is not in this browser. Choose its file with this one, as said above.",
    )

    await choose(wrapper, { 'harbour-ferry.json': passage })
    expect(problems(wrapper)).toEqual([])
  })

  it('keeps any other problem when an article file is chosen', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    // The set names an article this browser has, but its evidence is not in that article.
    const elsewhere = { ...bank, passage: 'assad-sochi-2018', id: 'assad-sochi-2018/ferry' }
    await choose(wrapper, { 'ferry.json': elsewhere })
    const open = wrapper.findAll('button').find((b) => b.text() === 'Open in the editor')!
    await open.trigger('click')
    await settle()
    const before = problems(wrapper)
    expect(before.length).toBeGreaterThan(0)
    expect(before.join(' ')).not.toContain('not in this browser')
    await choose(wrapper, { 'harbour-ferry.json': passage })
    expect(problems(wrapper)).toEqual(before)
  })

  it('says a chosen file that cannot be read any more, and still reads the others', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const gone = new File(['x'], 'gone.gift')
    gone.arrayBuffer = () =>
      Promise.reject(new DOMException('The file was moved', 'NotReadableError'))
    const good = new File(['::q::Is it?{T}'], 'good.gift')
    await chooseFiles(wrapper, [gone, good])
    expect(problems(wrapper)).toEqual([
      'The file could not be read (moved, deleted or in use?): choose it again',
    ])
    expect(wrapper.findAll('.import-entry h2').map((h) => h.text())).toEqual([
      'gone.gift',
      'good.gift',
    ])
  })
})

describe('a file in a form Passage does not read', () => {
  it('says what it is and what to import instead: Moodle XML, a Word document, a PDF', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<quiz>',
      '  <question type="multichoice">',
      '    <name><text>Q1</text></name>',
      '    <questiontext format="html"><text><![CDATA[<p>Who flew to Sochi?</p>]]></text></questiontext>',
      '    <answer fraction="100"><text>Assad</text></answer>',
      '    <answer fraction="0"><text>Putin</text></answer>',
      '  </question>',
      '</quiz>',
    ].join('\n')
    const files = [
      new File([xml], 'questions-Year 10-20240518.xml'),
      // A .docx is a zip: its first bytes, then "[Content_Types].xml" and bytes of every value.
      new File([new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x21, 0])], 'quiz.docx'),
      new File(['%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n'], 'quiz.pdf'),
    ]
    await chooseFiles(wrapper, files)
    expect(wrapper.findAll('.import-entry .hint').map((h) => h.text())).toEqual([
      'Not a file of questions Passage reads',
      'Not a file of questions Passage reads',
      'Not a file of questions Passage reads',
    ])
    expect(wrapper.findAll('.import-entry .error-summary p').map((p) => p.text())).toEqual([
      'Nothing was stored.',
      'Nothing was stored.',
      'Nothing was stored.',
    ])
    expect(problems(wrapper)).toEqual([
      "It is in Moodle XML, which Passage does not read: in Moodle's question bank, choose Export and “GIFT format”, and import that file",
      'It is a word-processor document, which Passage does not read: save or copy its questions as plain text in GIFT or Aiken (a .txt file) and import that',
      'It is a PDF, which Passage does not read: save or copy its questions as plain text in GIFT or Aiken (a .txt file) and import that',
    ])
  })
})

describe('a file of Passage’s that holds no questions', () => {
  it('says a student’s results or a backup is one, and where it opens, not what a set would lack', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    await choose(wrapper, {
      'ana-who-said-what-results.json': {
        kind: 'passage-results',
        schemaVersion: 1,
        appVersion: '1',
        createdAt: '2026-05-18T09:00:00.000Z',
        student: { name: 'Ana  Lopez' },
        attempts: [],
      },
      'passage-backup-2026-05-18.json': { kind: 'passage-backup', schemaVersion: 1 },
    })
    expect(wrapper.findAll('.import-entry .hint').map((h) => h.text())).toEqual([
      'Not a file of questions Passage reads',
      'Not a file of questions Passage reads',
    ])
    // It read: “The set’s id: Is missing…”, “Title: Is missing…”, “Kind: Passage has no such field…”.
    expect(problems(wrapper)).toEqual([
      "It is a student's results (“Ana Lopez”), not a question set: open it in the class report (Classroom → Open the class report)",
      'It is a Passage backup, not a question set: restore it in Settings (Restore from a backup)',
    ])
  })
})

describe('a copy of a saved set that the studio set aside, downloaded from its notice', () => {
  it('brings the set in it back, or says what in it is damaged, not what a set would lack', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const record = (b: Record<string, unknown>) => ({
      format: 'passage-set',
      schemaVersion: 1,
      savedAt: '2026-05-18T09:00:00.000Z',
      bank: b,
    })
    const untitled: Record<string, unknown> = { ...bank }
    delete untitled.title
    await choose(wrapper, {
      'passage-set-aside-harbour-ferry-check.txt': record(bank),
      'passage-set-aside-harbour-ferry-other.txt': record({
        ...untitled,
        id: 'harbour-ferry/other',
      }),
    })
    expect(wrapper.findAll('.import-entry .hint').map((h) => h.text())).toEqual([
      'Passage question set (JSON)',
      'Passage question set (JSON)',
    ])
    expect((wrapper.get('#import-title-0').element as HTMLInputElement).value).toBe(bank.title)
    // It read: “The set’s id: Is missing…”, “Format: Passage has no such field, nor “savedAt”…”.
    expect(problems(wrapper)).toEqual(['Title: Is missing: add it (text in "quotes")'])
  })
})

describe('a GIFT or Aiken file with a question Passage cannot read', () => {
  it('brings in the others and names the one left out, with its line and why, before anything is kept', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const gift = [
      '::a::Is Sochi in Russia? {T}',
      '',
      '::Q2 tables::What is 20 times 5? {#20x5}',
      '',
      '::c::Where did Assad fly? {=Sochi ~Minsk}',
      '',
      // As Moodle exports a question: an answer a line. Two slips in it, one question left out.
      '::d::Who met Assad? {',
      '\t=Putin',
      '\t~Putin',
      '\t~Erdogan',
      '\t~Erdogan',
      '}',
    ].join('\n')
    await chooseFiles(wrapper, [new File([gift], 'moodle.gift')])
    const entry = wrapper.get('.import-entry')
    expect(entry.find('[role="alert"]').exists()).toBe(false)
    const box = entry.get('.warning-summary')
    expect(box.get('h3').text()).toBe('2 questions left out')
    expect(box.get('p').text().replace(/\s+/g, ' ')).toBe(
      'They could not be read, so the set gets the 2 questions below without them. To bring them in too, fix the file and choose it again:',
    )
    // Each at the line and column to edit: the answer, the repeated option.
    expect(box.findAll('li').map((li) => li.text())).toEqual([
      'Line 3, column 36: Question “Q2 tables” (“What is 20 times 5?”): Write a number as the answer, like “{#2018}”, or “{#2018:1}” for 2017 to 2019: “20x5” is not one',
      'Line 9, column 2: Question “d”, option 2: Change or remove this option: “Putin” is already an option above',
      'Line 11, column 2: Question “d”, option 4: Change or remove this option: “Erdogan” is already an option above',
    ])
    expect(entry.get('strong').text()).toBe('2 of 4 questions')
    expect(entry.findAll('.import-preview li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual(
      ['Is Sochi in Russia? (true/false, line 1)', 'Where did Assad fly? (single choice, line 5)'],
    )
    const open = entry.findAll('button').find((b) => b.text() === 'Open in the editor')
    expect(open?.exists()).toBe(true)
  })

  it('brings a GIFT question with no right answer marked in unfinished, to be marked in the editor', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const gift = [
      '::a::The ferry left at nine. {T}',
      '',
      '::b::When did it come back? {~At noon ~At one}',
    ].join('\n')
    await chooseFiles(wrapper, [new File([gift], 'ferry.gift')])
    const entry = wrapper.findAll('.import-entry').find((e) => e.get('h2').text() === 'ferry.gift')!
    // It was “1 question left out … Question “b”, right answer: mark it with “=”…”: retyped.
    expect(entry.find('.warning-summary').exists()).toBe(false)
    expect(entry.get('strong').text()).toBe('2 questions')
    expect(entry.findAll('.import-preview li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual(
      [
        'The ferry left at nine. (true/false, line 1)',
        'When did it come back? (single choice, line 3, not finished)',
      ],
    )
    await entry.get('select').setValue('harbour-ferry')
    const editor = await openInEditor(entry, pinia)
    const options = () =>
      editor.wrapper.findAll<HTMLInputElement>('.question-editor .edit-row > input.form-input')
    await eventually(() =>
      expect(options().map((i) => i.element.value)).toEqual(['At noon', 'At one']),
    )
    // No option ticked right, and the editor asks for one where it is; Save waits for it.
    const ticks = editor.wrapper.findAll<HTMLInputElement>('.question-editor .right-tick input')
    expect(ticks.map((t) => t.element.checked)).toEqual([false, false])
    expect(editor.wrapper.findAll('.question-editor')[1]!.text()).toContain(
      'Error: Choose the right answer',
    )
    expect(editor.wrapper.get('.status-errors').text()).toBe('⚠ 1 problem to fix')
    expect(editor.wrapper.get('p.notice[role=status]').text().replace(/\s+/g, ' ')).toBe(
      'Imported, with 1 question not finished. Next: finish it, as the problems to fix say; then save.',
    )
  })

  it("says a question left out of an unsaved set's set-aside copy is written again in the editor", async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const second = { ...bank.questions[0], id: 'q2', prompt: 'It came back at noon.' }
    const draft = draftOf({ ...bank, questions: [bank.questions[0], second] } as Bank)
    const damaged = {
      ...draft,
      questions: [draft.questions[0], { ...draft.questions[1], type: 'essay' }],
    }
    const entry = await chooseSetAsideCopy(wrapper, damaged)
    const box = entry.get('.warning-summary')
    expect(box.get('h3').text()).toBe('1 question left out')
    // It ended “To bring it in too, fix the file and choose it again:”, of a file no teacher wrote.
    expect(box.get('p').text().replace(/\s+/g, ' ')).toBe(
      'It could not be read, so the set gets the 1 question below without it. To have it too, open the set in the editor and write it again there, from what was wrong:',
    )
    // What the file is, said once where every file's kind is, not “Passage question set (JSON)”;
    // a note under the box said it again with the box's last line, “…what reads opens in the
    // editor to finish there, and a question left out is to be written again”.
    expect(entry.get('h2 + .hint').text()).toBe(
      'A set you were writing in the studio and had not saved, which the studio set aside',
    )
    expect(entry.text().match(/again/g)).toHaveLength(1)
  })

  it("names the question left out of an unsaved set's set-aside copy in the editor's notice, as its preview numbers it", async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const entry = await chooseSetAsideCopy(wrapper, secondLeftOut())
    expect(entry.get('.warning-summary li').text()).toMatch(/^Question 2's type/)
    const editor = await openInEditor(entry, pinia)
    const notice = () => editor.wrapper.get('p.notice[role=status]').text().replace(/\s+/g, ' ')
    // It said nothing of it: the teacher had to remember the preview to write it again.
    await eventually(() =>
      expect(notice()).toBe(
        'Imported, with the evidence the file gives each question. Next: check the questions, then save. 1 question of the copy was left out: question 2 “It sank.”.',
      ),
    )
  })

  it("opens an unsaved set's set-aside copy whose quote the article no longer holds in the editor, which says to pick it again", async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const draft = draftOf(bank as Bank)
    const [first] = draft.questions
    const moved = { ...draft, questions: [{ ...first!, evidence: ['The ferry left at ten.'] }] }
    const entry = await chooseSetAsideCopy(wrapper, moved)
    // It was refused, “Question 1, evidence: The article does not say this word for word: fix
    // the quote in the file, or choose the article it comes from”, of a file no teacher wrote,
    // and the editor where the quote is picked again was out of reach.
    const editor = await openInEditor(entry, pinia)
    expect(problems(wrapper)).toEqual([])
    const evidence = () => editor.wrapper.get('.evidence-editor')
    await eventually(() => expect(evidence().find('blockquote').exists()).toBe(true))
    expect(evidence().get('blockquote').text()).toBe('The ferry left at ten.')
    expect(evidence().get('.field-notes').text()).toBe(
      'Error: Pick this quote again from the article: it does not say this word for word (it matches up to “…The ferry left at ” and then differs)',
    )
    // It said “Imported, with the evidence the file gives each question. Next: check the
    // questions, then save.”, of a quote the article no longer holds.
    expect(editor.wrapper.get('p.notice[role=status]').text().replace(/\s+/g, ' ')).toBe(
      'Imported as it was set aside, with a quote the article no longer says word for word. Next: pick it again from the article, as the problems to fix say; then save.',
    )
  })

  it("refuses an unsaved set's set-aside copy on an article that is not its own, as a file is, in the copy's words", async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const entry = await chooseSetAsideCopy(wrapper, secondLeftOut())
    await entry.get('select').setValue('assad-sochi-2018')
    const from = router.currentRoute.value.fullPath
    await entry
      .findAll('button')
      .find((b) => b.text() === 'Open in the editor')!
      .trigger('click')
    await settle()
    // It opened on the Sochi article, every quote marked “Pick this quote again from the
    // article”, none of them there to pick. Numbered as the copy numbers them (2 is left out).
    expect(router.currentRoute.value.fullPath).toBe(from)
    expect(entry.findAll('[role=alert] li').map((li) => li.text())).toEqual([
      'Question 1, evidence: The article does not say this word for word: choose the article the set was written about',
      'Question 3, evidence: The article does not say this word for word: choose the article the set was written about',
    ])
    // On its own article it opens, as the test above shows.
    await entry.get('select').setValue('harbour-ferry')
    await openInEditor(entry, pinia)
  })

  it("says how to bring in the article of an unsaved set's set-aside copy, without a shared file to ask for", async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const entry = await chooseSetAsideCopy(wrapper, draftOf(bank as Bank))
    // It went on “…or ask for the set's shared file: Share → “Download as a file” holds the set
    // and its article.”, of a set the teacher was writing and never saved, let alone shared.
    expect(entry.get('[id^="import-article-"][id$="-missing"]').element.textContent).toBe(
      'Error: This set is about an article that is not in this browser (“harbour-ferry”). ' +
        "Choose its article's file together with this one (the studio downloads it under " +
        '“Your articles”).',
    )
  })

  it("opens an unsaved set's set-aside copy with every question typed in it, an unfinished one too", async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const draft = draftOf(bank as Bank)
    const [first] = draft.questions
    const typed = { ...first!, key: 'k2', id: 'q2', prompt: 'It came back at noon.', truth: null }
    const entry = await chooseSetAsideCopy(wrapper, { ...draft, questions: [first!, typed] })
    // It was left out, “Question 2, right answer: Choose True or False”, and the set got one.
    expect(entry.find('.warning-summary').exists()).toBe(false)
    expect(entry.get('strong').text()).toBe('2 questions')
    expect(entry.findAll('.import-preview li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual(
      ['The ferry left at nine. (true/false)', 'It came back at noon. (true/false, not finished)'],
    )
    expect(entry.get('.quiz-actions .hint-inline').text()).toBe(
      'Next: finish the questions marked “not finished”, then save.',
    )
    const editor = await openInEditor(entry, pinia)
    const prompts = () =>
      editor.wrapper
        .findAll<HTMLTextAreaElement>('.question-editor textarea[id$="-prompt"]')
        .map((t) => t.element.value)
    await eventually(() =>
      expect(prompts()).toEqual(['The ferry left at nine.', 'It came back at noon.']),
    )
    // What it lacks, the editor's own check says where it is.
    expect(editor.wrapper.get('.status-errors').text()).toBe('⚠ 1 problem to fix')
    // It said “Imported, with the evidence the file gives each question. Next: check the
    // questions, then save.”, of a copy with a question to finish.
    expect(editor.wrapper.get('p.notice[role=status]').text().replace(/\s+/g, ' ')).toBe(
      'Imported, with 1 question not finished. Next: finish it, as the problems to fix say; then save.',
    )
  })

  it("keeps saying what an unsaved set's set-aside copy opened with while its questions are edited", async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage })
    const draft = draftOf(bank as Bank)
    const [first] = draft.questions
    const questions = [first!, { ...first!, key: 'k2', id: 'q2', prompt: 'It left again.' }]
    const entry = await chooseSetAsideCopy(wrapper, { ...draft, questions })
    const editor = await openInEditor(entry, pinia)
    const notice = () => editor.wrapper.get('p.notice[role=status]').text().replace(/\s+/g, ' ')
    const finished =
      'Imported, with the evidence the file gives each question. Next: check the questions, then save.'
    await eventually(() => expect(notice()).toBe(finished))
    const prompt = editor.wrapper.get<HTMLTextAreaElement>(
      '.question-editor textarea[id$="-prompt"]',
    )
    await prompt.setValue('')
    await settle()
    expect(editor.wrapper.get('.status-errors').text()).toBe('⚠ 1 problem to fix')
    // It turned into “Imported as it was set aside, with questions not finished”, of a copy
    // whose every question was finished, once a question being written had a problem to fix.
    expect(notice()).toBe(finished)
  })

  it('opened again after an edit, an imported set says what is left to do, and nothing once nothing is', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountRoute('/studio/import', pinia)
    await choose(wrapper, { 'harbour-ferry.json': passage, 'ferry-check.json': bank })
    const entry = wrapper
      .findAll('.import-entry')
      .find((e) => e.get('h2').text() === 'ferry-check.json')!
    let editor = await openInEditor(entry, pinia)
    const path = router.currentRoute.value.fullPath
    const key = String(router.currentRoute.value.query.draft)
    const notice = () => editor.wrapper.find('p.notice[role=status]')
    const said = () => notice().text().replace(/\s+/g, ' ')
    const imported =
      'Imported, with the evidence the file gives each question. Next: check the questions, then save.'
    await eventually(() => expect(said()).toBe(imported))
    /** Edits question 1 as `edit` does, waits for the draft to be kept, and opens it again. */
    async function editAndReload(edit: () => Promise<unknown>, kept: (d: DraftSet) => boolean) {
      await edit()
      await eventually(async () => {
        const record = await useYoursStore(pinia).getDraft(key)
        expect(record && kept(record.draft)).toBe(true)
      })
      editor.wrapper.unmount()
      editor = await mountRoute(path, pinia)
      await settle()
    }
    const prompt = () => editor.wrapper.get('.question-editor textarea[id$="-prompt"]')

    // Its quote taken out, the notice still says what came in: it turned into “Imported. Next:
    // for each question, choose “Pick evidence in the article”…” (and into “the evidence the file
    // gives each question” once the teacher picked evidence for a GIFT file's questions).
    await editAndReload(
      async () => {
        await editor.wrapper
          .get('.evidence-editor .item-buttons button:last-child')
          .trigger('click')
        await settle()
        expect(said()).toBe(imported)
      },
      (d) => d.questions[0]?.evidence.length === 0,
    )
    // Opened again, it says what is left to do.
    expect(said()).toBe(
      'Your imported set is not saved yet, with 1 question without evidence. Next: choose its “Pick evidence in the article”, then save.',
    )
    // A question emptied: it said “Imported as it was set aside, with 1 question not finished”,
    // of a JSON file never set aside.
    await editAndReload(
      () => prompt().setValue(''),
      (d) => d.questions[0]?.prompt === '',
    )
    expect(said()).toBe(
      'Your imported set is not saved yet, with 1 question not finished. Next: finish it, as the problems to fix say; then save.',
    )
    // Nothing left to do, nothing said (the editor's line says it is not saved yet): it said
    // “Imported, with the evidence the file gives each question”, of evidence the teacher picked.
    await editAndReload(
      async () => {
        await prompt().setValue('The ferry left at nine.')
        await editor.wrapper.get('#f-questions-0-evidence').trigger('click')
        await settle()
        const sentence = editor.wrapper
          .findAll('[role="option"]')
          .find((o) => o.text() === 'The ferry left at nine.')!
        await sentence.trigger('click')
        await settle()
      },
      (d) => d.questions[0]?.prompt !== '' && d.questions[0]?.evidence.length === 1,
    )
    expect(editor.wrapper.get('.editor-status').text()).toContain('No problems')
    expect(notice().exists()).toBe(false)
  })

  it("numbers the questions of an unsaved set's set-aside copy as the questions left out are named", async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const entry = await chooseSetAsideCopy(wrapper, secondLeftOut())
    expect(entry.findAll('.warning-summary li').map((li) => li.text())).toEqual([
      "Question 2's type is not one the studio offers: single choice, multiple choice, true/false, number, short answer, ordering or matching",
    ])
    // “It came back at noon.” was numbered 2 under the box naming question 2 as left out.
    const items = entry.findAll('.import-preview li')
    expect(items.map((li) => [li.attributes('value'), li.text().replace(/\s+/g, ' ')])).toEqual([
      ['1', 'The ferry left at nine. (true/false)'],
      ['3', 'It came back at noon. (true/false)'],
    ])
  })

  it("says an unsaved set's set-aside copy with nothing to bring in is written again in the editor", async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const draft = draftOf(bank as Bank)
    const damaged = { ...draft, questions: [{ ...draft.questions[0], truth: 'yes' }] }
    await chooseSetAsideCopy(wrapper, damaged)
    const box = wrapper.get('.import-entry .error-summary')
    // It said “Fix these in the file and choose it again:”, of a file no teacher wrote.
    expect(box.get('p').text()).toBe(
      'Nothing was stored. To have the set, write it again in the editor, from what was wrong:',
    )
    expect(box.findAll('li').map((li) => li.text())).toEqual([
      "Question 1's right answer is damaged",
    ])
  })

  it('shows the questions left out, which ask for a fix, before the notes, which ask for a look', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const gift = [
      '::a::Where did Assad fly? {=Sochi#Right. ~Minsk#No.}',
      '',
      '::b::Year? {#20x5}',
    ].join('\n')
    await chooseFiles(wrapper, [new File([gift], 'moodle.gift')])
    const entry = wrapper.get('.import-entry')
    const order = entry
      .findAll('.warning-summary, .import-notes')
      .map((el) => (el.classes('import-notes') ? 'notes' : 'left out'))
    expect(order).toEqual(['left out', 'notes'])
  })
})

describe('the next step after a preview', () => {
  it('puts the title to rename and the article first, above a long list of questions', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const gift = Array.from(
      { length: 40 },
      (_, i) => `::Q${i + 1}:: Where, ${i + 1}? {=Sochi ~Minsk}`,
    )
    await chooseFiles(wrapper, [
      new File([gift.join('\n\n')], 'quiz-moodle.gift', { type: 'text/plain' }),
    ])
    const entry = wrapper.get('.import-entry')
    const title = entry.get<HTMLInputElement>('input[type=text]')
    expect(entry.get(`label[for="${title.attributes('id')}"]`).text()).toBe('Title of the set')
    expect(title.element.value).toBe('Quiz')
    // Read before the 40 questions, not after them; the article's choice with it.
    const before = (a: Element, b: Element) =>
      !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
    const preview = entry.get('.import-preview').element
    expect(before(title.element, preview)).toBe(true)
    expect(before(entry.get('select').element, preview)).toBe(true)
  })

  it('asks for evidence only when a question has none', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    await choose(wrapper, { 'ferry-check.json': bank })
    const hint = () =>
      wrapper.findAll('.import-entry .quiz-actions .hint-inline').map((h) => h.text())
    expect(hint()).toEqual(['Next: check the questions, then save.'])
    const bare = {
      ...bank,
      id: 'harbour-ferry/bare',
      questions: bank.questions.map((q) => ({ ...q, evidence: undefined })),
    }
    await choose(wrapper, { 'bare.json': bare })
    // The newest file is listed first.
    expect(hint()).toEqual([
      'Next: pick the evidence, then save.',
      'Next: check the questions, then save.',
    ])
  })

  it('says, once the files are read, what the page offers in its buttons’ words', async () => {
    const { wrapper } = await mountRoute('/studio/import', freshPinia())
    const { message } = useAnnouncer()
    // It ended “Check the preview, then add.”, where the button says “Open in the editor”.
    await choose(wrapper, { 'ferry-check.json': bank })
    await eventually(() =>
      expect(message.value).toBe(
        'Read 1 file. Check the preview, then choose “Open in the editor”.',
      ),
    )
    await choose(wrapper, { 'harbour-ferry.json': passage })
    await eventually(() =>
      expect(message.value).toBe(
        'Read 1 file. Check the preview, then choose “Add the article to my library”.',
      ),
    )
    await choose(wrapper, { 'harbour-ferry.json': passage, 'ferry-check.json': bank })
    await eventually(() =>
      expect(message.value).toBe(
        'Read 2 files. Check the preview, then choose “Add the article to my library” or “Open in the editor”.',
      ),
    )
  })

  it('says “Write a set about it” after reading an article the library already has', async () => {
    const pinia = freshPinia()
    await useYoursStore().saveArticle(passage as Passage, new Date('2025-02-03'))
    const { wrapper } = await mountRoute('/studio/import', pinia)
    const { message } = useAnnouncer()
    await choose(wrapper, { 'harbour-ferry.json': passage })
    // It said “Read 1 file. Check the preview.”, and the page's one way on went unnamed.
    await eventually(() =>
      expect(message.value).toBe(
        'Read 1 file. Check the preview, then choose “Write a set about it”.',
      ),
    )
    expect(wrapper.get('.import-entry .quiz-actions a').text()).toBe('Write a set about it')
  })

  it('keeps the title typed and the article chosen when the file is chosen again, fixed', async () => {
    const pinia = freshPinia()
    const yours = useYoursStore()
    await yours.saveArticle({ ...passage, schemaVersion: 1 }, new Date('2025-02-03'))
    const { wrapper } = await mountRoute('/studio/import', pinia)
    const chooseGift = (text: string) => chooseFiles(wrapper, [new File([text], 'week-3.gift')])
    const fixed = '::a::Is Sochi in Russia? {T}\n\n::b::Where did Assad fly? {=Sochi ~Minsk}\n'
    await chooseGift(fixed.replace('Minsk}', 'Minsk}}'))
    expect(wrapper.get('.warning-summary h3').text()).toBe('1 question left out')
    const select = wrapper.get<HTMLSelectElement>('#import-article-0')
    expect(select.element.value).toBe(passage.id)
    await wrapper.get('#import-title-0').setValue('Week 3: Sochi')
    const other = [...select.element.options].find((o) => o.value !== passage.id)!.value
    await select.setValue(other)
    await chooseGift(fixed)
    expect(wrapper.find('.warning-summary').exists()).toBe(false)
    expect(wrapper.get('strong').text()).toBe('2 questions')
    // They read “week-3” and the harbour ferry again, what was typed and chosen lost.
    expect(wrapper.get<HTMLInputElement>('#import-title-0').element.value).toBe('Week 3: Sochi')
    expect(wrapper.get<HTMLSelectElement>('#import-article-0').element.value).toBe(other)
  })

  it('starts a GIFT or Aiken file on the article the teacher saved last, not the first shipped one', async () => {
    const pinia = freshPinia()
    const yours = useYoursStore()
    const article = (id: string, title: string): Passage => ({
      ...passage,
      schemaVersion: 1,
      id,
      title,
    })
    await yours.saveArticle(article('river-flood', 'River flood'), new Date('2025-02-03'))
    await yours.saveArticle(article('old-ferry', 'Old ferry'), new Date('2025-01-01'))
    const { wrapper } = await mountRoute('/studio/import', pinia)
    const gift = new File(['::q::Did the river flood?{T}'], 'flood.gift')
    await chooseFiles(wrapper, [gift])
    const select = wrapper.get<HTMLSelectElement>('#import-article-0')
    expect(select.element.selectedOptions[0]?.textContent).toBe('River flood')
  })
})
