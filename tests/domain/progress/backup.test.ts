import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attemptFromSession } from '../../../src/domain/progress/attempt.ts'
import {
  backupFilename,
  backupText,
  makeBackup,
  previewOf,
  readBackup,
} from '../../../src/domain/progress/backup.ts'
import { applyAnswers } from '../../../src/domain/review/apply.ts'
import { emptyReview, type ReviewDoc } from '../../../src/domain/review/schema.ts'
import { decodeLog, LOG_EPOCH, logOf } from '../../../src/domain/review/card.ts'
import { answer, dec, scheduler, WSW as WSW_SET } from '../review/helpers.ts'
import { recordAttempt } from '../../../src/domain/progress/record.ts'
import { setRecord } from '../../../src/domain/studio/records.ts'
import { recentAttempts } from '../../../src/domain/progress/stats.ts'
import { leftOutText } from '../../../src/domain/progress/salvage.ts'
import { makeResults, resultsText } from '../../../src/domain/interop/results.ts'
import { emptyProgress, PROGRESS_VERSION } from '../../../src/domain/progress/schema.ts'
import { defaultSettings, migrateSettings } from '../../../src/domain/progress/settings.ts'
import { at, playedTest, quizBank } from '../../fixtures/progress/bank.ts'
import V0_TEXT from '../../fixtures/progress/v0.json?raw'

const bank = quizBank()
const a1 = attemptFromSession(playedTest(['wsw-01']), bank, 'a1')
const a2 = attemptFromSession(playedTest(['wsw-02'], 3_600_000), bank, 'a2')
const a3 = attemptFromSession(
  playedTest([], 7_200_000, quizBank('mini/quotes')),
  quizBank('mini/quotes'),
  'a3',
)
const here = recordAttempt(recordAttempt(emptyProgress(), a1), a2)
const there = recordAttempt(recordAttempt(emptyProgress(), a2), a3)

function fileOf(progress = there, settings = { ...defaultSettings(), theme: 'dark' as const }) {
  return backupText(makeBackup({ progress, settings }, '1.2.3', at()))
}

