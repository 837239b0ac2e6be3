/** The file a student downloads to hand in, in the format they chose; loaded only on download. */
import type { Bank } from '../../domain/bank/schema.ts'
import type { Attempt } from '../../domain/progress/codec.ts'
import { makeResults, resultsFilename, resultsText } from '../../domain/interop/results.ts'
import { resultsCsv } from '../../domain/interop/results-csv.ts'
import { csvDialect } from '../../domain/interop/csv.ts'
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
        // In the separator and decimal sign of the student's spreadsheet, with the byte-order
        // mark that makes Excel read it as UTF-8.
        text: '\uFEFF' + resultsCsv(doc, csvDialect(r.locale)),
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
