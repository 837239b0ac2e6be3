import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Question } from '../../../src/domain/bank/schema.ts'
import { NO_ANSWER } from '../../../src/domain/grading/result.ts'
import { describeResponse, gradeQuestion } from '../../../src/domain/grading/registry.ts'
import type { AnyResponse } from '../../../src/domain/grading/types.ts'
import { contradiction, responseFromWords } from '../../../src/domain/classroom/trust.ts'
import { collectClass } from '../../../src/domain/classroom/collect.ts'
import { readHandIn, type HandIn } from '../../../src/domain/classroom/handin.ts'
import {
  makeResults,
  resultsText,
  type ResultAttempt,
} from '../../../src/domain/interop/results.ts'
import { played } from '../../fixtures/attempts.ts'
import { classAnswers, classBank } from '../../fixtures/classroom/six-students.ts'
import { questions, quizBank, right, wrong } from '../quiz/bank.ts'

const NOW = new Date(Date.UTC(2024, 4, 20))
const bankOf = (id: string) => (id === classBank.id ? classBank : undefined)

/** Any response a student could give to `q`, blank ones included. */
function responseOf(q: Question): fc.Arbitrary<AnyResponse> {
  switch (q.type) {
    case 'single':
      return fc.constantFrom(null, ...q.choices)
    case 'multiple':
      return fc.subarray(q.choices)
    case 'truefalse':
      return fc.constantFrom(null, true, false)
    case 'ordering':
      return fc.oneof(
        fc.constant<string[]>([]),
        fc.shuffledSubarray(q.items, { minLength: q.items.length }),
      )
    case 'matching':
      return fc.record(
        Object.fromEntries(
          q.pairs.map((p) => [p.left, fc.constantFrom('', ...q.pairs.map((x) => x.right))]),
        ),
      )
    case 'numeric':
      return fc.oneof(
        fc.constantFrom('2015', ' 2,015 ', '2015.0', '2014', 'about 2015', ''),
        fc.string({ maxLength: 8 }),
      )
    case 'short':
      return fc.oneof(
        fc.constantFrom('Peskov', ' dmitry  peskov ', 'Peskow', 'Putin', ''),
        fc.string({ maxLength: 12 }),
      )
  }
}

/** The attempt of a student in the six-student class, as their results file carries it. */
function handedIn(name: string, id = 'a1'): ResultAttempt {
  const attempt = played(classBank, classAnswers[name]!, { id })
  return makeResults(name, [attempt], bankOf, 't', NOW).attempts[0]!
}

/** Ben's attempt with question `qid` raised to full marks by hand, and the totals to match. */
function raised(a: ResultAttempt, qid: string): ResultAttempt {
  const answers = a.answers.map((x) =>
    x.questionId === qid ? { ...x, score: 1, correct: true } : x,
  )
  const score = answers.reduce((s, x) => s + x.score, 0)
  return { ...a, answers, score, passed: score / a.max >= 0.6 }
}

describe('answers read back from their words', () => {
  it('mark as the response they describe, for every type', () => {
    const all = Object.values(questions) as Question[]
    fc.assert(
      fc.property(
        fc.constantFrom(...all).chain((q) => fc.tuple(fc.constant(q), responseOf(q))),
        ([q, r]) => {
          const words = describeResponse(q, r)
          if (words === NO_ANSWER) return
          const back = responseFromWords(q, words)
          expect(back).toBeDefined()
          expect(gradeQuestion(q, back!, 'en').score).toBe(gradeQuestion(q, r, 'en').score)
        },
      ),
    )
  })

  it('are none for words no response of the question gives, and never throw', () => {
    const all = Object.values(questions) as Question[]
    expect(responseFromWords(questions.who, 'Lavrov')).toBeUndefined()
    expect(responseFromWords(questions.announced, 'Maybe')).toBeUndefined()
    // Ticked choices are written in the question's order.
    expect(responseFromWords(questions.critics, 'Iran; Syria')).toBeUndefined()
    expect(responseFromWords(questions.quotes, 'quote B → Putin; quote A → Assad')).toBeUndefined()
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.string({ maxLength: 40 }), (q, words) => {
        const back = responseFromWords(q, words)
        if (back !== undefined) expect(describeResponse(q, back)).toBe(words)
      }),
    )
  })
})