describe('backups', () => {
  it('carry their format, app version and date', () => {
    const backup = JSON.parse(fileOf()) as Record<string, unknown>
    expect(backup).toMatchObject({
      kind: 'passage-backup',
      schemaVersion: 1,
      appVersion: '1.2.3',
      createdAt: '2024-05-18T09:00:00.000Z',
    })
    expect(backupFilename(at())).toBe('passage-backup-2024-05-18.json')
  })

  it('say what a restore would add, counting attempts already here once', () => {
    const read = readBackup(fileOf(), here)
    expect(read).toMatchObject({
      ok: true,
      summary: {
        attemptsInBackup: 2,
        newAttempts: 1,
        knownAttempts: 1,
        // a1, recorded here and not in the backup: a restore leaves it, and the preview says so.
        onlyHere: 1,
        newSets: 1,
        hasSettings: true,
        appVersion: '1.2.3',
      },
    })
    expect(read.ok && read.backup.settings?.theme).toBe('dark')
    expect(read.ok && read.backup.progress).toEqual(there)
  })

  it('count a set from the Studio the backup carries as the Studio’s, not as a question set new here, whether or not this browser has it', () => {
    // a3's set, "mini/quotes", saved in the Studio where the backup was made.
    const studio = { sets: [setRecord(quizBank('mini/quotes'), at())], articles: [] }
    const text = backupText(makeBackup({ progress: there, studio }, '1.2.3', at()))
    for (const current of [here, emptyProgress()]) {
      const read = readBackup(text, current)
      expect(read.ok && read.summary.studioSets).toEqual(['mini/quotes'])
      // Here: only the new attempt's set, never the Studio's; in a fresh browser, a2's set too.
      expect(read.ok && read.summary.newSets).toBe(current === here ? 0 : 1)
      expect(read.ok && read.summary.newAttempts).toBe(current === here ? 1 : 2)
    }
  })

  it('add nothing when restored twice', () => {
    expect(readBackup(fileOf(here), here)).toMatchObject({
      ok: true,
      summary: { newAttempts: 0, onlyHere: 0 },
    })
  })

  it('count the attempts here that an older backup does not hold, by set and id', () => {
    // A backup of this browser taken after a2, restored after a1 of another set and a3 were added.
    const later = recordAttempt(recordAttempt(here, a3), { ...a1, id: 'a4' })
    expect(readBackup(fileOf(here), later)).toMatchObject({
      ok: true,
      summary: { newAttempts: 0, knownAttempts: 2, onlyHere: 2 },
    })
    // An attempt id that the backup holds for another set is not the same attempt.
    const elsewhere = recordAttempt(emptyProgress(), { ...a3, id: 'a1' })
    expect(readBackup(fileOf(here), elsewhere)).toMatchObject({
      ok: true,
      summary: { newAttempts: 2, onlyHere: 1 },
    })
  })

  it('migrate progress written by an older version', () => {
    const old = JSON.stringify({
      kind: 'passage-backup',
      schemaVersion: 1,
      appVersion: '0.0.1',
      createdAt: '2024-03-06T00:00:00Z',
      progress: JSON.parse(V0_TEXT) as unknown,
    })
    expect(readBackup(old, here)).toMatchObject({
      ok: true,
      summary: { newAttempts: 4, migratedFrom: 0, hasSettings: false },
    })
  })

  it.each([
    // A download that did not finish: the engine points at its last character, no place to look.
    [
      'a backup cut short in a name',
      () => fileOf().slice(0, 50),
      /^This backup is cut short: it stops before its end, so it cannot be read\. Choose another copy, or download a new backup in the browser it came from\. Nothing was changed\.$/,
    ],
    [
      'a backup cut short between two values',
      () => fileOf().slice(0, fileOf().indexOf(',"progress"') + 1),
      /^This backup is cut short: it stops before its end/,
    ],
    [
      'a backup changed by hand',
      () => fileOf().replace('"createdAt"', 'createdAt'),
      /^This backup is damaged: it is not valid JSON \(line 1, column \d+\)\. Choose another copy/,
    ],
    [
      'another file cut short',
      () => '{"hello": "wor',
      /^This file is not a Passage backup: it is not valid JSON \(it stops before its end: the file may be cut short\)\. Nothing was changed\.$/,
    ],
    // Said in words, not the engine's ("Unexpected token 'o', "not json" is not valid JSON").
    [
      'a note chosen by mistake',
      () => 'not json\nat all',
      /not a Passage backup: it is not JSON: it starts with “not json at all”\. Nothing was changed/,
    ],
    [
      'a file broken on its second line',
      () => '{"schemaVersion": 1,\n "progress" 2}',
      /not a Passage backup: it is not valid JSON \(line 2, column \d+\)/,
    ],
    ['an empty file', () => '', /not a Passage backup: it is empty/],
    [
      "another app's file",
      () => '{"hello":"world"}',
      /^This file is not a Passage backup\. Nothing was changed\.$/,
    ],
    ['a bare number', () => '7', /not a Passage backup/],
    // Files Passage writes that a learner may pick instead of a backup: said what each is.
    [
      'results handed in to a teacher',
      () => resultsText(makeResults('Ana', [a1], () => bank, '1.2.3', at())),
      /^This file is a student's results, from “Hand in results”, not a backup: it cannot be restored\. Make a backup with “Download a backup”, above, in the browser your progress is in\. Nothing was changed\.$/,
    ],
    [
      'a question set',
      () => JSON.stringify(bank),
      new RegExp(
        `^This file is a question set \\(“${bank.title}”\\), not a backup: bring it in with “Import GIFT, Aiken or JSON” in the Studio\\. Nothing was changed\\.$`,
      ),
    ],
    [
      'an article without a title',
      () => '{"paragraphs": ["One."]}',
      /^This file is an article, not a backup: bring it in with “Import GIFT, Aiken or JSON”/,
    ],
    [
      'a file from a newer app',
      () => fileOf().replace('"schemaVersion":1', '"schemaVersion":2'),
      /^This backup was made by a newer Passage than the one on this page \(backup format 2; this page reads up to 1\)\. Reload the page to bring Passage up to date, then restore the file again\. Nothing was changed\.$/,
    ],
    [
      'a file with newer progress',
      () =>
        fileOf().replace(
          `"progress":{"schemaVersion":${PROGRESS_VERSION}`,
          `"progress":{"schemaVersion":${PROGRESS_VERSION + 1}`,
        ),
      /^This backup holds progress saved by a newer Passage than the one on this page \(progress version \d+; this page reads up to \d+\)\. Reload the page to bring Passage up to date, then restore the file again\. Nothing was changed\.$/,
    ],
    [
      'a file whose every attempt is damaged',
      () => fileOf().replace(/"(a[23])":"[^"]*"/g, '"$1":"broken"'),
      /damaged: none of its progress can be read\. Passage found something not written the way Passage writes it in one of your attempts \(sets\..*\.attempts\.a2 is not in the expected format\)\./,
    ],
    [
      'a file without its date',
      () => fileOf().replace(/"createdAt":"[^"]*",/, ''),
      /^This backup is damaged: it cannot be read as a backup\. Passage found a value missing or of the wrong kind in the date it was made \(createdAt should be string\)\. /,
    ],
  ])('refuse %s with a clear message', (_, text, message) => {
    const read = readBackup(text(), here)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toMatch(message)
    expect(!read.ok && read.message).toMatch(/Nothing was changed\.$/)
  })
})

