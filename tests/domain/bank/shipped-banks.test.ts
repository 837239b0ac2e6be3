import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadLibrary, QUESTION_TYPES } from '../../../src/domain/bank/index.ts'
import { evidenceQuotes } from '../../../src/domain/bank/schema.ts'
import { lintBank } from '../../../src/domain/bank/lint/index.ts'
import { gradeQuestion } from '../../../src/domain/grading/registry.ts'
import { renderSchemas } from '../../../src/domain/bank/json-schema.ts'

function questionFiles(dir = 'questions'): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name)
    if (entry.isDirectory()) return questionFiles(file)
    return entry.name.endsWith('.json') ? [{ file, text: readFileSync(file, 'utf8') }] : []
  })
}

describe('the shipped article banks', () => {
  const library = loadLibrary(questionFiles())
  const questions = library.banks.flatMap((b) => b.bank.questions)

  it('all load without a single problem', () => {
    expect(library.failures).toEqual([])
    expect(Object.keys(library.passages)).toContain('assad-sochi-2018')
  })

  it('have at least 54 questions in at least 3 sets', () => {
    expect(library.banks.length).toBeGreaterThanOrEqual(3)
    expect(questions.length).toBeGreaterThanOrEqual(54)
  })

  it.each(QUESTION_TYPES)('use the %s type at least three times', (type) => {
    expect(questions.filter((q) => q.type === type).length).toBeGreaterThanOrEqual(3)
  })

  it('pass the item-writing lint in strict mode: no warning, and nothing silenced', () => {
    const found = library.banks.flatMap(({ bank }) => {
      const report = lintBank(bank, library.passages[bank.passage]!)
      return [...report.warnings, ...report.allowed].map(
        (w) => `${bank.id} ${w.path.join('.')} [${w.rule}] ${w.message}`,
      )
    })
    expect(found).toEqual([])
  })

  // Right answers students really type, which the first banks refused.
  it.each([
    ['npp-04', 'in Sochi'],
    ['npp-04', 'Sochi, Russia'],
    ['npp-04', 'the Black Sea resort of Sochi'],
    ['wsw-13', 'on the Kremlin website'],
    ['wsw-13', "the Kremlin's official website"],
    ['wsw-13', "the Kremlin's official site"],
    ['wsw-13', 'the official site of the Kremlin'],
    ['dt-07', 'Thursday, 17 May'],
    ['dt-07', 'on Thursday 17 May 2018'],
    ['dt-07', 'Thursday 17th May'],
    ['dt-07', 'Thursday, May 17th 2018'],
    ['wsw-14', 'the infrastructure'],
    ['rbl-03', 'Dmitry Peskov'],
    ['rbl-03', 'Mr Peskov'],
    ['npp-04', 'Sochi, on the Black Sea'],
    ['npp-04', 'Sochi on the Black Sea coast'],
    ['npp-12', 'a powerbroker in the Middle East'],
    ['npp-12', 'power broker in the Middle East'],
    ['npp-12', 'power brokers'],
    ['npp-12', 'powerbrokers in the Middle East'],
    // The article's "Syrian infrastructure" and "the Kremlin website", in a learner's words.
    ['wsw-14', 'Syria infrastructure'],
    ['wsw-13', 'website of Kremlin'],
    ['wsw-13', 'Kremlin official website'],
  ])('%s accepts “%s”', (id, typed) => {
    const question = questions.find((q) => q.id === id)!
    expect(question.type).toBe('short')
    expect(gradeQuestion(question, typed, 'en').correct).toBe(true)
  })

  // … and still refuses what the article does not say.
  it.each([
    ['wsw-14', 'Syria'],
    ['wsw-14', 'Russian infrastructure'],
    ['wsw-14', 'Syrian military'],
    ['wsw-13', 'Kremlin'],
    ['wsw-13', 'Reuters website'],
    ['wsw-13', 'website of the Moscow Times'],
    ['wsw-13', "the Kremlin's official"],
    ['wsw-13', "Reuters' official site"],
    ['wsw-13', 'official site'],
  ])('%s refuses “%s”', (id, typed) => {
    const question = questions.find((q) => q.id === id)!
    expect(gradeQuestion(question, typed, 'en').correct).toBe(false)
  })

  it('never quote a related-article headline as evidence', () => {
    const headlines = ['Can Putin Broker Peace', 'Only 14% of Russian Airstrikes']
    for (const q of questions)
      for (const quote of evidenceQuotes(q))
        for (const h of headlines) expect(quote).not.toContain(h)
  })
})

describe('the committed JSON Schema files', () => {
  it.each(Object.entries(renderSchemas()))(
    '%s matches the zod schema (run npm run schema)',
    (file, text) => {
      expect(readFileSync(join('schema', file), 'utf8')).toBe(text)
    },
  )
})