describe('an attempt whose marks contradict its answers', () => {
  it('is none for every honest file of the class', () => {
    for (const name of Object.keys(classAnswers)) {
      expect(contradiction(handedIn(name), classBank)).toBeNull()
    }
  })

  it('names the question, the answer given and the right one when a mark was raised by hand', () => {
    // Ben typed "Putin" for the spokesman: 0 marks, raised to 1.
    expect(contradiction(raised(handedIn('Ben'), 'q4'), classBank)).toBe(
      'question 4 (“Who is the spokesman?”): the file says the answer “Putin” is right, ' +
        "but the set's answer is “Peskov”",
    )
    // A long question is quoted in part, cut after a word with no space before the "…".
    const prompt = 'Who is the spokesman who told the press in Moscow about it all, on the day?'
    const long = {
      ...classBank,
      questions: classBank.questions.map((q) => (q.id === 'q4' ? { ...q, prompt } : q)),
    }
    expect(contradiction(raised(handedIn('Ben'), 'q4'), long)).toMatch(
      /^question 4 \(“Who is the spokesman who told the press in Moscow about it…”\)/,
    )
    // Dev's half mark on the multiple choice, raised to a whole one.
    expect(contradiction(raised(handedIn('Dev'), 'q5'), classBank)).toMatch(
      /^question 5 .*“Syria” is right/,
    )
  })

  it('says a pass under the pass mark, or a fail over it, whatever the answers', () => {
    const eli = handedIn('Eli') // 40 %, pass mark 60 %
    expect(contradiction({ ...eli, passed: true })).toBe(
      'the file says it passed with 40%, under the pass mark of 60%',
    )
    const ana = handedIn('Ana') // 80 %
    expect(contradiction({ ...ana, passed: false })).toBe(
      'the file says it did not pass with 80%, at or over the pass mark of 60%',
    )
    expect(contradiction({ ...ana, passed: null })).toBeNull()
  })

  it('believes a mark below what the answer earns, and an answer the student marked right', () => {
    const ben = handedIn('Ben')
    const lowered = ben.answers.map((x) => (x.questionId === 'q1' ? { ...x, score: 0.5 } : x))
    expect(
      contradiction({ ...ben, answers: lowered, score: ben.score - 0.5, passed: false }, classBank),
    ).toBeNull()
    const claimed = raised(ben, 'q4')
    const marked = claimed.answers.map((x) =>
      x.questionId === 'q4' ? { ...x, markedRight: true } : x,
    )
    expect(contradiction({ ...claimed, answers: marked }, classBank)).toBeNull()
  })

  it('reads a typed number in any usual locale before calling its mark wrong', () => {
    const bank = quizBank(['year'])
    const numberFile = (typed: string) => {
      const attempt = played(bank, { year: typed }, { id: 'n1' })
      const a = makeResults('Nina', [attempt], () => bank, 't', NOW).attempts[0]!
      const answers = a.answers.map((x) => ({ ...x, score: 1, correct: true }))
      return { ...a, answers, score: 1, passed: true }
    }
    // "2.015" is 2015 where the point groups thousands (German), so a right answer there.
    expect(contradiction(numberFile('2.015'), bank)).toBeNull()
    expect(contradiction(numberFile(right.year), bank)).toBeNull()
    expect(contradiction(numberFile(wrong.year), bank)).toMatch(/“2014” is right/)
  })
})

describe('the class report over edited files', () => {
  const read = (file: string, text: string): HandIn => {
    const r = readHandIn(file, text, bankOf)
    if (!r.ok) throw new Error(`${file}: ${r.reason}`)
    return r.handIn
  }
  const fileOf = (a: ResultAttempt) => {
    const doc = makeResults('Ben', [], bankOf, 't', NOW)
    return resultsText({ ...doc, attempts: [a] })
  }

  it('counts the honest copy of an attempt and names the edited one, in either order', () => {
    const honest = read('ben.json', fileOf(handedIn('Ben')))
    const edited = read('ben-2.json', fileOf(raised(handedIn('Ben'), 'q4')))
    for (const files of [
      [honest, edited],
      [edited, honest],
    ]) {
      const data = collectClass(files, bankOf)
      expect(data.groups[0]?.attempts.map((a) => a.score)).toEqual([3])
      expect(data.refused).toEqual([
        expect.objectContaining({ student: 'Ben', file: 'ben-2.json', setTitle: 'Class check' }),
      ])
      expect(data.refused[0]?.reason).toMatch(/^question 4 /)
      expect(data.duplicates).toBe(0)
      expect(data.disagreeing).toEqual([])
    }
  })

  it('names the files when two believable copies of one attempt differ', () => {
    const ben = handedIn('Ben')
    // Times are not compared: a copy that differs only there agrees; a lower mark does not.
    const slower = { ...ben, answers: ben.answers.map((x) => ({ ...x, seconds: x.seconds + 5 })) }
    const lowered = {
      ...ben,
      score: ben.score - 1,
      passed: false,
      answers: ben.answers.map((x) =>
        x.questionId === 'q1' ? { ...x, score: 0, correct: false } : x,
      ),
    }
    const data = collectClass(
      [
        read('a.json', fileOf(ben)),
        read('b.json', fileOf(slower)),
        read('c.json', fileOf(lowered)),
      ],
      bankOf,
    )
    expect(data.refused).toEqual([])
    expect(data.duplicates).toBe(2)
    expect(data.disagreeing).toEqual([
      {
        student: 'Ben',
        setTitle: 'Class check',
        finishedAt: ben.finishedAt,
        files: ['a.json', 'b.json', 'c.json'],
      },
    ])
  })

  it('tells copies apart by an answer both give in words, never by one whose words a copy lacks', () => {
    const ben = handedIn('Ben')
    const wordless = { ...ben, answers: ben.answers.map((x) => ({ ...x, response: null })) }
    const alike = collectClass(
      [read('a.json', fileOf(ben)), read('b.json', fileOf(wordless))],
      bankOf,
    )
    expect(alike.duplicates).toBe(1)
    expect(alike.disagreeing).toEqual([])
    const retold = {
      ...ben,
      answers: ben.answers.map((x, i) => (i === 0 ? { ...x, response: 'Somebody else' } : x)),
    }
    const told = collectClass([read('a.json', fileOf(ben)), read('c.json', fileOf(retold))], bankOf)
    expect(told.disagreeing.map((d) => d.files)).toEqual([['a.json', 'c.json']])
  })
})