describe('a backup saved again by an editor', () => {
  it('reads with a byte-order mark and Windows line ends', () => {
    const text = JSON.stringify(JSON.parse(fileOf()), null, 2).replace(/\n/g, '\r\n')
    const read = readBackup(`\uFEFF${text}`, here)
    expect(read.ok && read.summary.newAttempts).toBe(1)
  })
})

describe('settings in a backup that this version cannot read', () => {
  it('reset only the one value that does not read, named, and the rest are restored', () => {
    const text = fileOf(there, { ...defaultSettings(), theme: 'dark', textSize: 150 }).replace(
      '"theme":"dark"',
      '"theme":"neon"',
    )
    const read = readBackup(text, here)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.summary).toMatchObject({ newAttempts: 1, hasSettings: true })
    expect(read.summary.settingsReset).toEqual(['“Colours”'])
    expect(read.summary.leftOut).toBeUndefined()
    expect(read.backup.settings).toMatchObject({ theme: 'system', textSize: 150 })
  })

  it('of an older version are brought up to date, and only the bad one is reset', () => {
    const old = {
      ...{ schemaVersion: 2, mode: 'test', timerSec: -5, shortcuts: false, theme: 'dark' },
      ...{ retention: 0.85, newPerDay: 10 },
    }
    const text = fileOf().replace(/"settings":\{[^}]*\}/, () => `"settings":${JSON.stringify(old)}`)
    const read = readBackup(text, here)
    expect(read.ok && read.summary.settingsReset).toEqual(['“Time limit for a quiz”'])
    expect(read.ok && read.backup.settings).toMatchObject({
      mode: 'test',
      timerSec: null,
      shortcuts: false,
      theme: 'dark',
      textSize: 100,
    })
  })

  it('are never more than the file gives: any settings object restores or is left out whole', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue(),
      fc.constantFrom('neon', -1, 150, true, 'test', null),
    )
    const fields = [
      'mode',
      'timerSec',
      'shortcuts',
      'theme',
      'retention',
      'newPerDay',
      'textSize',
      'articleBeside',
    ]
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), value), (edits) => {
        const doc: Record<string, unknown> = { ...defaultSettings(), ...edits }
        const text = fileOf().replace(
          /"settings":\{[^}]*\}/,
          () => `"settings":${JSON.stringify(doc)}`,
        )
        const read = readBackup(text, here)
        expect(read.ok).toBe(true)
        if (!read.ok) return
        expect(read.summary.newAttempts).toBe(1)
        const restored = read.backup.settings
        if (!restored) {
          expect(read.summary.leftOut).toHaveLength(1)
          return
        }
        // What is restored is allowed, and each value is the file's own or a named default.
        expect(migrateSettings(restored).status).toBe('ok')
        const reset = read.summary.settingsReset ?? []
        for (const field of fields) {
          const own = (restored as unknown as Record<string, unknown>)[field]
          if (own !== doc[field]) {
            expect(own).toEqual((defaultSettings() as unknown as Record<string, unknown>)[field])
            expect(reset.length).toBeGreaterThan(0)
          }
        }
      }),
    )
  })

  it.each([
    [
      'damaged through and through',
      (text: string) => text.replace(/"settings":\{[^}]*\}/, '"settings":{"schemaVersion":4}'),
      /^its settings, which are damaged, so yours stay as they are: Passage found a value Passage does not allow in the setting “Quizzes start in” \(mode must be "practice" or "test"\); every other setting is missing or damaged too$/,
    ],
    [
      'of an older version and empty (the settings an update adds are not the student’s)',
      (text: string) => text.replace(/"settings":\{[^}]*\}/, '"settings":{"schemaVersion":3}'),
      // The CSV columns, which the update adds, are not named: the student never saved them.
      /^its settings, which are damaged, so yours stay as they are: Passage found a value Passage does not allow in the setting “Quizzes start in” \(mode must be "practice" or "test"\); the settings “Time limit for a quiz”, “Keyboard shortcuts in quizzes”, “Colours”, “Remember at least”, “Questions joining your reviews a day”, “Text size” and “The article in a quiz” are missing or damaged too$/,
    ],
    [
      'from a newer version',
      (text: string) =>
        text.replace(/"settings":\{"schemaVersion":\d+/, '"settings":{"schemaVersion":42'),
      /^its settings, saved by a newer Passage: yours stay as they are; reload the page to bring Passage up to date, then restore the file again to bring them in \(settings version 42; this page reads up to \d\)$/,
    ],
  ])('are left out when %s, and the attempts still come back', (_, edit, words) => {
    const read = readBackup(edit(fileOf()), here)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.summary).toMatchObject({ newAttempts: 1, hasSettings: false })
    expect(read.summary.leftOut).toEqual([expect.stringMatching(words)])
    expect(read.backup.settings).toBeUndefined()
  })
})

