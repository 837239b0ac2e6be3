/**
 * Fuzzing the one read path for stored documents and backups (issue 10): arbitrary JSON, and
 * arbitrary mutations of valid documents, are refused with a message or read into a document
 * every page renders; a restore never changes an attempt already here; any version 0 document
 * migrates or is refused. `npm run fuzz` runs the same properties many more times.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Bank } from '../../src/domain/bank/schema.ts'
import { loadLibrary } from '../../src/domain/bank/index.ts'
import { previewOf, readBackup } from '../../src/domain/progress/backup.ts'
import { applyAnswers } from '../../src/domain/review/apply.ts'
import { LOG_EPOCH } from '../../src/domain/review/card.ts'
import { validateReview } from '../../src/domain/review/format.ts'
import { restoreReview } from '../../src/domain/review/restore.ts'
import { emptyReview } from '../../src/domain/review/schema.ts'
import { answer, dec, scheduler } from '../domain/review/helpers.ts'
import { listKeyOf, withoutDetail } from '../../src/domain/progress/codec.ts'
import { planRestore } from '../../src/domain/progress/merge.ts'
import { migrate, parse, serialize } from '../../src/domain/progress/migrate.ts'
import { recordAll } from '../../src/domain/progress/record.ts'
import { leftOutText } from '../../src/domain/progress/salvage.ts'
import {
  emptySavedSessions,
  parseSavedSessions,
  putSession,
} from '../../src/domain/progress/saved-sessions.ts'
import type { QuizOptions } from '../../src/domain/quiz/options.ts'
import { createSession, entryAt, isResumable } from '../../src/domain/quiz/session.ts'
import { tick } from '../../src/domain/quiz/steps.ts'
import { pauseTimer, remainingMs, resumeTimer } from '../../src/domain/quiz/timer.ts'
import { at, quizBank } from '../fixtures/progress/bank.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { createStorageDoor } from '../../src/composables/storage/door.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { savedSessionsSpec } from '../../src/composables/storage/saved-sessions.ts'
import { emptyProgress, type ProgressDoc } from '../../src/domain/progress/schema.ts'
import { parseSettings, defaultSettings } from '../../src/domain/progress/settings.ts'
import { attemptCount } from '../../src/domain/progress/stats.ts'
import { progressDoc } from '../domain/progress/arbitraries.ts'
import { shippedFiles } from '../fixtures/shipped.ts'
import { mutateText, mutateValue } from './mutate.ts'
import { hostileText, v0Data, validData } from './stored.ts'
import { renderPages } from './pages.ts'
import { params, timeout } from './runs.ts'

const shipped = loadLibrary(shippedFiles())
const bankOf = (id: string): Bank | undefined => shipped.banks.find((b) => b.bank.id === id)?.bank

/** A refusal says why in a sentence, never megabytes of the input. */
function expectReason(reason: string): void {
  expect(reason.length).toBeGreaterThan(0)
  expect(reason.length).toBeLessThan(400)
}

