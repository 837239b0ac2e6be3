import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { unzipSync, strFromU8 } from 'fflate'
import { quizBank, right, wrong } from '../quiz/bank.ts'
import { passage } from '../../fixtures/banks.ts'
import {
  cmiNumber,
  cmiResult,
  cmiText,
  cmiTimespan,
  embeddedJson,
  finishedValues,
  keptScore,
  manifestId,
  readLaunch,
  playerPage,
  scormFiles,
  scormManifest,
  SET_MARKER,
  xmlText,
  type ScormAnswer,
} from '../../../src/domain/interop/scorm.ts'
import { zipFiles } from '../../../src/domain/interop/scorm-zip.ts'
import { percentOf } from '../../../src/domain/quiz/marks.ts'
import { blankDraft } from '../../../src/domain/studio/draft.ts'
import { validateDraft } from '../../../src/domain/studio/validate.ts'
import { gradeQuestion } from '../../../src/domain/grading/registry.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import type { Question } from '../../../src/domain/bank/schema.ts'

const bank = quizBank()
const TEMPLATE = `<!doctype html><html><head><title>Passage</title></head><body>${SET_MARKER}</body></html>`

describe('the SCORM 1.2 manifest', () => {
  /** The mastery score the manifest gives a set passed at `passMark`. */
  const mastery = (passMark: number) =>
    Number(
      /<adlcp:masteryscore>(.*)<\/adlcp:masteryscore>/.exec(
        scormManifest({ ...bank, passMark }, ['index.html']),
      )?.[1],
    )
  /**
   * A score of `share` of `max` marks, to the half mark: whether Passage passed it, and whether an
   * LMS comparing its score.raw (the whole percent the results show) with the mastery score would.
   */
  const verdicts = (passMark: number, max: number, share: number) => {
    const score = Math.round(share * max * 2) / 2
    return {
      passed: score / max + 1e-9 >= passMark,
      lmsPassed: percentOf(score, max, passMark) >= mastery(passMark),
    }
  }
  /**
   * At every pass mark from `from` to `to` ten-thousandths, an LMS passes no score Passage failed
   * (out of 1–400 marks); `example` is [pass mark, marks, share] that once broke it.
   */
  const lmsNeverPassesAFail = (from: number, to: number, example: [number, number, number]) =>
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: to }),
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mark, max, share) => {
          const { passed, lmsPassed } = verdicts(mark / 10000, max, share)
          if (lmsPassed) expect(passed).toBe(true)
        },
      ),
      { examples: [example] },
    )

  it('names the package, its one SCO, the mastery score and every file', () => {
    const xml = scormManifest(bank, ['index.html'])
    expect(xml).toContain('<schemaversion>1.2</schemaversion>')
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>')
    expect(xml).toContain(
      '<resource identifier="passage-assad-sochi-2018--quiz-tests-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">',
    )
    expect(xml).toContain('<file href="index.html"/>')
  })

  it('writes the mastery score as the whole percent a pass shows, so the LMS passes what Passage passed', () => {
    // It read 66.7: a decimal that an LMS keeping whole numbers reads as 66, where a fail shows 66.
    expect([mastery(2 / 3), mastery(0.667), mastery(0.7), mastery(0), mastery(1)]).toEqual([
      67, 67, 70, 0, 100,
    ])
    // The LMS compares score.raw (the whole percent the results page shows) with it. Over 99 % no
    // whole percent tells a pass from a fail short of full marks, which alone shows 100; over 0 and
    // up to 1 %, a pass from a fail over none, which shows 1 at least (the studio refuses both).
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.integer({ min: 11, max: 990 })),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mark, max, share) => {
          const passMark = mark / 1000
          const { passed, lmsPassed } = verdicts(passMark, max, share)
          expect(lmsPassed).toBe(passed)
        },
      ),
    )
  })

  it('never lets an LMS pass what Passage failed at a pass mark over 99 % saved before the studio refused one', () => {
    // A set saved or shipped at 99.5 % still opens and exports. Its mastery score was 99, and an
    // LMS passed 198.5 of 200 marks (99.25 %, shown 99 %) that Passage failed. Rounded up to 100,
    // the LMS passes full marks only: a pass at 99.75 % is a fail there, never the other way.
    expect([mastery(0.995), mastery(0.9901), mastery(0.9999)]).toEqual([100, 100, 100])
    lmsNeverPassesAFail(9901, 9999, [9950, 200, 0.9925])
  })

  it('never lets an LMS pass what Passage failed at a pass mark of 1 % or less saved before the studio refused one', () => {
    // Its mastery score was 1, and an LMS passed 0.5 of 200 marks (0.25 %, shown 1 %) that
    // Passage failed at 1 %. At 2 a pass under 1.5 % is a fail there, never the other way.
    expect([mastery(0.01), mastery(0.005), mastery(0.0001), mastery(0), mastery(0.011)]).toEqual([
      2, 2, 2, 0, 2,
    ])
    lmsNeverPassesAFail(1, 100, [100, 200, 0.0025])
  })

  it('is given by the studio only a pass mark whose mastery score passes in an LMS what Passage passed', () => {
    const article = passage()
    // The pass mark a teacher types in the studio, in tenths of a per cent, read by its check.
    const taken = (tenths: number) => {
      const { errors, bank } = validateDraft(
        { ...blankDraft(article.id), passMark: String(tenths / 10) },
        article,
      )
      return errors.some((e) => e.field === 'passMark') ? null : (bank?.passMark ?? tenths / 1000)
    }
    // Over 99 % and under 100 % every score short of full marks shows 99 %, a pass or a fail: at
    // 99.5 % the mastery score was 99, and an LMS passed 198.5 of 200 marks (99.25 %) that Passage
    // failed, showing both 99 %.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (tenths, max, share) => {
          const passMark = taken(tenths)
          if (passMark === null) return
          const { passed, lmsPassed } = verdicts(passMark, max, share)
          expect(lmsPassed).toBe(passed)
        },
      ),
      // At 1 % the mastery score was 1, and an LMS passed 0.5 of 200 marks that Passage failed.
      {
        examples: [
          [995, 200, 0.9925],
          [10, 200, 0.0025],
        ],
      },
    )
    expect([taken(0), taken(10), taken(15), taken(990), taken(1000)]).toEqual([
      0,
      null,
      0.015,
      0.99,
      1,
    ])
  })

  it('names where validators find its schemas, without putting them in the package', () => {
    const xml = scormManifest(bank, ['index.html'])
    expect(xml).toContain('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
    expect(xml).toContain(
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    )
  })

  it('escapes the title as XML and makes ids that XML accepts', () => {
    const xml = scormManifest({ ...bank, title: 'Tom & Jerry <"quoted">' }, ['index.html'])
    expect(xml).toContain('<title>Tom &amp; Jerry &lt;&quot;quoted&quot;&gt;</title>')
    expect(manifestId('a-b/c-d')).toMatch(/^[A-Za-z_][\w.-]*$/)
  })

  it('keeps a long title to the 200 characters an LMS must keep, cut between whole characters', () => {
    const long = `${'Who said what in Sochi '.repeat(9).slice(0, 198)}🇸🇾 and after\n(part 2)`
    const xml = scormManifest({ ...bank, title: long }, ['index.html'])
    const titles = [...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? '')
    expect(titles).toHaveLength(2)
    for (const t of titles) {
      expect(Array.from(t)).toHaveLength(200)
      expect(t.endsWith('🇸…')).toBe(true)
      expect(t).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      )
    }
    // Cut after a word: no space before the "…".
    const spaced = `${'a'.repeat(198)} and after`
    expect(scormManifest({ ...bank, title: spaced }, ['index.html'])).toContain(
      `<title>${'a'.repeat(198)}…</title>`,
    )
    expect(scormManifest({ ...bank, title: 'Two\nlines' }, ['index.html'])).toContain(
      '<title>Two lines</title>',
    )
    expect(xmlText('half \uD83C of a flag')).toBe('half  of a flag')
  })
})