describe('a backup with damaged attempts among good ones', () => {
  const many = Array.from({ length: 200 }, (_, i) =>
    attemptFromSession(playedTest(['wsw-01'], i * 60_000), bank, `g${i}`),
  )
  const good = many.reduce((doc, a) => recordAttempt(doc, a), emptyProgress())
  const file = (edit: (progress: Record<string, unknown>) => void) => {
    const backup = JSON.parse(fileOf(good)) as { progress: Record<string, unknown> }
    edit(backup.progress)
    return JSON.stringify(backup)
  }
  const attemptsOf = (progress: Record<string, unknown>) =>
    (progress.sets as Record<string, { attempts: Record<string, string> }>)[bank.id]!.attempts

  it('restores the good ones and names the bad one', () => {
    const text = file((p) => {
      attemptsOf(p).g7 = attemptsOf(p).g7!.replace(/^[^.]*/, 'zzzzzzzz')
    })
    const read = readBackup(text, emptyProgress())
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.summary).toMatchObject({ attemptsInBackup: 199, newAttempts: 199 })
    expect(read.summary.damaged).toEqual({
      count: 1,
      attempts: [
        {
          setId: bank.id,
          attemptId: 'g7',
          reason: 'it refers to question list "zzzzzzzz", which is missing',
          startedAt: many[7]!.startedAt,
          mode: 'test',
          score: { score: many[7]!.score, max: many[7]!.max },
        },
      ],
    })
    // Named as the student knows it: the set's title, when, and the score.
    const [lost] = read.summary.damaged?.attempts ?? []
    expect(
      leftOutText(
        lost!,
        () => 'Who said what?',
        (ms) => new Date(ms).toISOString(),
      ),
    ).toBe(
      `“Who said what?”: your test of ${new Date(many[7]!.startedAt).toISOString()}, 1.67 of 7 marks (24%) — its list of questions is missing`,
    )
    expect(attemptsOf(read.backup.progress as never)).not.toHaveProperty('g7')
  })

  it('names a set whose history cannot be read at all, and counts past the first five', () => {
    const text = file((p) => {
      const sets = p.sets as Record<string, unknown>
      sets['not a set'] = { lists: {}, attempts: {} }
      for (let i = 0; i < 7; i++) attemptsOf(p)[`g${i}`] = 'broken'
    })
    const read = readBackup(text, emptyProgress())
    expect(read.ok && read.summary.attemptsInBackup).toBe(193)
    expect(read.ok && read.summary.damaged?.count).toBe(8)
    expect(read.ok && read.summary.damaged?.attempts).toHaveLength(5)
    expect(read.ok && leftOutText(read.summary.damaged!.attempts[0]!)).toBe(
      `set “${bank.id}”: an attempt whose date cannot be read (g0) — it is not written the way Passage writes an attempt`,
    )
    const set = readBackup(
      file((p) => {
        ;(p.sets as Record<string, unknown>)['not a set'] = { lists: {}, attempts: {} }
      }),
      emptyProgress(),
    )
    expect(set.ok && set.summary.damaged?.attempts.map((l) => leftOutText(l))).toEqual([
      'set “not a set”: its whole history — its name is not one Passage gives a set',
    ])
  })

  it('keeps every readable attempt whichever one is damaged, and however', () => {
    fc.assert(
      fc.property(
        fc.nat(199),
        fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null)),
        (n, junk) => {
          const text = file((p) => {
            attemptsOf(p)[`g${n}`] = junk as string
          })
          const read = readBackup(text, emptyProgress())
          expect(read.ok).toBe(true)
          if (!read.ok) return
          const kept = attemptsOf(read.backup.progress)
          const lost = many.filter((a) => !Object.hasOwn(kept, a.id)).map((a) => a.id)
          // The junk may happen to be a readable attempt; otherwise it alone is left out.
          expect(lost.length <= 1 && lost.every((id) => id === `g${n}`)).toBe(true)
          expect(read.summary.damaged?.count ?? 0).toBe(lost.length)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reads the good attempts of a damaged version 0 file', () => {
    const v0 = JSON.parse(V0_TEXT) as { attempts: Record<string, unknown>[] }
    v0.attempts[1]!.total = -3
    const text = JSON.stringify({ ...JSON.parse(fileOf()), progress: v0 })
    const read = readBackup(text, emptyProgress())
    expect(read.ok && read.summary).toMatchObject({
      attemptsInBackup: 3,
      migratedFrom: 0,
      damaged: { count: 1 },
    })
    const iso = (ms: number) => new Date(ms).toISOString()
    expect(read.ok && leftOutText(read.summary.damaged!.attempts[0]!, () => undefined, iso)).toBe(
      'set “assad-sochi-2018/who-said-what”: your attempt of 2024-03-04T18:40:12.000Z — Passage found a number out of range in its number of questions (attempts[1].total is out of range: it must be at least 1)',
    )
  })
})