describe('stored progress, fuzzed', () => {
  it(
    'is refused with a reason, or read into a document every page renders',
    () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const read = parse(text)
          if (read.status === 'invalid') expectReason(read.reason)
          if (read.status === 'ok') {
            renderPages(read.doc, bankOf)
            // What is written back reads back the same.
            expect(parse(serialize(read.doc))).toEqual({ status: 'ok', doc: read.doc })
          }
        }),
        params(2000),
      )
    },
    timeout(60_000),
  )

  it(
    'of version 0, in any shape, migrates or is refused',
    () => {
      fc.assert(
        fc.property(v0Data, ({ attempts }) => {
          const read = migrate(JSON.parse(JSON.stringify({ attempts })))
          expect(read.status).not.toBe('newer')
          if (read.status === 'invalid') expectReason(read.reason)
          if (read.status === 'ok') {
            expect(read.migratedFrom).toBe(0)
            expect(attemptCount(read.doc)).toBe(attempts.length)
            renderPages(read.doc, bankOf)
          }
        }),
        params(2000),
      )
    },
    timeout(60_000),
  )

  it(
    'settings and the quiz in progress are refused with a reason or read',
    () => {
      const settingsText = fc.oneof(
        hostileText,
        mutateValue(defaultSettings()).map((v) => JSON.stringify(v)),
      )
      fc.assert(
        fc.property(settingsText, (text) => {
          for (const read of [parseSettings(text), parseSavedSessions(text)]) {
            if (read.status === 'invalid') expectReason(read.reason)
          }
        }),
        params(1000),
      )
    },
    timeout(60_000),
  )

  it(
    'a quiz in progress, damaged anywhere, is set aside with a reason or shows its flags, mode and clocks',
    () => {
      const bank = quizBank()
      const savedQuiz = (
        mode: QuizOptions['mode'],
        flag: readonly string[],
        timeLimitSec: number | undefined,
        paused: boolean,
      ) => {
        const options = { mode, shuffleQuestions: true, shuffleChoices: true, limit: 6, tags: [] }
        const s = createSession(
          bank,
          timeLimitSec === undefined ? options : { ...options, timeLimitSec },
          'fuzz',
          at(),
        )
        const flagged = s.order.filter((id) => flag.includes(id))
        // As the quiz saves it, its clocks stopped; or as an older build did, running.
        const kept = paused ? pauseTimer(s, at(60_000)) : s
        return { ...kept, flagged, index: s.order.length - 1 }
      }
      const saved = fc
        .tuple(
          fc.constantFrom<QuizOptions['mode']>('practice', 'test'),
          fc.subarray(bank.questions.map((q) => q.id)),
          fc.option(fc.constantFrom(60, 600), { nil: undefined }),
          fc.boolean(),
        )
        .map((args) => putSession(emptySavedSessions(), savedQuiz(...args)))
      // Found here: an answer's time stored as "" was added to as text ("" + 5000 is "5000").
      const textTime = savedQuiz('test', ['wsw-02'], 600, false)
      textTime.entries = textTime.entries.map((e, i) =>
        i === 5 ? { ...e, timeMs: '' as never } : e,
      )
      const text = saved.chain(mutateValue).map((v) => JSON.stringify(v))
      fc.assert(
        fc.property(text, (text) => {
          const read = parseSavedSessions(text)
          if (read.status === 'invalid') expectReason(read.reason)
          if (read.status !== 'ok') return
          for (const s of Object.values(read.doc.sessions)) {
            // What the navigator, the resume offer and "Submit with 2 flagged?" count on.
            expect(new Set(s.flagged).size).toBe(s.flagged.length)
            for (const id of s.flagged) expect(s.order).toContain(id)
            expect(['practice', 'test']).toContain(s.options.mode)
            // "Again" starts a quiz with the saved options.
            if (s.bankId !== bank.id) continue
            expect(() => createSession(bank, s.options, 'again', at())).not.toThrow(RangeError)
            // Resumed, it opens on one of its questions, its countdown reads, and the time it
            // credits the question on screen is a time.
            if (!isResumable(s, bank)) continue
            const later = at(3_600_000)
            const resumed = resumeTimer(s, later)
            expect(s.order[resumed.index]).toBeDefined()
            const left = remainingMs(resumed, later)
            if (left !== null) expect(Number.isFinite(left) && left >= 0).toBe(true)
            const moved = tick(resumed, later.getTime() + 5_000)
            expect(Number.isFinite(entryAt(moved, moved.index).timeMs)).toBe(true)
          }
        }),
        {
          ...params(1000),
          examples: [[JSON.stringify(putSession(emptySavedSessions(), textTime))]],
        },
      )
    },
    timeout(60_000),
  )
})

