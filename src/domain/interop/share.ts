/**
 * A set (and its article, when the article is the teacher's own) as a link that needs no server:
 * the JSON, deflated (fflate), with a CRC-32 of the JSON in front, base64url-encoded into the URL
 * fragment, which browsers never send. Reading a link checks everything: the characters, the
 * checksum (a flipped or cut character is refused), the size, and then the set and article the
 * same way a bank file is checked. The same bundle is the file offered when a link is too long.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import type * as z from 'zod/mini'
import { checkBank, type Problem } from '../bank/checks.ts'
import { bankSchema, passageSchema, type Bank, type Passage } from '../bank/schema.ts'
import { placeOf, type JsonPath } from '../bank/issues.ts'
import {
  articleIssueInWords,
  capitalized,
  checkInFormWords,
  placeInArticle,
  placeInFile,
  setIssueInWords,
} from '../studio/form-words.ts'
import { LIMITS, limitProblems } from '../studio/limits.ts'
import { curly } from '../text/quote.ts'

export const BUNDLE_FORMAT = 'passage-shared-set'
/** Links longer than this are hard to send in common chat tools and mail: offer the file. */
export const SHARE_LINK_LIMIT = 8000
/** The most a link may unpack to (a set of hundreds of questions with its article fits easily). */
const MAX_JSON_BYTES = LIMITS.fileChars
/** Version of the link's encoding, its first character. */
const LINK_VERSION = '1'

export interface Bundle {
  format: typeof BUNDLE_FORMAT
  bank: Bank
  passage?: Passage
}

/**
 * A refused bundle's problems, and `part`, the one they are in when it is the set or the article;
 * or `at`, the place in the bundle of each, for the rest (a text too long, an unknown field), so a
 * file names its line as it does for the set's and the article's own problems.
 */
export type BundleRead =
  | { ok: true; bank: Bank; passage: Passage | undefined }
  | { ok: false; errors: string[]; part?: 'set' | 'article'; at?: JsonPath[] }

/** The set, and the article when given, as one JSON value. */
export function bundleOf(bank: Bank, passage?: Passage): Bundle {
  return passage ? { format: BUNDLE_FORMAT, bank, passage } : { format: BUNDLE_FORMAT, bank }
}

/** A place in a bundle in words: "Question 4, option 2" in the set, "The article, paragraph 3". */
function placeInBundle(path: JsonPath): string {
  const [part, ...rest] = path
  if (part === 'bank') return placeInFile(rest)
  if (part === 'passage') return placeInArticle(rest)
  return placeOf(path)
}

/** The set's problems as the studio says them: "Question 4, option 2: Write option 2, or remove it". */
function setErrors(issues: readonly z.core.$ZodIssue[], root: unknown): string[] {
  return issues.slice(0, 5).map((issue) => setIssueInWords(issue, root))
}

/** The article's problems as the article form says them: "The article, title: Enter the title of the article". */
function articleErrors(issues: readonly z.core.$ZodIssue[], root: unknown): string[] {
  return issues.slice(0, 5).map((issue) => articleIssueInWords(issue, root))
}

/** The check of a set against its article, in the studio's words ("Question 1, option 3: …"). */
export function checkedInWords(problems: readonly Problem[]): string[] {
  return problems
    .slice(0, 5)
    .map((p) => `${placeInFile(p.path)}: ${capitalized(checkInFormWords(p.message))}`)
}

/** Checks an untrusted bundle: its shape, the set, the article, and the set against the article. */
export function readBundle(value: unknown): BundleRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['This is not a shared Passage set.'] }
  }
  const obj = value as Record<string, unknown>
  if (obj.format !== BUNDLE_FORMAT)
    return { ok: false, errors: ['This is not a shared Passage set.'] }
  const tooBig = limitProblems(obj)
  if (tooBig.length) {
    return {
      ok: false,
      errors: tooBig.map((p) => `${placeInBundle(p.at)}: ${p.message}`),
      at: tooBig.map((p) => p.at),
    }
  }
  const extra = Object.keys(obj).filter((k) => !['format', 'bank', 'passage'].includes(k))
  if (extra.length) {
    return {
      ok: false,
      errors: [`A shared set has no field ${curly(extra[0] ?? '', 40)}`],
      at: [[extra[0] ?? '']],
    }
  }
  const bank = bankSchema.safeParse(obj.bank)
  if (!bank.success) {
    return { ok: false, errors: setErrors(bank.error.issues, obj.bank), part: 'set' }
  }
  if (obj.passage === undefined) return { ok: true, bank: bank.data, passage: undefined }
  const passage = passageSchema.safeParse(obj.passage)
  if (!passage.success) {
    return { ok: false, errors: articleErrors(passage.error.issues, obj.passage), part: 'article' }
  }
  if (passage.data.id !== bank.data.passage) {
    return {
      ok: false,
      errors: [
        `The set is about the article ${curly(bank.data.passage, 40)}, but the article with it is ${curly(passage.data.id, 40)}`,
      ],
      at: [['passage', 'id']],
    }
  }
  const problems = checkBank(bank.data, passage.data)
  if (problems.length) return { ok: false, errors: checkedInWords(problems), part: 'set' }
  return { ok: true, bank: bank.data, passage: passage.data }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE), as zip and PNG compute it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function toBase64url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
  // One encoding per payload: a changed character in the unused bits of the last one is refused.
  return toBase64url(bytes) === text ? bytes : null
}

/** The part of the link after `#/shared/`. */
export function encodeShare(bundle: Bundle): string {
  const json = strToU8(JSON.stringify(bundle))
  const deflated = deflateSync(json, { level: 9 })
  const framed = new Uint8Array(4 + deflated.length)
  new DataView(framed.buffer).setUint32(0, crc32(json))
  framed.set(deflated, 4)
  return LINK_VERSION + toBase64url(framed)
}

const BROKEN =
  'This link is damaged: it was cut short or changed on the way. Ask for the link again, or for the file.'

/**
 * Reads a shared link's payload; every failure is a sentence for the person who opened it. A link
 * comes as mail and chat pass it on: broken over lines, or with the full stop or bracket of the
 * sentence it ended taken into it. Neither is in the link's alphabet, so both are left out (the
 * checksum still refuses any other change).
 */
export function decodeShare(link: string): BundleRead {
  const payload = link.replace(/\s+/g, '').replace(/[^A-Za-z0-9_-]+$/, '')
  if (!payload.startsWith(LINK_VERSION)) {
    return { ok: false, errors: [payload === '' ? 'This link has no set in it.' : BROKEN] }
  }
  const framed = fromBase64url(payload.slice(1))
  if (!framed || framed.length < 6) return { ok: false, errors: [BROKEN] }
  const sum = new DataView(framed.buffer, framed.byteOffset).getUint32(0)
  let json: Uint8Array
  try {
    const out = inflateSync(framed.subarray(4), { out: new Uint8Array(MAX_JSON_BYTES + 1) })
    json = out
  } catch {
    return { ok: false, errors: [BROKEN] }
  }
  if (json.length > MAX_JSON_BYTES) {
    return { ok: false, errors: ['This link holds more than a set can: it was not opened.'] }
  }
  if (crc32(json) !== sum) return { ok: false, errors: [BROKEN] }
  let value: unknown
  try {
    value = JSON.parse(strFromU8(json))
  } catch {
    return { ok: false, errors: [BROKEN] }
  }
  return readBundle(value)
}