describe('the review schedule in a backup', () => {
  const review: ReviewDoc = {
    ...applyAnswers(emptyReview(), [answer('wsw-01', dec(4)), answer('wsw-02', dec(5))], scheduler),
    session: { startedAt: dec(5), scope: 'all', cards: [] },
  }
  /** The day after the cards' last answers: a backup holds no answer made after it. */
  const made = new Date(dec(6))
  const withReview = (r: unknown) =>
    JSON.stringify({
      ...JSON.parse(backupText(makeBackup({ progress: there }, '1.2.3', made))),
      review: r,
    })

  it('travels with the backup: its cards, never a review half-way through', () => {
    const text = backupText(makeBackup({ progress: there, review }, '1.2.3', made))
    const read = readBackup(text, here)
    expect(read.ok && read.summary.reviewCards).toBe(2)
    const preview = previewOf(read)
    expect(preview.ok && preview.review).toEqual({
      schemaVersion: review.schemaVersion,
      cards: review.cards,
    })
  })

  it('carries a second try (format 2), and brings a format 1 or 2 schedule in as format 3', () => {
    const text = review.cards[WSW_SET]!['wsw-02']!
    // wsw-02's one answer, marked a second try: a capital letter in its log.
    const retried = text.slice(0, -1) + text.slice(-1).toUpperCase()
    const cards = { [WSW_SET]: { ...review.cards[WSW_SET], 'wsw-02': retried } }
    const v2 = previewOf(readBackup(withReview({ schemaVersion: 2, cards }), here))
    expect(v2.ok && v2.review).toEqual({ schemaVersion: 3, cards })
    expect(decodeLog(logOf(retried)).map((e) => e.retry)).toEqual([true])
    const v1 = previewOf(readBackup(withReview({ schemaVersion: 1, cards: review.cards }), here))
    expect(v1.ok && v1.review).toEqual({ schemaVersion: 3, cards: review.cards })
  })

  it('carries where the clock stood, except marks dated after the backup was made', () => {
    // UTC-5 from 1 December 2025, UTC+9 from the 5th; and a mark dated 2077 (a clock set wrong).
    const secs = (t: number) => Math.floor((t - LOG_EPOCH) / 1000)
    const zones: ReviewDoc['zones'] = [
      [secs(Date.UTC(2025, 11, 1)), -300],
      [secs(Date.UTC(2025, 11, 5)), 540],
    ]
    const zoned: ReviewDoc = { ...review, zones: [...zones, [secs(Date.UTC(2077, 0, 1)), 0]] }
    const text = backupText(makeBackup({ progress: there, review: zoned }, '1.2.3', made))
    const preview = previewOf(readBackup(text, here))
    expect(preview.ok && preview.review).toEqual({ schemaVersion: 3, cards: review.cards, zones })
  })

  it('keeps its cards when its zone marks are damaged, and says they count by this browser', () => {
    const text = backupText(makeBackup({ progress: there, review }, '1.2.3', made))
    const backup = JSON.parse(text) as { review: { zones?: unknown } }
    backup.review.zones = [
      [5, 60],
      [4, 9000],
    ]
    const read = readBackup(JSON.stringify(backup), here)
    expect(read.ok && read.summary.reviewCards).toBe(2)
    expect(read.ok && read.summary.leftOut).toEqual([
      'its record of the time zones you answered in, which is damaged: its answers count by the time zone of this browser',
    ])
    const preview = previewOf(read)
    expect(preview.ok && preview.review).toEqual({ schemaVersion: 3, cards: review.cards })
  })

  it('is left out when there is no card, and an older backup without one still restores', () => {
    const text = backupText(makeBackup({ progress: there, review: emptyReview() }, '1.2.3', at()))
    expect(JSON.parse(text)).not.toHaveProperty('review')
    const read = readBackup(text, here)
    expect(read.ok && read.summary.reviewCards).toBe(0)
  })

  it('keeps every card that reads when one is damaged, and names how many were not', () => {
    const text = backupText(makeBackup({ progress: there, review }, '1.2.3', made))
    const backup = JSON.parse(text) as { review: { cards: Record<string, Record<string, string>> } }
    const set = Object.values(backup.review.cards)[0]!
    set['wsw-02'] = 'not a card'
    const read = readBackup(JSON.stringify(backup), here)
    expect(read.ok && read.summary.reviewCards).toBe(1)
    expect(read.ok && read.summary.newAttempts).toBe(1)
    expect(read.ok && read.summary.leftOut).toEqual([
      'the review schedule of one question, which is damaged: the rest of it is restored',
    ])
    const preview = previewOf(read)
    expect(preview.ok && Object.keys(Object.values(preview.review!.cards)[0]!)).toEqual(['wsw-01'])
  })

  it('counts cards filed under "__proto__" as damaged, and writes them onto no other object', () => {
    const backup = JSON.parse(
      backupText(makeBackup({ progress: there, review }, '1.2.3', made)),
    ) as {
      review: { cards: Record<string, Record<string, string>> }
    }
    const [setId, set] = Object.entries(backup.review.cards)[0]!
    const card = JSON.stringify(set['wsw-01'])
    // One damaged card, so the schedule is read card by card; and "__proto__" as a set and as a
    // question, own keys as JSON.parse makes them from a file.
    backup.review.cards = JSON.parse(
      `{"__proto__": {"wsw-09": ${card}},
        ${JSON.stringify(setId)}: {"wsw-01": ${card}, "wsw-02": "not a card", "__proto__": ${card}}}`,
    )
    try {
      const read = readBackup(JSON.stringify(backup), here)
      expect({}).not.toHaveProperty('wsw-09')
      expect(read.ok && read.summary.reviewCards).toBe(1)
      expect(read.ok && read.summary.leftOut).toEqual([
        'the review schedule of 3 questions, which are damaged: the rest of it is restored',
      ])
    } finally {
      Reflect.deleteProperty(Object.prototype, 'wsw-09')
    }
  })

  it('is left out, and named, when it is damaged or newer: the attempts still come back', () => {
    const damaged = readBackup(withReview({ schemaVersion: 1, cards: { x: 3 } }), here)
    expect(damaged.ok && damaged.summary.newAttempts).toBe(1)
    expect(damaged.ok && damaged.summary.reviewCards).toBe(0)
    expect(damaged.ok && damaged.summary.leftOut).toEqual([
      'its review schedule, which is damaged, so yours stays as it is: Passage found a value that is not valid in the review schedule of one question (cards.x is not valid (invalid_key))',
    ])
    expect(previewOf(damaged)).not.toHaveProperty('review')
    const newer = readBackup(withReview({ schemaVersion: 99, cards: {} }), here)
    expect(newer.ok && newer.summary.leftOut).toEqual([
      'its review schedule, saved by a newer Passage: yours stays as it is; reload the page to bring Passage up to date, then restore the file again to bring it in (review version 99; this page reads up to 3)',
    ])
  })

  /** `review`'s file, its card `qid` said to be answered (and due) at the times given. */
  function redated(qid: string, last: number, due = last + 86_400_000, createdAt = made) {
    const backup = JSON.parse(
      backupText(makeBackup({ progress: there, review }, '1.2.3', createdAt)),
    ) as { review: { cards: Record<string, Record<string, string>> } }
    const set = Object.values(backup.review.cards)[0]!
    const [head, log] = set[qid]!.split('|') as [string, string]
    const secs = (t: number) => Math.floor((t - LOG_EPOCH) / 1000).toString(36)
    const fields = head.split(',')
    fields[0] = secs(due)
    fields[1] = secs(last)
    set[qid] = `${fields.join(',')}|${log}`
    return JSON.stringify(backup)
  }

  it('leaves out a card answered years after the backup was made, and says why', () => {
    // Restored, it would win over this browser's card and push every later answer past 2077.
    const read = readBackup(redated('wsw-02', Date.UTC(2077, 6, 13)), here)
    expect(read.ok && read.summary.reviewCards).toBe(1)
    expect(read.ok && read.summary.newAttempts).toBe(1)
    expect(read.ok && read.summary.misdated).toEqual([
      'the review schedule of one question, answered after the backup was made (a clock set wrong, or an edit): the rest of it is restored',
    ])
    const preview = previewOf(read)
    expect(preview.ok && Object.keys(Object.values(preview.review!.cards)[0]!)).toEqual(['wsw-01'])
    // Every card so dated: the schedule here stays as it is.
    const text = redated('wsw-01', Date.UTC(2077, 6, 13))
    const backup = JSON.parse(text) as { review: { cards: Record<string, Record<string, string>> } }
    Object.values(backup.review.cards)[0]!['wsw-02'] = Object.values(backup.review.cards)[0]![
      'wsw-01'
    ]!
    const all = readBackup(JSON.stringify(backup), here)
    expect(all.ok && all.summary.reviewCards).toBe(0)
    expect(all.ok && all.summary.misdated).toEqual([
      'its review schedule, whose answers are dated after the backup was made (a clock set wrong, or an edit), so yours stays as it is',
    ])
    expect(previewOf(all)).not.toHaveProperty('review')
  })

  it('leaves out cards dated after today when the backup itself is dated in the future', () => {
    const future = new Date(Date.UTC(2077, 6, 14))
    const text = redated('wsw-02', Date.UTC(2077, 6, 13), undefined, future)
    // Without today's date only the backup's own bounds it; with it, the card is seen for what it is.
    expect(readBackup(text, here)).toMatchObject({ ok: true, summary: { reviewCards: 2 } })
    const read = readBackup(text, here, undefined, dec(7))
    expect(read.ok && read.summary.reviewCards).toBe(1)
    expect(read.ok && read.summary.misdated).toEqual([
      'the review schedule of one question, answered after today (a clock set wrong, or an edit): the rest of it is restored',
    ])
  })

  it('restores exactly the cards answered by the backup’s date and today, a day’s slack aside', () => {
    const DAY = 86_400_000
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 30_000 }).map((h) => dec(5) + h * 3_600_000),
        fc.integer({ min: 0, max: 400 }).map((d) => dec(5) + d * DAY),
        fc.option(
          fc.integer({ min: 0, max: 400 }).map((d) => dec(5) + d * DAY),
          { nil: undefined },
        ),
        (last, createdAt, now) => {
          const text = redated('wsw-02', last, last + DAY, new Date(createdAt))
          const read = readBackup(text, here, undefined, now)
          expect(read.ok).toBe(true)
          if (!read.ok) return
          const future = now !== undefined && createdAt > now + DAY
          const bound = (future ? now : createdAt) + DAY
          const kept = Math.floor(last / 1000) * 1000 <= bound
          // wsw-01 was answered on the 4th, before any date drawn here.
          expect(read.summary.reviewCards).toBe(kept ? 2 : 1)
          expect(read.summary.misdated ?? []).toHaveLength(kept ? 0 : 1)
          expect(read.summary.leftOut).toBeUndefined()
        },
      ),
    )
  })
})