describe('quizzes in progress, fuzzed', () => {
  it(
    'keep every sound quiz of a document with one quiz damaged anywhere, and name only that one',
    () => {
      const options = { mode: 'test', shuffleQuestions: true, shuffleChoices: true } as const
      const sets = ['mini/a', 'mini/b', 'mini/c', 'mini/d']
      const quizOf = (id: string) => createSession(quizBank(id), options, id, at())
      const doc = fc
        .tuple(fc.integer({ min: 1, max: sets.length - 1 }), fc.nat({ max: sets.length - 1 }))
        .chain(([count, pick]) => {
          const ids = sets.slice(0, count + 1)
          const damaged = ids[pick % ids.length]!
          return mutateValue(quizOf(damaged)).map((bad) => ({ ids, damaged, bad }))
        })
      fc.assert(
        fc.property(doc, ({ ids, damaged, bad }) => {
          const sessions = Object.fromEntries(
            ids.map((id) => [id, id === damaged ? bad : quizOf(id)]),
          )
          const storage = new MemoryStorage()
          storage.setItem(
            STORAGE_KEYS.quizInProgress,
            JSON.stringify({ schemaVersion: 1, sessions }),
          )
          const read = createStorageDoor({ backend: () => storage, events: null }).read(
            savedSessionsSpec,
          )
          expect(['ok', 'quarantined']).toContain(read.status)
          for (const id of ids.filter((id) => id !== damaged)) {
            expect(read.value.sessions[id]).toEqual(quizOf(id))
          }
          if (read.status === 'ok') return
          expect(read.salvaged).toBe(true)
          expect(Object.keys(read.value.sessions)).not.toContain(damaged)
          expect(read.lost?.map((l) => l.setId)).toEqual([damaged])
          expectReason(read.lost![0]!.reason)
        }),
        {
          ...params(500),
          // A quiz stored as null threw as it was set aside: storage read as unavailable.
          examples: [[{ ids: ['mini/a', 'mini/b', 'mini/c'], damaged: 'mini/c', bad: null }]],
        },
      )
    },
    timeout(60_000),
  )
})

