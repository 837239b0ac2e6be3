import { computed, onScopeDispose, readonly, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { Question } from '../domain/bank/schema.ts'
import {
  answerApplied,
  applyAnswers,
  markZones,
  type ReviewAnswer,
} from '../domain/review/apply.ts'
import { cardKey } from '../domain/review/card.ts'
import { runtimeOffset } from '../domain/review/days.ts'
import { indexReview, type ReviewCard } from '../domain/review/index.ts'
import { dueQueue, heldBackNew, inScope, nextReviewAt, type Scope } from '../domain/review/queue.ts'
import type { Scheduler } from '../domain/review/scheduler.ts'
import { emptyReview, type ReviewDoc, type ReviewSession } from '../domain/review/schema.ts'
import { restoreReview } from '../domain/review/restore.ts'
import { useStorageDoor } from '../composables/storage/index.ts'
import type { UpdateResult } from '../composables/storage/door.ts'
import { readNotices, updateNotices, type StorageNotice } from '../composables/storage/notices.ts'
import { reviewSpec } from '../composables/storage/review.ts'
import { onRoomMaybe } from '../composables/storage/room.ts'
import { useBanksStore } from './banks.ts'
import { useProgressStore } from './progress.ts'
import { useSettingsStore, type Persistence } from './settings.ts'

/** Answers this tab remembers to re-apply if another tab's simultaneous write lost them. */
const REMEMBERED = 1000

/** The notice that storage refused the review cards. */
const NOT_SAVED = `quota-full:${reviewSpec.key}`

const answerKey = (a: ReviewAnswer) => `${a.setId}#${a.qid}@${a.at}`

/**
 * `doc` with `answers` applied, and the browser's clock as they were given marked where it
 * changed: an answer counts on the day the student's clock showed, wherever they go next.
 */
function applyWithClock(doc: ReviewDoc, answers: readonly ReviewAnswer[], using: Scheduler) {
  return markZones(applyAnswers(doc, answers, using), answers, runtimeOffset)
}

/** Notices in review words: trimming here shortens the review history, never a score. */
function inReviewWords(notices: StorageNotice[]): StorageNotice[] {
  return notices.map((n) => (n.kind === 'quota-trimmed' ? { ...n, review: true } : n))
}

/**
 * The student's review cards: what is due, what was reviewed, the session in progress. It never
 * loads the FSRS algorithm itself — whoever records answers passes the scheduler in — so the due
 * count in the header costs the first load nothing. Writes re-read what is stored and apply this
 * tab's answers to it (idempotently), and answers another tab's write may have lost are applied
 * again when its `storage` event arrives: a review in two tabs loses nothing.
 */
export const useReviewStore = defineStore('review', () => {
  const door = useStorageDoor()
  const banks = useBanksStore()
  const settings = useSettingsStore()
  const progress = useProgressStore()

  const current = shallowRef<ReviewDoc>(emptyReview())
  const persistence = ref<Persistence>('saving')
  /** Answers storage has not taken yet; applied again on every write until one succeeds. */
  let unsaved: ReviewAnswer[] = []
  /** How many of `unsaved` the cards on screen count: a failed write adds only the others. */
  let shown = 0
  const mine = new Map<string, ReviewAnswer>()
  /** The scheduler the last answers were recorded with, to apply lost ones again. */
  let scheduler: Scheduler | undefined

  const doc = computed(() => current.value)
  const cards = computed(() => indexReview(current.value).cards)
  const session = computed(() => current.value.session)

  /**
   * Every loaded question by card key, so looking one up costs the same with 10 000 cards. The
   * pages that show review (and the due counts) bring every set first: `banks.loadAll()`.
   */
  const questions = computed(() => {
    const byKey = new Map<string, Question>()
    for (const bank of banks.loaded) {
      for (const q of bank.questions) byKey.set(cardKey(bank.id, q.id), q)
    }
    return byKey
  })
  /**
   * Lookups over the loaded questions, as plain functions: a store's own functions are wrapped as
   * actions (with their hooks) on every call, which a page asking of 10 000 cards would feel.
   */
  const lookup = computed(() => {
    const byKey = questions.value
    const questionOf = (card: Pick<ReviewCard, 'setId' | 'qid'> & { key?: string }) =>
      byKey.get(card.key ?? cardKey(card.setId, card.qid))
    return {
      questionOf,
      /** Cards whose question is still in the library; the others cannot be asked. */
      askable: (card: ReviewCard) => byKey.has(card.key),
      tagsOf: (card: ReviewCard): readonly string[] => byKey.get(card.key)?.tags ?? [],
    }
  })
  function questionOf(card: Pick<ReviewCard, 'setId' | 'qid'>): Question | undefined {
    return lookup.value.questionOf(card)
  }
  const askable = (card: ReviewCard) => lookup.value.askable(card)
  const tagsOf = (card: ReviewCard) => lookup.value.tagsOf(card)

  /** What `pick` takes of today's cards for `scope` at `now` (every set together by default). */
  function today(pick: typeof dueQueue, now: number, scope: Scope): ReviewCard[] {
    const all = pick(cards.value, {
      now,
      newPerDay: settings.newPerDay,
      include: lookup.value.askable,
    })
    return inScope(all, scope, lookup.value.tagsOf)
  }
  /** Today's queue for `scope` at `now` (every set together by default). */
  const queue = (now: number, scope: Scope = { kind: 'all' }) => today(dueQueue, now, scope)
  /** The new questions due today for `scope` that the daily limit of new ones holds back. */
  const heldBack = (now: number, scope: Scope = { kind: 'all' }) => today(heldBackNew, now, scope)

  /** When the next review after today's queue comes up, for the cards in `scope`. */
  function nextReview(now: number, scope: Scope = { kind: 'all' }): number | undefined {
    const { askable: can, tagsOf: tags } = lookup.value
    const inIt = inScope(cards.value.filter(can), scope, tags)
    const queued = new Set(queue(now, scope).map((c) => c.key))
    return nextReviewAt(inIt, queued, now, settings.newPerDay)
  }

  function report(result: { notices: StorageNotice[] }) {
    progress.report(inReviewWords(result.notices))
  }

  function persistenceAfter(result: UpdateResult<ReviewDoc>): void {
    if (result.ok) persistence.value = 'saving'
    else if (result.error === 'newer') persistence.value = 'read-only'
    else if (result.error === 'unavailable') persistence.value = 'unavailable'
  }

  /** Writes `change` over what is stored now, with every unsaved answer applied too. */
  function write(change: (doc: ReviewDoc) => ReviewDoc = (d) => d): boolean {
    const pending = unsaved
    const using = scheduler
    const withPending = (d: ReviewDoc, add = pending) =>
      change(add.length && using ? applyWithClock(d, add, using) : d)
    const result = door.update(reviewSpec, withPending)
    report({ notices: updateNotices(reviewSpec, result) })
    persistenceAfter(result)
    if (result.ok && result.value) {
      unsaved = []
      // Saved after all: "could not save your review cards" is over.
      progress.withdraw(NOT_SAVED)
      current.value = result.value
    } else {
      // Not all of them again: one counted and not logged (older than every entry its card's log
      // keeps) would count twice.
      current.value = withPending(current.value, pending.slice(shown))
    }
    shown = unsaved.length
    return result.ok
  }

  /** Reads storage again: at start, and when another tab wrote. */
  function refresh() {
    const read = door.read(reviewSpec)
    report({ notices: readNotices(reviewSpec, read) })
    persistence.value =
      read.status === 'newer'
        ? 'read-only'
        : read.status === 'unavailable'
          ? 'unavailable'
          : 'saving'
    // A write from another tab at the very moment of ours can lose our answers: add them back.
    const lost = [...mine.values()].filter((a) => !answerApplied(read.value, a))
    if (lost.length && scheduler && persistence.value === 'saving') {
      const known = new Set(unsaved.map(answerKey))
      unsaved = [...unsaved, ...lost.filter((a) => !known.has(answerKey(a)))]
    }
    current.value =
      unsaved.length && scheduler ? applyWithClock(read.value, unsaved, scheduler) : read.value
    shown = unsaved.length
    if ((unsaved.length || read.status === 'migrated') && persistence.value === 'saving') write()
  }

  /**
   * Records answers (from a quiz, a review or practice) with `using` to schedule them; false when
   * storage did not take them (they are kept here and retried on the next write).
   */
  function record(answers: readonly ReviewAnswer[], using: Scheduler): boolean {
    if (answers.length === 0) return true
    scheduler = using
    for (const a of answers) {
      mine.delete(answerKey(a))
      mine.set(answerKey(a), a)
    }
    for (const key of [...mine.keys()].slice(0, Math.max(0, mine.size - REMEMBERED))) {
      mine.delete(key)
    }
    unsaved = [...unsaved, ...answers]
    return write()
  }

  /** Saves the review session in progress (undefined: none), so a reload carries on with it. */
  function saveSession(next: ReviewSession | undefined): boolean {
    return write((d) => {
      if (next) return { ...d, session: next }
      if (!d.session) return d
      const rest = { ...d }
      delete rest.session
      return rest
    })
  }

  function $reset() {
    unsaved = []
    mine.clear()
    current.value = emptyReview()
    refresh()
  }

  refresh()
  // A backup downloaded while storage refuses answers must hold them: it is what keeps them.
  progress.holdReview(() => (unsaved.length ? current.value : undefined))
  // Answers storage refused are tried again once there may be room, not only at the next answer.
  const stopRetrying = onRoomMaybe(() => {
    if (unsaved.length && persistence.value === 'saving') write()
  })
  /**
   * A backup's cards brought in, scheduled by `using`: new ones added, ones both have given the
   * answers of both. Says how many, and whether storage took them (they stay here until it does,
   * like any answer).
   */
  function restoreCards(
    incoming: ReviewDoc,
    using: Scheduler,
  ): { added: number; updated: number; saved: boolean } {
    let counted = { added: 0, updated: 0 }
    const saved = write((d) => {
      const { doc, added, updated } = restoreReview(d, incoming, using)
      counted = { added, updated }
      return doc
    })
    return { ...counted, saved }
  }

  // "Erase all" in this tab (the progress store does it) or in another: forget, do not restore.
  const stopErase = progress.$onAction(({ name, after }) => {
    if (name === 'eraseAll') after(() => $reset())
  })
  const stopWatching = door.subscribe(reviewSpec.key, (change) => {
    if (change.removed) {
      unsaved = []
      mine.clear()
    }
    refresh()
  })
  onScopeDispose(() => {
    stopErase()
    stopWatching()
    stopRetrying()
  })

  return {
    doc,
    cards,
    session,
    // Read-only views as getters: Pinia would try to write a readonly ref back when it hydrates.
    persistence: computed(() => readonly(persistence).value),
    questionOf,
    tagsOf,
    askable,
    lookup,
    queue,
    heldBack,
    nextReview,
    refresh,
    record,
    saveSession,
    restoreCards,
    $reset,
  }
})