describe('the player page', () => {
  it('carries the set where no text in it can end the script element', () => {
    const hostile = { ...bank, title: '</script><script>alert(1)</script><!--' }
    const page = playerPage(TEMPLATE, { bank: hostile, passage: passage() })
    expect(page.match(/<\/script>/g)).toHaveLength(1)
    expect(page).not.toContain('<!--')
    expect(page).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>',
    )
    const json = /<script type="application\/json" id="passage-scorm-set">(.*)<\/script>/s.exec(
      page,
    )?.[1]
    expect(JSON.parse(json!)).toEqual({ bank: hostile, passage: passage() })
    expect(embeddedJson('a\u2028b')).toBe('"a\\u2028b"')
  })

  it('refuses a page with no place for the set', () => {
    expect(() => playerPage('<html></html>', { bank, passage: passage() })).toThrow(/no place/)
  })

  it('zips the manifest and the page, the same bytes every time', () => {
    const files = scormFiles(TEMPLATE, { bank, passage: passage() })
    const zip = zipFiles(files)
    expect(zipFiles(files)).toEqual(zip)
    const back = unzipSync(zip)
    expect(Object.keys(back).sort()).toEqual(['imsmanifest.xml', 'index.html'])
    expect(strFromU8(back['imsmanifest.xml']!)).toBe(files['imsmanifest.xml'])
  })
})