describe('backups, fuzzed', () => {
  const envelope = (progress: unknown) =>
    JSON.stringify({
      kind: 'passage-backup',
      schemaVersion: 1,
      appVersion: 'fuzz',
      createdAt: '2024-05-18T10:00:00.000Z',
      progress,
    })
  const hostileBackup = fc.oneof(
    hostileText,
    validData.chain(mutateValue).map(envelope),
    validData.map(envelope).chain(mutateText),
    validData
      .map(envelope)
      .chain((text) => mutateValue(JSON.parse(text) as unknown))
      .map((v) => JSON.stringify(v)),
  )

  it(
    'are refused with a message saying nothing changed, or previewed with counts that add up',
    () => {
      fc.assert(
        fc.property(hostileBackup, progressDoc, (text, current) => {
          const read = readBackup(text, current)
          // What Passage found is said in words first, the checker's path after it in brackets.
          const inWords = (text: string) =>
            expect(text).not.toMatch(
              /Passage found that (its progress )?(version \d+: )?(?!it )[\w$/-]+([.[]\S*)? (should|must|is|has) /,
            )
          if (!read.ok) {
            expect(read.message).toMatch(/Nothing was changed\.$/)
            expect(read.message.length).toBeLessThan(500)
            inWords(read.message)
            return
          }
          const { summary } = read
          for (const part of summary.leftOut ?? []) inWords(part)
          // An attempt left out says why in a reader's sentence, or in words before the path.
          for (const lost of summary.damaged?.attempts ?? [])
            expect(leftOutText(lost)).toMatch(/ — (its? |Passage found (a|something) [^(]+ \()/)
          expect(summary.newAttempts + summary.knownAttempts + summary.conflicts).toBe(
            summary.attemptsInBackup,
          )
          // Every attempt here is either in the backup (known, or a differing copy) or only here.
          const hereCount = attemptCount(current)
          expect(summary.onlyHere + summary.knownAttempts).toBeLessThanOrEqual(hereCount)
          expect(
            summary.onlyHere + summary.knownAttempts + summary.conflicts,
          ).toBeGreaterThanOrEqual(hereCount)
          renderPages(recordAll(current, read.plan.add), bankOf)
        }),
        params(1500),
      )
    },
    timeout(60_000),
  )

  it(
    'bring review cards that are refused with a message, or restored losing no card here',
    () => {
      const qid = fc.constantFrom('wsw-01', 'wsw-02', 'wsw-03', 'wsw-04')
      const reviewDoc = fc
        .tuple(
          fc.array(fc.tuple(qid, fc.integer({ min: 1, max: 28 }), fc.boolean()), { maxLength: 6 }),
          // Where the clock stood: sometimes nowhere yet, sometimes UTC-5 then UTC+9 in December.
          fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
        )
        .map(([answers, moved]) => {
          const doc = applyAnswers(
            emptyReview(),
            answers.map(([q, day, correct]) => answer(q, dec(day), { correct })),
            scheduler,
          )
          if (moved === undefined) return doc
          const secs = (t: number) => Math.floor((t - LOG_EPOCH) / 1000)
          return {
            ...doc,
            zones: [
              [secs(dec(1)), -300] as [number, number],
              [secs(dec(moved, 12)), 540] as [number, number],
            ],
          }
        })
      const incoming = fc.oneof(
        reviewDoc,
        reviewDoc.chain((doc) => mutateValue(doc)),
        fc.jsonValue(),
      )
      fc.assert(
        fc.property(reviewDoc, incoming, (here, review) => {
          const text = JSON.stringify({ ...JSON.parse(envelope(emptyProgress())), review })
          const read = readBackup(text, emptyProgress())
          if (!read.ok) {
            expect(read.message).toMatch(/Nothing was changed\.$/)
            expect(read.message.length).toBeLessThan(500)
            return
          }
          const preview = previewOf(read)
          if (!preview.ok || !preview.review) return
          const { doc } = restoreReview(here, preview.review, scheduler)
          expect(validateReview(doc).ok).toBe(true)
          for (const [setId, set] of Object.entries(here.cards))
            expect(Object.keys(doc.cards[setId]!)).toEqual(expect.arrayContaining(Object.keys(set)))
        }),
        params(1000),
      )
    },
    timeout(60_000),
  )

  it(
    'never change an attempt already here, whatever they hold',
    () => {
      // Generated documents share a tiny id space, so a backup often reuses an id held here.
      const backupDoc = fc.oneof(
        progressDoc,
        validData.chain(mutateValue).map((v) => {
          const read = migrate(v)
          return read.status === 'ok' ? read.doc : emptyProgress()
        }),
      )
      fc.assert(
        fc.property(progressDoc, backupDoc, (current, backup) => {
          const { add, conflicts, known, onlyHere } = planRestore(current, backup)
          // Every attempt here the backup has none of, by set and id, counted one by one.
          const none = Object.entries(current.sets).flatMap(([setId, set]) =>
            Object.keys(set.attempts).filter(
              (id) =>
                !Object.hasOwn(backup.sets, setId) ||
                !Object.hasOwn(backup.sets[setId]!.attempts, id),
            ),
          )
          expect(onlyHere).toBe(none.length)
          const after: ProgressDoc = recordAll(current, add)
          for (const [setId, set] of Object.entries(current.sets)) {
            const now = after.sets[setId]!
            for (const [id, text] of Object.entries(set.attempts)) {
              // Detail may be trimmed to the limit; the summary, and its question list, never change.
              expect(withoutDetail(now.attempts[id]!)).toBe(withoutDetail(text))
              const key = listKeyOf(text)
              if (key) expect(now.lists[key]).toEqual(set.lists[key])
            }
          }
          expect(attemptCount(after)).toBe(attemptCount(current) + attemptCount(add))
          expect(attemptCount(add) + attemptCount(conflicts) + known).toBe(attemptCount(backup))
        }),
        params(2000),
      )
    },
    timeout(60_000),
  )
})
