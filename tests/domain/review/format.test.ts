import { describe, expect, it } from 'vitest'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { migrateReview, parseReview, serializeReview } from '../../../src/domain/review/format.ts'
import { emptyReview, REVIEW_VERSION } from '../../../src/domain/review/schema.ts'
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
