import { describe, expect, it } from 'vitest'
import {
  noticeDetail,
  noticeText,
  shownNotices,
} from '../../src/composables/storage/notice-text.ts'
import { readNotices, writeNotices } from '../../src/composables/storage/notices.ts'
import { defaultSettings } from '../../src/domain/progress/settings.ts'
import { reviewSpec } from '../../src/composables/storage/review.ts'

const doc = {
  key: 'passage:settings',
  label: 'settings',
  whenSetAside: 'went back to the defaults',
}

describe('what a storage notice says', () => {
  it.each([
    [
      'set aside',
      readNotices(doc, { value: null, status: 'quarantined', reason: 'not JSON' }),
      'Your saved settings could not be read, so Passage set the damaged copy aside and went back to the defaults. Download it to keep a copy, or discard it.',
    ],
    [
      'too full to set aside',
      readNotices(doc, {
        value: null,
        status: 'quarantined',
        reason: 'not JSON',
        quarantineStored: false,
      }),
      'Your saved settings could not be read, and storage is too full to set the damaged copy aside. It is kept until you close this tab: download it, or discard it so Passage can save your settings again.',
    ],
    [
      'newer',
      readNotices(doc, { value: null, status: 'newer', version: 9 }),
      'A newer Passage saved your settings, so this older page saves nothing over what it saved. Reload to bring this page up to date.',
    ],
    [
      'migrated',
      readNotices(doc, { value: null, status: 'migrated', migratedFrom: 1 }),
      'Passage updated your settings from an older version (version 1); nothing was lost.',
    ],
    ['unavailable', readNotices(doc, { value: null, status: 'unavailable' }), 'private browsing'],
    [
      'trimmed',
      writeNotices(doc, { trimmed: true }),
      'removed the answers of your oldest attempts',
    ],
    [
      'not saved',
      writeNotices(doc, { trimmed: false, error: 'quota' }),
      'Storage in this browser is full, so Passage could not save your settings. Everything saved before is safe, and this is kept until you close this tab: download a backup now.',
    ],
    [
      // A backup has no quiz half-way through: telling the student to download one, as for the
      // rest, would have them close the tab believing the quiz was kept.
      'a quiz in progress not saved',
      writeNotices(
        { key: 'passage:quiz-in-progress', label: 'quiz in progress' },
        { trimmed: false, error: 'quota' },
      ),
      'Storage in this browser is full, so Passage could not save your quiz in progress. Everything saved before is safe, and this is kept until you close this tab. Finish the quiz in this tab, then download a backup: it holds the result.',
    ],
    [
      'saved after all',
      [{ id: 'saved', kind: 'saved' as const }],
      'Your result is saved now: there was room in this browser’s storage again.',
    ],
  ])('%s', (_what, notices, words) => {
    expect(notices).toHaveLength(1)
    expect(noticeText(notices[0]!)).toContain(words)
  })

  it('says nothing was reset when saved settings only had names Passage does not know', () => {
    const own = { ...defaultSettings(), theme: 'dark', textSize: 150 }
    const text = JSON.stringify({ ...own, colour: 'teal', ['x'.repeat(300)]: 1 })
    const [setAside] = readNotices(doc, {
      value: own,
      status: 'quarantined',
      reason: 'it has fields Passage does not know: colour, …',
      salvaged: true,
    })
    const words = noticeText(setAside!, () => text)
    expect(words).toBe(
      'Your saved settings had something in them Passage does not recognise, which it ignored; ' +
        'nothing was reset, and every setting you chose is kept. ' +
        'Passage set the original copy aside: download it to keep a copy, or discard it.',
    )
    expect(words).not.toMatch(/default|could not be read/)
    // One setting that did not read is still named as gone back to its default.
    const broken = JSON.stringify({ ...own, colour: 'teal', theme: 'plaid' })
    expect(noticeText(setAside!, () => broken)).toContain(
      'Your saved setting “Colours” could not be read, so it went back to its default',
    )
  })

  it.each([
    ['reviews', 'the damaged copy'],
    ['progress', 'it'],
    ['quiz in progress', 'it'],
  ])('says what of your saved %s was set aside: “%s”', (label, pronoun) => {
    const spec = { key: `passage:${label}`, label }
    const [aside] = readNotices(spec, { value: null, status: 'quarantined', reason: 'not JSON' })
    expect(noticeText(aside!)).toBe(
      `Your saved ${label} could not be read, so Passage set ${pronoun} aside and started fresh. Download it to keep a copy, or discard it.`,
    )
    const [full] = readNotices(spec, {
      value: null,
      status: 'quarantined',
      reason: 'not JSON',
      quarantineStored: false,
    })
    expect(noticeText(full!)).toContain(`too full to set ${pronoun} aside. It is kept until`)
  })

  it('names the sets whose quiz in progress was set aside, by title, by id, or counted', () => {
    const quiz = { key: 'passage:quiz-in-progress', label: 'quiz in progress' }
    const lost = (setId: string) => ({ setId, attemptId: null, reason: `sessions.${setId} x` })
    const aside = (ids: string[], quarantineStored = true) =>
      readNotices(quiz, {
        value: null,
        status: 'quarantined',
        reason: 'x',
        salvaged: true,
        quarantineStored,
        lost: ids.map(lost),
      })[0]!
    const title = (id: string) => (id === 'a/b' ? 'Who said what' : undefined)
    expect(noticeText(aside(['a/b', 'c/d']), undefined, title)).toBe(
      'Your quizzes in progress of “Who said what” and set “c/d” could not be read, so they cannot be continued; your quizzes in progress of other sets are kept. Passage set the damaged copy aside: download it to keep a copy, or discard it.',
    )
    expect(noticeText(aside(['a/b', 'c/d', '', 'e/f', 'g/h'], false), undefined, title)).toBe(
      'Your quizzes in progress of “Who said what”, set “c/d”, a set whose name cannot be read and 2 other sets could not be read, so they cannot be continued; your quizzes in progress of other sets are kept. Storage is too full to set the damaged copy aside: download it, or discard it so Passage can save your quizzes in progress again.',
    )
    expect(noticeDetail(aside(['a/b', 'c/d', 'e/f', 'g/h']))).toBe(
      'Passage found that sessions.a/b x. Passage found that sessions.c/d x. Passage found that sessions.e/f x. And 1 more.',
    )
  })

  it('keeps what was wrong with a set-aside document out of the sentence, for a folded detail', () => {
    const [setAside] = readNotices(doc, {
      value: null,
      status: 'quarantined',
      reason: 'it is not valid JSON (Unexpected token } in JSON at position 5)',
    })
    expect(noticeText(setAside!)).not.toContain('JSON')
    expect(noticeDetail(setAside!)).toBe(
      'Passage found that it is not valid JSON (Unexpected token } in JSON at position 5).',
    )
    const [full] = writeNotices(doc, { trimmed: false, error: 'quota' })
    expect(noticeDetail(full!)).toBeNull()
  })

  it.each([
    [
      'version 0: attempts[0].total is out of range: it must be at most 100000',
      'a number out of range in one of your attempts (version 0: attempts[0].total is out of range: it must be at most 100000)',
    ],
    [
      'sets.assad-sochi-2018/who-said-what.attempts.a1 is not in the expected format',
      'something not written the way Passage writes it in one of your attempts (sets.assad-sochi-2018/who-said-what.attempts.a1 is not in the expected format)',
    ],
    [
      'sets.assad-sochi-2018/who-said-what has unknown fields notes',
      'something Passage does not write in the record of one question set (sets.assad-sochi-2018/who-said-what has unknown fields notes)',
    ],
    [
      'cards.assad-sochi-2018/who-said-what.q1 has an impossible stability',
      'that cards.assad-sochi-2018/who-said-what.q1 has an impossible stability',
    ],
    [
      'zones is too long: at most 64',
      'a list or a text that is too long in the record of the time zones you answered in (zones is too long: at most 64)',
    ],
    [
      'session.startedAt should be int',
      'a value missing or of the wrong kind in the review under way (session.startedAt should be int)',
    ],
    [
      'bank.passMark is out of range: it must be at most 100',
      'a number out of range in the saved copy (bank.passMark is out of range: it must be at most 100)',
    ],
  ])('says what was wrong with %j in words first, the path for whoever helps', (reason, words) => {
    const [setAside] = readNotices(doc, { value: null, status: 'quarantined', reason })
    expect(noticeDetail(setAside!)).toBe(`Passage found ${words}.`)
  })

  it.each([
    ['newPerDay is out of range: it must be at most 9999', 'Questions joining your reviews a day'],
    ['theme must be "system" or "light" or "dark"', 'Colours'],
    ['timerSec should be number', 'Time limit for a quiz'],
  ])('names the setting %j as its control is labelled', (reason, label) => {
    const [setAside] = readNotices(doc, { value: null, status: 'quarantined', reason })
    expect(noticeDetail(setAside!)).toMatch(
      new RegExp(`^Passage found a [^(]+ in the setting “${label}” \\(${reason}\\)\\.$`),
    )
  })

  it('names a setting only in the settings: a quiz in progress has a mode of its own', () => {
    const quiz = { key: 'passage:quiz-in-progress', label: 'quiz in progress' }
    const reason = 'mode must be "practice" or "test"'
    const [setAside] = readNotices(quiz, { value: null, status: 'quarantined', reason })
    expect(noticeDetail(setAside!)).toBe(
      `Passage found a value Passage does not allow in the saved copy (${reason}).`,
    )
  })

  it('shows a full storage once: every document it could not save, and what it trimmed to make room', () => {
    const full = (key: string, label: string) =>
      writeNotices({ key, label }, { trimmed: false, error: 'quota' })
    const notices = [
      ...writeNotices({ key: 'passage:progress', label: 'progress' }, { trimmed: true }),
      ...full('passage:review', 'reviews'),
      ...full('passage:settings', 'settings'),
      ...readNotices(doc, { value: null, status: 'migrated', migratedFrom: 1 }),
    ]
    const shown = shownNotices(notices)
    expect(shown.map((n) => n.text)).toEqual([
      'Storage in this browser is full, so Passage could not save your reviews and settings. Everything saved before is safe, and these are kept until you close this tab: download a backup now. To make room it has already removed the answers of your oldest attempts (every score is kept).',
      'Passage updated your settings from an older version (version 1); nothing was lost.',
    ])
    expect(shown[0]!.ids).toHaveLength(3)
    // Trimmed alone, it says so on its own.
    expect(shownNotices(notices.slice(0, 1)).map((n) => n.text)).toEqual([noticeText(notices[0]!)])
  })
  it('speaks of reviews and questions, as the review pages do, never of cards', () => {
    const trimmed = writeNotices(reviewSpec, { trimmed: true }).map((n) => ({ ...n, review: true }))
    const said = [
      ...readNotices(reviewSpec, { value: null, status: 'quarantined', reason: 'not JSON' }),
      ...readNotices(reviewSpec, { value: null, status: 'newer', version: 9 }),
      ...readNotices(reviewSpec, { value: null, status: 'migrated', migratedFrom: 1 }),
      ...trimmed,
    ].map((n) => noticeText(n))
    expect(said).toEqual([
      'Your saved reviews could not be read, so Passage set the damaged copy aside and started fresh. Download it to keep a copy, or discard it.',
      'A newer Passage saved your reviews, so this older page saves nothing over what it saved. Reload to bring this page up to date.',
      'Passage updated your reviews from an older version (version 1); nothing was lost.',
      'Storage is full, so Passage shortened your oldest review history; every question keeps its schedule. Download a backup of your progress to be safe.',
    ])
    const full = writeNotices(reviewSpec, { trimmed: false, error: 'quota' })
    expect(shownNotices([...trimmed, ...full]).map((n) => n.text)).toEqual([
      'Storage in this browser is full, so Passage could not save your reviews. Everything saved before is safe, and this is kept until you close this tab: download a backup now. To make room it has already shortened your oldest review history (every question keeps its schedule).',
    ])
  })
})
