/**
 * The review document's DocSpec, kept out of specs.ts so the app's first load, which reads only
 * progress and settings, does not carry the review format: the due count and the review pages
 * bring it in their own chunk.
 */
import { parseReview, serializeReview } from '../../domain/review/format.ts'
import { trimReviewLog } from '../../domain/review/trim.ts'
import { emptyReview, type ReviewDoc } from '../../domain/review/schema.ts'
import type { DocSpec } from './door.ts'
import { STORAGE_KEYS } from './keys.ts'

export const reviewSpec: DocSpec<ReviewDoc> = {
  key: STORAGE_KEYS.review,
  label: 'reviews',
  parse: parseReview,
  serialize: serializeReview,
  empty: emptyReview,
  trim: trimReviewLog,
  immutable: true,
}