describe('the values a finished quiz reports', () => {
  it.each([
    [0, '0000:00:00.00'],
    [61_234, '0000:01:01.23'],
    [3_600_000 * 27 + 5_000, '0027:00:05.00'],
  ])('%i ms is the CMITimespan %s', (ms, text) => {
    expect(cmiTimespan(ms)).toBe(text)
  })

  it.each([
    [1, 1, 'correct'],
    [0, 1, 'wrong'],
    [0.5, 1, '0.5'],
    [1 / 3, 1, '0.33'],
  ])('a score of %d of %d is the result %s', (score, max, result) => {
    expect(cmiResult(score, max)).toBe(result)
  })

  function answers(responses: Record<string, AnyResponse>): ScormAnswer[] {
    return bank.questions.map((question) => {
      const r = responses[question.id]
      const graded = gradeQuestion(question, r as AnyResponse, 'en')
      return { question, response: r, words: '', score: graded.score, max: 1, timeMs: 12_340 }
    })
  }

  it('sets the score, the status, one interaction per question, the time and the exit', () => {
    const values = new Map(
      finishedValues(answers(right), { score: 7, max: 7, passed: true }, 95_000, 3, 'en'),
    )
    expect(values.get('cmi.core.score.raw')).toBe('100')
    expect(values.get('cmi.core.lesson_status')).toBe('passed')
    expect(values.get('cmi.core.session_time')).toBe('0000:01:35.00')
    expect(values.get('cmi.core.exit')).toBe('')
    // Numbered after the 3 interactions the LMS already held.
    expect(values.get('cmi.interactions.3.id')).toBe('who')
    expect(values.has('cmi.interactions.2.id')).toBe(false)
    const rows = bank.questions.map((q, i) => {
      const at = `cmi.interactions.${i + 3}`
      return [
        values.get(`${at}.id`),
        values.get(`${at}.type`),
        values.get(`${at}.student_response`),
        values.get(`${at}.correct_responses.0.pattern`),
        values.get(`${at}.result`),
        values.get(`${at}.latency`),
      ]
    })
    expect(rows).toEqual([
      ['who', 'choice', 'a', 'a', 'correct', '0000:00:12.34'],
      ['critics', 'choice', 'a,b,d', 'a,b,d', 'correct', '0000:00:12.34'],
      ['announced', 'true-false', 'f', 'f', 'correct', '0000:00:12.34'],
      ['year', 'numeric', '2015', '2015', 'correct', '0000:00:12.34'],
      ['spokesman', 'fill-in', 'peskov', 'Dmitry Peskov', 'correct', '0000:00:12.34'],
      ['visits', 'sequencing', 'a,b,c', 'a,b,c', 'correct', '0000:00:12.34'],
      ['quotes', 'matching', 'a.a,b.b', 'a.a,b.b', 'correct', '0000:00:12.34'],
    ])
    expect(values.get('cmi.interactions.7.correct_responses.1.pattern')).toBe('Peskov')
  })

  it('reports wrong answers, partial credit and a fail', () => {
    const values = new Map(
      finishedValues(answers(wrong), { score: 1 / 3, max: 7, passed: false }, 1000, 0, 'en'),
    )
    // 1/3 of 7 marks is 4.76 %: the whole percent the results page shows.
    expect(values.get('cmi.core.score.raw')).toBe('5')
    expect(values.get('cmi.core.lesson_status')).toBe('failed')
    expect(values.get('cmi.interactions.0.student_response')).toBe('b')
    expect(values.get('cmi.interactions.0.result')).toBe('wrong')
    expect(values.get('cmi.interactions.5.result')).toBe('0.33')
  })

  it('never sends a failed score at the mastery score, which an LMS would take for a pass', () => {
    // 4.87 of 7 is 69.6 %: 70 to the nearest, but it failed a 70 % pass mark.
    const total = { score: 4.87, max: 7, passed: false, passMark: 0.7 }
    const values = new Map(finishedValues(answers(wrong), total, 1000, 0, 'en'))
    expect(values.get('cmi.core.score.raw')).toBe('69')
    expect(values.get('cmi.core.lesson_status')).toBe('failed')
    const passed = new Map(
      finishedValues(answers(right), { ...total, score: 4.9, passed: true }, 1000, 0, 'en'),
    )
    expect(passed.get('cmi.core.score.raw')).toBe('70')
  })

  function valuesOf(responses: Record<string, AnyResponse>, unanswered: string[] = []) {
    const list = answers(responses).map((a) =>
      unanswered.includes(a.question.id) ? { ...a, response: undefined, words: '', score: 0 } : a,
    )
    return new Map(finishedValues(list, { score: 1, max: 7, passed: false }, 0, 0, 'en'))
  }

  it('sends an empty response for a question left unanswered, never the words "Left blank"', () => {
    const values = valuesOf(right, ['who', 'spokesman', 'quotes'])
    expect(values.get('cmi.interactions.0.student_response')).toBe('')
    expect(values.get('cmi.interactions.4.student_response')).toBe('')
    expect(values.get('cmi.interactions.6.student_response')).toBe('')
    expect(values.get('cmi.interactions.0.result')).toBe('wrong')
  })

  it('gives an LMS the plain spellings a short answer accepts, never the [optional] syntax', () => {
    const website = {
      ...bank.questions[4]!,
      id: 'website',
      accepted: ["Kremlin's [official] website", 'kremlin.ru'],
    } as Question
    const values = new Map(
      finishedValues(
        [{ question: website, response: 'kremlin.ru', words: '', score: 1, max: 1, timeMs: 0 }],
        { score: 1, max: 1, passed: true },
        0,
        0,
        'en',
      ),
    )
    const patterns = [0, 1, 2, 3].map((k) =>
      values.get(`cmi.interactions.0.correct_responses.${k}.pattern`),
    )
    expect(patterns).toEqual([
      "Kremlin's official website",
      'kremlin.ru',
      "Kremlin's website",
      undefined,
    ])
  })

  it('sends values a strict SCORM 1.2 LMS accepts: lengths, numbers, ids', () => {
    const long = { ...bank.questions[4]!, accepted: ['z'.repeat(300), 'Peskov'] } as Question
    const values = new Map(
      finishedValues(
        [
          {
            question: long,
            response: `${'é'.repeat(254)}😀`,
            words: '',
            score: 0,
            max: 1,
            timeMs: 0,
          },
        ],
        { score: 0, max: 1, passed: false },
        0,
        0,
        'en',
      ),
    )
    // A right response cut short would match nothing: it is left out, not cut.
    expect(values.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('Peskov')
    // 255 characters at most, and never half of an emoji.
    expect(values.get('cmi.interactions.0.student_response')).toBe('é'.repeat(254))
    expect(cmiText('a😀', 2)).toBe('a')
    expect([1e21, 0.1 + 0.2, -0.5, 2015, Number.NaN].map(cmiNumber)).toEqual([
      '1000000000000000000000',
      '0.3',
      '-0.5',
      '2015',
      '',
    ])
    for (const [element, value] of valuesOf(wrong)) {
      if (/student_response|pattern/.test(element)) expect(value.length, element).toBeLessThan(256)
      if (element.endsWith('.id')) expect(value, element).toMatch(/^[\u0021-\u007E]{1,255}$/)
    }
  })

  it('clears the quiz in progress it kept in the LMS', () => {
    expect(valuesOf(right).get('cmi.suspend_data')).toBe('')
  })
})

describe('a launch after an earlier result', () => {
  const launchOf = (cmi: Record<string, string>) => readLaunch((e) => cmi[e] ?? '')

  it('reads the earlier result, the entry, the mode and the credit', () => {
    expect(
      launchOf({
        'cmi.core.lesson_status': 'passed',
        'cmi.core.score.raw': '82.35',
        'cmi.core.entry': '',
        'cmi.core.lesson_mode': 'normal',
        'cmi.core.credit': 'credit',
      }),
    ).toMatchObject({
      entry: '',
      records: true,
      earlier: { status: 'passed', percent: 82.35 },
    })
    expect(launchOf({ 'cmi.core.lesson_status': 'not attempted' }).earlier).toBeNull()
    expect(
      launchOf({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': 'x' }).earlier,
    ).toEqual({ status: 'failed', percent: null })
  })

  it.each([
    ['review', 'credit', false],
    ['browse', 'credit', false],
    ['normal', 'no-credit', false],
    ['normal', 'credit', true],
    ['', '', true],
  ])(
    'records nothing in mode "%s" with credit "%s" unless normal and credited',
    (mode, credit, records) => {
      expect(launchOf({ 'cmi.core.lesson_mode': mode, 'cmi.core.credit': credit }).records).toBe(
        records,
      )
    },
  )

  it.each([
    // earlier, now → written
    [null, 60, false, { raw: '60', status: 'failed' }],
    [{ status: 'passed', percent: 90 }, 55, false, { raw: undefined, status: undefined }],
    [{ status: 'passed', percent: 90 }, 95, true, { raw: '95', status: 'passed' }],
    [{ status: 'failed', percent: 60 }, 50, false, { raw: undefined, status: 'failed' }],
    [{ status: 'failed', percent: 60 }, 80, true, { raw: '80', status: 'passed' }],
    [{ status: 'completed', percent: null }, 40, false, { raw: '40', status: undefined }],
  ] as const)('keeps the better score: earlier %o, now %d', (earlier, percent, passed, want) => {
    const out = new Map(keptScore(percent, passed, earlier))
    expect({
      raw: out.get('cmi.core.score.raw'),
      status: out.get('cmi.core.lesson_status'),
    }).toEqual(want)
  })
})
