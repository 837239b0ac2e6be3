import { describe, expect, it } from 'vitest'
import {
  blankDraft,
  blankQuestion,
  draftOf,
  type DraftQuestion,
  type DraftSet,
} from '../../../src/domain/studio/draft.ts'
import { sentencesOf } from '../../../src/domain/studio/sentences.ts'
import { describeField, fieldOf, validateDraft } from '../../../src/domain/studio/validate.ts'
import { shippedBanks, shippedPassage } from './shipped.ts'

const SOCHI = sentencesOf(shippedPassage.paragraphs)[0]![0]!.text

function draftWith(...questions: Partial<DraftQuestion>[]): DraftSet {
  const base = blankDraft(shippedPassage.id)
  return {
    ...base,
    slug: 'mine',
    title: 'Mine',
    questions: questions.map((q, i) => ({
      ...blankQuestion('single', `k${i}`, `q${i + 1}`),
      ...q,
    })),
  }
}

const good: Partial<DraftQuestion> = {
  prompt: 'Where did Assad fly to?',
  choices: [
    { text: 'Sochi', correct: true },
    { text: 'Minsk', correct: false },
  ],
}

describe('validateDraft', () => {
  it('accepts every shipped set as it is, with no error and no warning', () => {
    for (const bank of shippedBanks) {
      const report = validateDraft(draftOf(bank), shippedPassage)
      expect(report.errors, bank.id).toEqual([])
      expect(report.warnings, bank.id).toEqual([])
      expect(report.bank).toEqual(bank)
    }
  })

  it('puts each problem beside its field, in the words of the form', () => {
    const draft = {
      ...draftWith(
        { ...good, prompt: '' },
        { type: 'numeric', prompt: 'In which year?', number: '20x5', tolerance: '-1' },
        { type: 'truefalse', prompt: 'True?' },
        {
          ...good,
          choices: [
            { text: 'Sochi', correct: false },
            { text: '', correct: false },
          ],
        },
      ),
      title: '',
      passMark: '120',
    }
    const { errors, bank } = validateDraft(draft, shippedPassage)
    expect(bank).toBeNull()
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['title', 'Enter a title'],
      ['passMark', 'Enter the pass mark as a number from 0 to 100 (per cent)'],
      ['questions[0].prompt', 'Write the question'],
      ['questions[1].answer', 'Enter the answer as a number, like 2015 or 3.5'],
      ['questions[1].tolerance', 'Enter the tolerance as a number of 0 or more, or leave it empty'],
      ['questions[2].answer', 'Choose whether the statement is true or false'],
      ['questions[3].answer', 'Choose the right answer'],
      ['questions[3].choices[1]', 'Write option 2'],
    ])
    expect(errors.map((e) => e.where)).toContain('Question 4, option 2')
  })

  it('says what to do at each field, in the form’s words, never the file’s', () => {
    const q = (type: DraftQuestion['type'], more: Partial<DraftQuestion> = {}) => ({
      ...blankQuestion(type, 'k', 'x'),
      prompt: 'Which?',
      ...more,
    })
    const draft: DraftSet = {
      ...draftWith(),
      questions: [
        q('single', { choices: [{ text: 'Sochi', correct: true }], key: 'a', id: 'a' }),
        q('ordering', { items: ['First', '', 'Last'], key: 'b', id: 'b' }),
        q('matching', {
          pairs: [
            { left: 'Assad', right: '' },
            { left: '', right: 'Putin' },
          ],
          key: 'c',
          id: 'c',
        }),
        q('short', { accepted: [''], key: 'd', id: 'd' }),
        q('multiple', {
          choices: [
            { text: 'Sochi', correct: true },
            { text: 'Sochi', correct: false },
          ],
          key: 'e',
          id: 'e',
        }),
        q('single', { key: 'f', id: 'f', ...good, evidence: [SOCHI, SOCHI] }),
      ],
    }
    const { errors } = validateDraft(draft, shippedPassage)
    expect(errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'Question 1, options: Add at least two options',
      'Question 2, item 2: Write item 2, or remove it',
      'Question 3, pair 1 (right side): Write the right side of pair 1',
      'Question 3, pair 2 (left side): Write the left side of pair 2',
      'Question 4, accepted answer 1: Write an answer students may give',
      'Question 5, option 2: Change or remove this option: “Sochi” is already an option above',
      'Question 6, quote 2: Remove this quote: “' +
        SOCHI.slice(0, 60) +
        '”' +
        (SOCHI.length > 60 ? `… (${SOCHI.length} characters)` : '') +
        ' is already quoted above',
    ])
    for (const e of errors) expect(e.message).not.toMatch(/must not be empty|needs at least|"/)
  })

  it('refuses a text longer than Passage keeps, which a saved set could not be read back with', () => {
    const long = draftWith(
      { ...good, evidence: [SOCHI] },
      { ...good, evidence: [SOCHI], prompt: 'x'.repeat(5_001) },
    )
    const report = validateDraft({ ...long, description: 'y'.repeat(6_000) }, shippedPassage)
    expect(report.bank).toBeNull()
    expect(report.errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'Description: Shorten it to 5,000 characters or fewer (it has 6,000)',
      'Question 2, question: Shorten it to 5,000 characters or fewer (it has 5,001)',
    ])
  })

  it('lists a question’s problems in the order of its form, as the error summary reads them', () => {
    const { errors } = validateDraft(
      draftWith({ ...good, evidence: ['Not in the article at all.'] }, { prompt: '' }),
      shippedPassage,
    )
    // The second question, blank: its question, then the right answer (whose note heads the
    // options) and the options, as the form shows them.
    expect(errors.map((e) => e.field)).toEqual([
      'questions[0].evidence',
      'questions[1].prompt',
      'questions[1].answer',
      'questions[1].choices[0]',
      'questions[1].choices[1]',
    ])
  })

  it.each([
    ['70', 0.7, null],
    ['70 %', 0.7, null],
    ['62.5%', 0.625, null],
    ['0', 0, null],
    ['0.7', null, 'Enter the pass mark in per cent: 70 for 70%, not 0.7'],
    // It said “66.7 for 66.7%”, a pass mark other than the one the fraction holds.
    ['0.6667', null, 'Enter the pass mark in per cent: 66.67 for 66.67%, not 0.6667'],
    ['66.67', 0.6667, null],
    ['66.666666', 0.66666666, null],
    ['70 percent', null, 'Enter the pass mark as a number from 0 to 100 (per cent)'],
    [
      '99.5',
      null,
      'Enter 99, or 100 to pass only with full marks: scores show in whole per cent, so at a pass mark of 99.5% a pass and a fail would both show as 99%',
    ],
    // A fail of 0.5 in 60 marks read “1 %” beside “pass mark 1%”: none but 0 shows under it.
    [
      '1',
      null,
      'Enter 0 to pass everyone, or 2 or more: scores show in whole per cent, so at a pass mark of 1% a pass and a fail would both show as 1%',
    ],
    ['1.5', 0.015, null],
    ['2', 0.02, null],
    ['99', 0.99, null],
    ['100', 1, null],
  ])('reads the pass mark %j', (typed, passMark, error) => {
    const { errors, bank } = validateDraft({ ...draftWith(good), passMark: typed }, shippedPassage)
    expect(errors.filter((e) => e.field === 'passMark').map((e) => e.message)).toEqual(
      error ? [error] : [],
    )
    if (passMark !== null) expect(bank?.passMark).toBe(passMark)
  })

  it('checks evidence against the article and warns about a question without any', () => {
    const { errors, warnings } = validateDraft(
      draftWith({ ...good, evidence: ['Assad flew to Moscow.'] }, good),
      shippedPassage,
    )
    expect(errors.map((e) => e.field)).toEqual(['questions[0].evidence'])
    expect(errors[0]!.message).toBe(
      'Pick this quote again from the article: it does not say this word for word (it matches up to “…Assad flew to ” and then differs)',
    )
    expect(warnings.filter((w) => w.rule === 'evidence-missing').map((w) => w.field)).toEqual([
      'questions[1].evidence',
    ])
  })

  it('still checks and lints the finished questions while another is unfinished', () => {
    const { errors, warnings } = validateDraft(
      draftWith(
        { ...good, prompt: '' },
        { ...good, evidence: ['Not in the article.'] },
        { ...good, prompt: 'Where did he go?', evidence: [SOCHI] },
        { ...good, prompt: 'Which city?' },
      ),
      shippedPassage,
    )
    expect(errors.map((e) => e.field)).toEqual(['questions[0].prompt', 'questions[1].evidence'])
    expect(warnings.map((w) => `${w.field} ${w.rule}`)).toContain(
      'questions[3].evidence evidence-missing',
    )
    expect(warnings.map((w) => w.field)).not.toContain('questions[2].evidence')
  })

  it('says an option listed twice once, as an error, not also as a warning', () => {
    const { errors, warnings } = validateDraft(
      draftWith({
        ...good,
        evidence: [SOCHI],
        choices: [
          { text: 'Minsk', correct: false },
          { text: 'Sochi', correct: true },
          { text: 'Minsk', correct: false },
        ],
      }),
      shippedPassage,
    )
    expect(errors.map((e) => `${e.field} ${e.message}`)).toEqual([
      'questions[0].choices[2] Change or remove this option: “Minsk” is already an option above',
    ])
    // Not also "“Minsk” says nearly the same as “Minsk”".
    expect(warnings.filter((w) => w.field.startsWith('questions[0].choices'))).toEqual([])
  })

  it('says an option listed twice before a right answer is chosen, and other lists too', () => {
    const { errors } = validateDraft(
      draftWith(
        {
          ...good,
          choices: [
            { text: 'Minsk', correct: false },
            { text: 'Sochi', correct: false },
            { text: 'Minsk', correct: false },
            { text: '', correct: false },
            { text: '', correct: false },
          ],
        },
        { ...good, type: 'ordering', prompt: '', items: ['One', 'Two', 'One'] },
      ),
      shippedPassage,
    )
    expect(errors.map((e) => `${e.field} ${e.message}`)).toEqual([
      'questions[0].answer Choose the right answer',
      'questions[0].choices[3] Write option 4, or remove it',
      'questions[0].choices[4] Write option 5, or remove it',
      'questions[0].choices[2] Change or remove this option: “Minsk” is already an option above',
      'questions[1].prompt Write the question',
      'questions[1].items[2] Change or remove this item: “One” is already in the list above',
    ])
  })

  it('words its warnings for the editor: numbered questions and fields, not ids and JSON', () => {
    const { warnings } = validateDraft(
      draftWith(
        { ...good, prompt: '' },
        { ...good, id: 'first', evidence: [SOCHI] },
        { ...good, id: 'again' },
        { ...good, id: 'third', prompt: 'Which city did he visit?', evidence: [SOCHI] },
      ),
      shippedPassage,
    )
    const text = warnings.map((w) => w.message).join('\n')
    expect(text).not.toMatch(/"evidence"|lint\.allow|"type"|\bthe key\b/)
    // Values are quoted as the app's other messages quote them.
    expect(text).toMatch(/“/)
    expect(text).not.toMatch(/"/)
    expect(text).not.toMatch(/\b(first|again|third)\b/)
    const missing = warnings.find((w) => w.rule === 'evidence-missing')!
    expect(missing.field).toBe('questions[2].evidence')
    expect(missing.message).toBe(
      'has no evidence, so students cannot be shown the sentence that proves the answer; pick the sentence (or sentences) that prove it in the article',
    )
    // The same question asked twice names the earlier one by its number in the editor.
    const twice = warnings.find((w) => w.rule === 'duplicate-question')
    expect(twice?.message).toMatch(/^asks what question 2 already asks/)
  })

  it('takes a number answer and tolerance written as a student may type them, as numbers', () => {
    const numeric: Partial<DraftQuestion> = {
      type: 'numeric',
      prompt: 'How many troops?',
      number: '4,000',
      tolerance: '1,000',
    }
    const { errors, bank } = validateDraft(draftWith(numeric), shippedPassage, 'en')
    expect(errors).toEqual([])
    expect(bank?.questions[0]).toMatchObject({ answer: 4000, tolerance: 1000 })
    const german = validateDraft(
      draftWith({ ...numeric, number: '4.000', tolerance: '0,5' }),
      shippedPassage,
      'de',
    )
    expect(german.errors).toEqual([])
    expect(german.bank?.questions[0]).toMatchObject({ answer: 4000, tolerance: 0.5 })
  })

  it('reports a repeated question id at the later question', () => {
    const { errors } = validateDraft(
      draftWith({ ...good, id: 'a' }, { ...good, id: 'a' }),
      shippedPassage,
    )
    expect(errors.map((e) => [e.field, e.where])).toEqual([['questions[1]', 'Question 2']])
  })

  it.each([
    [['title'], 'title'],
    [['questions', 2, 'answers', 1], 'questions[2].answer'],
    [['questions', 2, 'tags', 0], 'questions[2].tags'],
    [['questions', 2, 'pairs', 1, 'right'], 'questions[2].pairs[1].right'],
    [['questions', 2, 'lint', 'why'], 'questions[2]'],
    [['schemaVersion'], ''],
  ] as const)('fieldOf(%j) is %j', (path, field) => expect(fieldOf(path)).toBe(field))

  it.each([
    ['', 'The set'],
    ['passMark', 'Pass mark'],
    ['questions[0].pairs[1].left', 'Question 1, pair 2 (left side)'],
    ['questions[4].evidence[0]', 'Question 5, quote 1'],
    ['questions[4].prompt', 'Question 5, question'],
  ])('describeField(%j) is %j', (field, text) => expect(describeField(field)).toBe(text))
})
