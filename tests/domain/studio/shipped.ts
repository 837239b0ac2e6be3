/** The shipped article and its sets, read from questions/ as the app bundles them. */
import { readdirSync, readFileSync } from 'node:fs'
import type { Bank, Passage } from '../../../src/domain/bank/schema.ts'

const DIR = 'questions/assad-sochi-2018'

export const shippedPassage = JSON.parse(readFileSync(`${DIR}/passage.json`, 'utf8')) as Passage

export const shippedBanks: Bank[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'passage.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Bank)