describe('a backup dated by a clock set wrong', () => {
  const future = Date.UTC(2077, 6, 13, 9) - at().getTime()
  const late = attemptFromSession(playedTest(['wsw-01'], future), bank, 'late')

  it('leaves out an attempt dated after the backup was made and names it: it is not “last played”', () => {
    const progress = recordAttempt(there, late)
    const read = readBackup(backupText(makeBackup({ progress }, '1.2.3', at(10_000_000))), here)
    expect(read).toMatchObject({
      ok: true,
      summary: { attemptsInBackup: 2, newAttempts: 1, damaged: { count: 1, misdated: 1 } },
    })
    if (!read.ok) return
    expect(leftOutText(read.summary.damaged!.attempts[0]!)).toBe(
      'set “assad-sochi-2018/who-said-what”: your test of 2077-07-13 09:00, 1.67 of 7 marks (24%) — it is dated after the backup was made (a clock set wrong, or an edit)',
    )
    expect(JSON.stringify(read.backup.progress)).not.toContain('"late"')
  })

  it('restores exactly the attempts finished by the backup’s date and today, a day’s slack aside', () => {
    const HOUR = 3_600_000
    const DAY = 24 * HOUR
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        (hours, madeHour, nowHour) => {
          let progress = emptyProgress()
          for (const [i, h] of hours.entries()) {
            progress = recordAttempt(
              progress,
              attemptFromSession(playedTest([], h * HOUR), bank, `x${i}`),
            )
          }
          const made = at(madeHour * HOUR).getTime()
          const now = nowHour === undefined ? undefined : at(nowHour * HOUR).getTime()
          const read = readBackup(
            backupText(makeBackup({ progress }, '1.2.3', new Date(made))),
            emptyProgress(),
            undefined,
            now,
          )
          expect(read.ok).toBe(true)
          if (!read.ok) return
          const bound = (now !== undefined && made > now + DAY ? now : made) + DAY
          const finished = recentAttempts(progress, hours.length).filter(
            (a) => a.finishedAt <= bound,
          )
          expect(read.summary.newAttempts).toBe(finished.length)
          expect(read.summary.damaged?.count ?? 0).toBe(hours.length - finished.length)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('leaves out what is dated after today when the backup itself is dated in the future', () => {
    const progress = recordAttempt(there, late)
    const text = backupText(makeBackup({ progress }, '1.2.3', new Date(Date.UTC(2077, 6, 14))))
    // The backup's own date is no bound here; today's is.
    expect(readBackup(text, here)).toMatchObject({ ok: true, summary: { newAttempts: 2 } })
    const read = readBackup(text, here, undefined, at(10_000_000).getTime())
    expect(read).toMatchObject({ ok: true, summary: { newAttempts: 1, damaged: { count: 1 } } })
    expect(read.ok && read.summary.damaged!.attempts[0]!.reason).toBe(
      'it is dated after today (a clock set wrong, or an edit)',
    )
  })
})

describe('a backup whose settings are anything at all', () => {
  it('restores its attempts, never throws, and says what it left out in a short message', () => {
    const hostile = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(fc.string({ minLength: 100, maxLength: 2000 }), fc.jsonValue({ maxDepth: 1 }), {
        minKeys: 1,
        maxKeys: 30,
      }),
      fc.record({
        schemaVersion: fc.oneof(fc.integer({ min: -2, max: 7 }), fc.string(), fc.constant(null)),
        theme: fc.oneof(
          fc.string({ maxLength: 3000 }),
          fc.constant('<img src=x onerror=alert(1)>'),
        ),
        csv: fc.oneof(fc.string({ maxLength: 3000 }), fc.constant(null), fc.integer()),
        textSize: fc.oneof(fc.double(), fc.integer()),
      }),
    )
    fc.assert(
      fc.property(hostile, (settings) => {
        const text = fileOf().replace(
          /"settings":\{[^}]*\}/,
          () => `"settings":${JSON.stringify(settings) ?? 'null'}`,
        )
        const read = readBackup(text, here)
        expect(read.ok).toBe(true)
        if (!read.ok) return
        expect(read.summary.newAttempts).toBe(1)
        for (const line of read.summary.leftOut ?? []) expect(line.length).toBeLessThan(400)
        // Named in the Settings page's words only.
        for (const name of read.summary.settingsReset ?? []) expect(name).not.toMatch(/[<>]/)
        if (read.backup.settings) expect(migrateSettings(read.backup.settings).status).toBe('ok')
      }),
      { numRuns: 200 },
    )
  })
})
