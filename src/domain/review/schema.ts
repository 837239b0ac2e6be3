/**
 * The stored review document, version 3: per question set, one card text per question answered
 * (`card.ts`), the review session in progress, so a reload carries on where it was, and where the
 * student's clock stood as they answered (`zones`, `days.ts`). Version 3 added the zones; version
 * 2 added a log entry's second-try flag (a capital letter); version 1 is the same without it.
 */
import * as z from 'zod/mini'
import { QUESTION_ID, SET_ID } from '../progress/schema.ts'
import { CARD_TEXT } from './card.ts'
import { MAX_ZONES } from './days.ts'

/** The review format this build writes. */
export const REVIEW_VERSION = 3

/** Longest review session kept; a queue is cut to this. */
export const MAX_SESSION_CARDS = 500

/** `<set id>#<question id>`, as `cardKey` writes it. */
export const CARD_KEY = new RegExp(`${SET_ID.source.slice(0, -1)}#${QUESTION_ID.source.slice(1)}`)

export const reviewSessionSchema = z.strictObject({
  /** When it started, epoch ms: answers since then count in its summary. */
  startedAt: z.int().check(z.gte(0)),
  /** What it reviews, as `scopeText` writes it. */
  scope: z.string().check(z.maxLength(300)),
  /** Card keys in the order asked. */
  cards: z.array(z.string().check(z.regex(CARD_KEY))).check(z.maxLength(MAX_SESSION_CARDS)),
})

export const reviewSchema = z.strictObject({
  schemaVersion: z.literal(REVIEW_VERSION),
  /** Set id → question id → card text. */
  cards: z.record(
    z.string().check(z.regex(SET_ID)),
    z.record(z.string().check(z.regex(QUESTION_ID)), z.string().check(z.regex(CARD_TEXT))),
  ),
  session: z.optional(reviewSessionSchema),
  /**
   * [from, minutes east of UTC] each time the student's clock changed, oldest first (`ZoneMark`);
   * `zonesProblem` checks what a shape cannot. None yet: answers count by the runtime's clock.
   */
  zones: z.optional(z.array(z.tuple([z.int(), z.int()])).check(z.maxLength(MAX_ZONES))),
})

export type ReviewDoc = z.infer<typeof reviewSchema>
export type ReviewSession = z.infer<typeof reviewSessionSchema>
export type SetCards = ReviewDoc['cards'][string]

/** A review document with no card yet. */
export function emptyReview(): ReviewDoc {
  return { schemaVersion: REVIEW_VERSION, cards: {} }
}
