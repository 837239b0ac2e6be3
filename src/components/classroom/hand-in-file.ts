/** The file a student downloads to hand in, in the format they chose; loaded only on download. */
import type { Bank } from '../../domain/bank/schema.ts'
import type { Attempt } from '../../domain/progress/codec.ts'
import { makeResults, resultsFilename, resultsText } from '../../domain/interop/results.ts'
import { resultsCsv } from '../../domain/interop/results-csv.ts'
import { COMMA_DIALECT } from '../../domain/interop/csv.ts'
import { xapiStatements } from '../../domain/interop/xapi.ts'

export type HandInFormat = 'json' | 'csv' | 'xapi'

export interface HandInRequest {
  format: HandInFormat
  name: string
  /** 'attempt' for one attempt, 'results' for everything. */
  scope: 'attempt' | 'results'
  attempts: readonly Attempt[]
  bankOf: (setId: string) => Bank | undefined
  appVersion: string
  now: Date
  /** The browser's language: xAPI reads typed numbers in it; the CSV is the same in every one. */
  locale: string
}

/** Name, text and media type of the file to download. */
export function handInFile(r: HandInRequest): { filename: string; text: string; type: string } {
  const doc = makeResults(r.name, r.attempts, r.bankOf, r.appVersion, r.now)
  const sets = r.attempts.map((a) => a.setId)
  switch (r.format) {
    case 'json':
      return {
        filename: resultsFilename(r.name, r.scope, r.now, 'json', sets),
        text: resultsText(doc),
        type: 'application/json',
      }
    case 'csv':
      return {
        filename: resultsFilename(r.name, r.scope, r.now, 'csv', sets),
        // The same file whatever the student's browser language: commas, decimal points, ISO
        // dates and the app's own words, so a teacher's files from a class with en-GB, de-DE and
        // fr-FR browsers open alike and add up. The teacher's class report writes in their own
        // spreadsheet's dialect. The byte-order mark makes Excel read it as UTF-8.
        text: '\uFEFF' + resultsCsv(doc, COMMA_DIALECT),
        type: 'text/csv',
      }
    case 'xapi':
      return {
        filename: resultsFilename(r.name, `${r.scope}-xapi`, r.now, 'json', sets),
        text:
          JSON.stringify(xapiStatements(r.name, r.attempts, r.bankOf, r.locale), null, 2) + '\n',
        type: 'application/json',
      }
  }
}
