import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { decodeLog, encodeEntry, logOf } from '../../../src/domain/review/card.ts'
import { migrateReview, parseReview, serializeReview } from '../../../src/domain/review/format.ts'
import { emptyReview, REVIEW_VERSION, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { answer, dec, scheduler, WSW } from './helpers.ts'

const doc = applyAnswers(
  emptyReview(),
  [answer('q1', dec(1)), answer('q2', dec(1), { correct: false })],
  scheduler,
)

describe('the review document', () => {
  it('reads back what was written', () => {
    const withSession = {
      ...doc,
      session: { startedAt: dec(2), scope: 'all', cards: [`${WSW}#q2`] },
    }
    for (const d of [emptyReview(), doc, withSession]) {
      expect(parseReview(serializeReview(d))).toEqual({ status: 'ok', doc: d })
    }
  })

  it('reads back a second try: format 2 keeps it in the log', () => {
    const card = doc.cards[WSW]?.q1 as string
    const second = encodeEntry({
      at: dec(2),
      grade: 'hard',
      source: 'review',
      sure: false,
      retry: true,
    })
    const v2 = { ...doc, cards: { [WSW]: { ...doc.cards[WSW], q1: card + second } } }
    const read = parseReview(serializeReview(v2))
    expect(read).toEqual({ status: 'ok', doc: v2 })
    const log = read.status === 'ok' ? logOf(read.doc.cards[WSW]?.q1 as string) : ''
    expect(decodeLog(log).map((e) => e.retry)).toEqual([false, true])
  })

  it('brings a version 1 document to version 3, every answer as it was, none a second try', () => {
    expect(REVIEW_VERSION).toBe(3)
    const v1 = { ...doc, schemaVersion: 1 }
    const read = parseReview(JSON.stringify(v1))
    expect(read).toEqual({ status: 'ok', doc: { ...doc, schemaVersion: 3 }, migratedFrom: 1 })
    for (const text of Object.values(read.status === 'ok' ? read.doc.cards[WSW]! : {})) {
      expect(decodeLog(logOf(text)).every((e) => !e.retry)).toBe(true)
    }
  })

  it('brings a version 2 document to version 3 as it was: no zone marks, answers by the runtime clock', () => {
    const v2 = { ...doc, schemaVersion: 2, session: { startedAt: dec(2), scope: 'all', cards: [] } }
    expect(parseReview(JSON.stringify(v2))).toEqual({
      status: 'ok',
      doc: { ...v2, schemaVersion: 3 },
      migratedFrom: 2,
    })
  })

  it('reads back where the clock stood, and refuses zones in a version 2 document', () => {
    const zoned: ReviewDoc = {
      ...doc,
      zones: [
        [190_000_000, -300],
        [190_086_400, 540],
      ],
    }
    expect(parseReview(serializeReview(zoned))).toEqual({ status: 'ok', doc: zoned })
    expect(migrateReview({ ...zoned, schemaVersion: 2 })).toEqual({
      status: 'invalid',
      reason: 'it has zones, which version 2 cannot hold',
    })
  })

  it.each([
    [[[5, 0, 1]], 'zones[0]'],
    [[[5.5, 0]], 'zones[0][0] should be int'],
    [[[-1, 0]], 'zones[0] starts at no time a log can hold'],
    [[[36 ** 6, 0]], 'zones[0] starts at no time a log can hold'],
    [[[5, 900]], 'zones[0] is 900 minutes from UTC, which no clock is'],
    [[[5, -735]], 'zones[0] is -735 minutes from UTC, which no clock is'],
    [[[5, 7]], 'zones[0] is 7 minutes from UTC, which no clock is'],
    [
      [
        [5, 60],
        [4, 0],
      ],
      'zones[1] does not start after zones[0]',
    ],
    [
      [
        [5, 60],
        [5, 0],
      ],
      'zones[1] does not start after zones[0]',
    ],
    [Array.from({ length: 65 }, (_, i) => [i, 0]), 'zones is too long: at most 64'],
    [Array.from({ length: 1_000_000 }, () => 0), 'zones is too long: at most 64'],
    ['nowhere', 'zones should be array'],
  ])('refuses zones %j: %s', (zones, reason) => {
    const result = migrateReview({ schemaVersion: REVIEW_VERSION, cards: {}, zones })
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && result.reason).toContain(reason)
  })

  it('refuses a version 1 card with a second try, which version 1 never wrote', () => {
    const card = doc.cards[WSW]?.q1 as string
    const forged = card.slice(0, -1) + card.slice(-1).toUpperCase()
    const result = migrateReview({ schemaVersion: 1, cards: { [WSW]: { q1: forged } } })
    expect(result).toEqual({
      status: 'invalid',
      reason: `cards.${WSW}.q1 has a second try, which version 1 cannot hold`,
    })
    expect(migrateReview({ schemaVersion: 3, cards: { [WSW]: { q1: forged } } }).status).toBe('ok')
  })

  it('either reads any stored text or says why not, never throwing', () => {
    const card = doc.cards[WSW]?.q1 as string
    const near = fc
      .tuple(fc.constantFrom(0, 1, 2, 3), fc.string({ unit: fc.constantFrom(...'aAxXyY|0') }))
      .map(([v, tail]) =>
        JSON.stringify({ schemaVersion: v, cards: { [WSW]: { q1: card + tail } } }),
      )
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), near), (text) => {
        const result = parseReview(text)
        if (result.status === 'invalid') expect(result.reason.length).toBeGreaterThan(0)
        else if (result.status === 'newer') expect(result.version).toBeGreaterThan(REVIEW_VERSION)
        else
          expect(parseReview(serializeReview(result.doc))).toEqual({
            status: 'ok',
            doc: result.doc,
          })
      }),
      { numRuns: 1000 },
    )
  })

  it('leaves a document from a newer version alone', () => {
    expect(migrateReview({ schemaVersion: REVIEW_VERSION + 1, anything: true })).toEqual({
      status: 'newer',
      version: REVIEW_VERSION + 1,
    })
  })

  it.each([
    ['', 'it is empty'],
    ['{"schemaVersion": 1, "cards": ', 'it is not valid JSON'],
    ['[1, 2]', 'it is not a document this app wrote'],
    ['{"cards": {}}', 'it is not a document this app wrote'],
    ['{"schemaVersion": 0, "cards": {}}', 'version 0 cannot be read by this app'],
    ['{"schemaVersion": 1}', 'cards should be record'],
    ['{"schemaVersion": 1, "cards": {}, "extra": 1}', 'has unknown fields extra'],
    ['{"schemaVersion": 1, "cards": {"no-slash": {}}}', 'cards.no-slash'],
    [`{"schemaVersion": 1, "cards": {"${WSW}": {"q1": "nonsense"}}}`, `cards.${WSW}.q1`],
    [
      `{"schemaVersion": 1, "cards": {"${WSW}": {"q1": "1,1,0,5,1,0,2|"}}}`,
      `cards.${WSW}.q1 has an impossible stability`,
    ],
    [
      '{"schemaVersion": 1, "cards": {}, "session": {"startedAt": 1, "scope": "all", "cards": ["x"]}}',
      'session.cards[0]',
    ],
  ])('says why %j cannot be read', (text, reason) => {
    const result = parseReview(text)
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && result.reason).toContain(reason)
  })
})
