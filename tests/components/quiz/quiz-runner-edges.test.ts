/**
 * Rough edges found by playing the quiz in a browser: each test is the student's path that once
 * went wrong, on the real stores and the runner on screen.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuizRunner from '../../../src/components/quiz/QuizRunner.vue'
import { entryOf } from '../../../src/domain/quiz/session.ts'
import { patchEntry } from '../../../src/domain/quiz/steps.ts'
import { useBanksStore } from '../../../src/stores/banks.ts'
import { useQuizStore } from '../../../src/stores/quiz.ts'
import { useAnnouncer } from '../../../src/composables/aria.ts'
import {
  BANK_FILE,
  PASSAGE_FILE,
  bank,
  json,
  passage,
  matching as match,
  single as pickOfTwo,
} from '../../fixtures/banks.ts'
import { describedBy, heard, labelledBy, seen } from '../../fixtures/heard.ts'

const order = {
  id: 'order',
  type: 'ordering',
  prompt: 'Put these in the order of the article.',
  items: ['Assad flew to Sochi', 'He met Putin'],
  evidence: 'Assad flew to Sochi on Thursday. He met Putin there.',
}
// A number question, typed: its box takes the focus, and "12a" is not an answer.
const count = {
  id: 'count',
  type: 'numeric',
  prompt: 'How many visits?',
  answer: 3,
  evidence: 'Assad flew to Sochi on Thursday.',
}
// Three options: a wrong pick between two leaves one, and has no second try (see below).
const single = { ...pickOfTwo, choices: ['Assad', 'Putin', 'Peskov'] }
const second = { ...single, id: 'q2', prompt: 'Who flew to Sochi?' }

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

/** A new page's stores, with the mini bank of `questions` loaded. */
async function freshBanks(questions: unknown[]) {
  setActivePinia(createPinia())
  await useBanksStore().load([
    { file: PASSAGE_FILE, text: json(passage()) },
    { file: BANK_FILE, text: json(bank({}, questions)) },
  ])
}

/** A reload: the runner mounted anew on the quiz session `saved` had. */
async function reloadedWith(
  questions: unknown[],
  saved: ReturnType<typeof useQuizStore>['session'],
) {
  wrapper?.unmount()
  await freshBanks(questions)
  useQuizStore().session = saved
  wrapper = mount(QuizRunner, { attachTo: document.body })
  await flushPromises()
  return wrapper
}

/**
 * The runner on a quiz of `questions` just started, or left where `before` took it (as a reload
 * finds it).
 */
async function runner(
  questions: unknown[],
  mode: 'practice' | 'test',
  before?: (quiz: ReturnType<typeof useQuizStore>) => void,
) {
  await freshBanks(questions)
  const quiz = useQuizStore()
  quiz.start('mini/quotes', { mode, shuffleQuestions: false }, 'seed')
  before?.(quiz)
  wrapper = mount(QuizRunner, { attachTo: document.body })
  await flushPromises()
  return { w: wrapper, quiz }
}
const button = (w: VueWrapper, name: string) => {
  const found = w.findAll('button').find((b) => b.text() === name)
  if (!found)
    throw new Error(
      `no button “${name}”: ${w
        .findAll('button')
        .map((b) => b.text())
        .join(', ')}`,
    )
  return found
}

/**
 * A practice question answered (`answer`) and checked, the answer shown if `reveal`, before the
 * runner mounts: as a reload during its feedback leaves it.
 */
async function mountedInFeedback(answer: string, reveal = false) {
  const { w } = await runner([single, second], 'practice', (quiz) => {
    quiz.respond(answer)
    quiz.submit()
    if (reveal) quiz.reveal()
  })
  return w
}

describe('coming back to a quiz', () => {
  it('opens on the question the student had reached, with focus on it', async () => {
    // The runner mounts on a session already running, as after a visit to another page.
    const { w } = await runner([single, second], 'practice')
    expect(document.activeElement).toBe(w.get('fieldset.question').element)
  })

  it('opens on the verdict when the student left during its feedback (a reload half-way)', async () => {
    // The runner mounts on the question as it was left: checked, wrong, a second try on offer.
    const w = await mountedInFeedback('Putin')
    const verdict = w.get('#feedback-heading')
    expect(verdict.text()).toContain('Incorrect')
    expect(document.activeElement).toBe(verdict.element)
    expect(button(w, 'Look back and try again').exists()).toBe(true)
  })
})

describe('a typed answer', () => {
  /** Answers "2" (wrong), looks back at the article and comes back to the second try. */
  async function backToSecondTry(w: VueWrapper) {
    await w.get('input[type=text]').setValue('2')
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, 'Look back and try again').trigger('click')
    await flushPromises()
    await button(w, 'Back to the question').trigger('click')
    await flushPromises()
  }

  it('after Next, its box has the focus, named by the prompt; a choice question keeps it', async () => {
    const { w } = await runner([single, { ...count, unit: 'visits' }], 'test')
    expect(document.activeElement).toBe(w.get('fieldset.question').element)
    await button(w, 'Next').trigger('click')
    await flushPromises()
    // The student types at once: the focus was on the question, one Tab before its box.
    const box = w.get('input[type=text]').element
    expect(document.activeElement).toBe(box)
    // A screen reader hears what the question said: its prompt, where the student is.
    expect(labelledBy(box)).toBe('How many visits? Your answer (a number)')
    expect(describedBy(box)).toBe('Question 2 of 2 Test · 2 left blank visits')
    await button(w, 'Previous').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(w.get('fieldset.question').element)
  })

  it('back from the article to a second try, its box has the focus again', async () => {
    const { w } = await runner([count, second], 'practice')
    await backToSecondTry(w)
    expect(document.activeElement).toBe(w.get('input[type=text]').element)
  })

  it('a question that points to no sentence offers "Try again": the focus in its box, the article left shut', async () => {
    // Imported, or made in the studio without a sentence chosen: nothing in the article to point at.
    const pointless = { ...count, evidence: undefined }
    const { w } = await runner([pointless, second], 'practice')
    const box = w.get<HTMLInputElement>('input[type=text]').element
    await w.get('input[type=text]').setValue('2')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.findAll('button').map((b) => b.text())).not.toContain('Look back and try again')
    // Its words say what its button does: there is no article part to look back at.
    expect(w.get('.feedback').text()).toContain(
      'Try once more for half the marks, or see the answer now.',
    )
    expect(w.get('.feedback').text()).not.toContain('Look back')
    await button(w, 'Try again').trigger('click')
    await flushPromises()
    // Its button gone, the focus is in the box, the first answer selected to type over; the
    // article did not open at nothing ("Back to the question" is the open article's way out).
    expect(document.activeElement).toBe(box)
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['2', 0, 1])
    expect(w.findAll('button').map((b) => b.text())).not.toContain('Back to the question')
  })

  it('on a second try, its box takes the focus with the first answer selected: typing replaces it', async () => {
    const { w } = await runner([count, second], 'practice')
    const box = w.get<HTMLInputElement>('input[type=text]').element
    await backToSecondTry(w)
    expect(document.activeElement).toBe(box)
    // The answer is kept, and all of it selected: "3" typed now is "3", where it was "23".
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['2', 0, 1])
    box.setRangeText('3', box.selectionStart!, box.selectionEnd!, 'end')
    await w.get('input[type=text]').trigger('input')
    expect(box.value).toBe('3')
    // A new answer being typed is left as it is: back from the article again, the caret after it.
    await w.get('input[type=text]').setValue('34')
    box.setSelectionRange(2, 2)
    await button(w, 'Back to the question').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(box)
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['34', 2, 2])
  })

  it('back on a second try (a reload, then Resume), its box has the first answer selected', async () => {
    const { w } = await runner([count, second], 'practice', (quiz) => {
      quiz.respond('2')
      quiz.submit()
      quiz.retry()
    })
    const box = w.get<HTMLInputElement>('input[type=text]').element
    expect(document.activeElement).toBe(box)
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['2', 0, 1])
  })
})

describe('feedback left half-way (a reload, then Resume)', () => {
  const marks = () =>
    [...document.querySelectorAll('.reading-article mark')].map((m) => m.textContent)

  it('marks the proving sentence in the article again, as after the check', async () => {
    // Right: the article beside the verdict marked nothing, the sentence it quotes unfound.
    await mountedInFeedback('Assad')
    expect(marks()).toEqual(['"Stability is improving," Assad told Putin.'])
  })

  it('after “Show the answer” too, but never while a second try is on offer', async () => {
    await mountedInFeedback('Putin', true)
    expect(marks()).toEqual(['"Stability is improving," Assad told Putin.'])
    wrapper?.unmount()
    document.body.innerHTML = ''
    await mountedInFeedback('Putin')
    expect(marks()).toEqual([])
  })
})

describe('a second try left half-way (a reload, then Resume)', () => {
  it('comes back with the part to read again marked, and says it is the second try', async () => {
    // The runner mounts on the question as it was left: a second try, after "Look back".
    const { w } = await runner([single, second], 'practice', (quiz) => {
      quiz.respond('Putin')
      quiz.submit()
      quiz.retry()
    })
    expect(document.activeElement).toBe(w.get('fieldset.question').element)
    expect(w.get('.quiz-progress').text()).toContain('Practice · second try, for half the marks')
    // The article opens at "Read this part again", as before the reload, not at its top; and the
    // proving sentence itself is not given away.
    expect(w.get('.look-here-start').text()).toContain('Read this part again')
    expect(w.findAll('.reading-article mark')).toEqual([])
  })
})

describe('a second try after a first worth half a mark', () => {
  it('is not announced as "for half the marks": the first try keeps its half', async () => {
    const both = {
      id: 'both',
      type: 'multiple',
      prompt: 'Who went to the meeting?',
      choices: ['Assad', 'Putin', 'Peskov'],
      answers: ['Assad', 'Putin'],
      evidence: 'Assad flew to Sochi on Thursday. He met Putin there.',
    }
    const { w, quiz } = await runner([both, second], 'practice')
    quiz.respond(['Assad'])
    quiz.submit()
    await flushPromises()
    expect(w.get('.feedback').text().replace(/\s+/g, ' ')).toContain(
      'try once more, or see the answer now. Your half of the mark stays, whatever the second try gives.',
    )
    quiz.retry()
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Practice · second try')
    expect(w.get('.quiz-progress').text()).not.toContain('half the marks')
  })
})

describe('skipping in practice', () => {
  it('offers the skipped questions again before the quiz ends', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    await button(w, 'Skip').trigger('click')
    await w.get('input[type=radio][value=Assad]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    // The last question: leaving it would end the quiz with one skipped.
    await button(w, 'See results').trigger('click')
    await flushPromises()
    expect(quiz.session?.status).toBe('active')
    expect(w.get('#skip-offer-heading').text()).toBe('1 skipped — answer it now?')
    expect(document.activeElement?.id).toBe('skip-offer-heading')

    await button(w, 'Answer it now').trigger('click')
    await flushPromises()
    expect(w.get('legend').text()).toContain(single.prompt)
    await w.get('input[type=radio][value=Assad]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, 'See results').trigger('click')
    expect(quiz.session?.status).toBe('finished')
    expect(quiz.summary?.score).toBe(2)
  })

  it('still lets the student finish with questions skipped', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    await button(w, 'Skip').trigger('click')
    await button(w, 'Skip').trigger('click')
    expect(w.get('#skip-offer-heading').text()).toBe('2 skipped — answer them now?')
    await button(w, 'See results').trigger('click')
    expect(quiz.session?.status).toBe('finished')
    expect(quiz.summary?.unansweredCount).toBe(2)
  })
})

describe('an untouched ordering question', () => {
  it('is answered in test mode once the student keeps the order shown, as practice checks it', async () => {
    const { w, quiz } = await runner([order, single], 'test')
    const nav = () => w.get('nav.quiz-navigator button').attributes('aria-label')
    expect(nav()).toBe('Question 1, left blank')
    await button(w, 'Keep this order').trigger('click')
    await flushPromises()
    expect(nav()).toBe('Question 1, answered')
    expect(entryOf(quiz.session!, 'order').phase).toBe('answered')
    // Said beside the button, not only to a screen reader; moving an item takes it back.
    expect(w.get('.kept-note').text()).toBe('✓ Order kept')
    await w
      .findAll('button')
      .find((b) => b.text() === '↓ Down')!
      .trigger('click')
    await flushPromises()
    expect(w.find('.kept-note').exists()).toBe(false)
  })

  it('is checked as shown in practice', async () => {
    const { w, quiz } = await runner([order], 'practice')
    expect(w.text()).not.toContain('Keep this order')
    await w.get('form').trigger('submit')
    expect(entryOf(quiz.session!, 'order').phase).toBe('feedback')
  })
})

describe('keys and dialogs', () => {
  /** Enter pressed where focus is, as the keyboard would. */
  async function pressEnter() {
    ;(document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    )
    await flushPromises()
  }

  it('Enter does what the highlighted button does: look back after a wrong answer, answer the skipped ones', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    await w.get('input[type=radio][value=Putin]').setValue(true)
    await pressEnter()
    expect(document.activeElement?.id).toBe('feedback-heading')
    expect(w.text()).toContain('Look back and try again')
    await pressEnter()
    // Trying again: the answer can change once more.
    expect(entryOf(quiz.session!, 'q1').phase).toBe('retry')
    expect(w.get('input[type=radio][value=Assad]').attributes('disabled')).toBeUndefined()

    await button(w, 'Skip').trigger('click')
    await button(w, 'Skip').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('skip-offer-heading')
    await pressEnter()
    expect(w.find('#skip-offer-heading').exists()).toBe(false)
    expect(quiz.session?.status).toBe('active')
    expect(entryOf(quiz.session!, quiz.current!.id).phase).not.toBe('feedback')
  })

  it('leaves the skipped question alone while "answer it now?" is asked: a digit picks nothing', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    await w.get('input[type=radio][value=Assad]').setValue(true)
    await pressEnter()
    await button(w, 'Next question').trigger('click')
    await flushPromises()
    // The last question, skipped: leaving it would end the quiz with it skipped.
    await button(w, 'Skip').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('skip-offer-heading')
    const press = async (key: string) => {
      ;(document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      )
      await flushPromises()
    }
    await press('1')
    await press('2')
    // Nothing was picked behind the offer, which still asks, with focus where it was.
    expect(w.findAll<HTMLInputElement>('input[type=radio]').map((r) => r.element.checked)).toEqual([
      false,
      false,
      false,
    ])
    expect(entryOf(quiz.session!, 'q2').response).toBeNull()
    expect(w.get('#skip-offer-heading').text()).toBe('1 skipped — answer it now?')
    expect(document.activeElement?.id).toBe('skip-offer-heading')
    // Seen as it is: the skipped question cannot be answered until "Answer it now".
    expect(w.get('fieldset.question').attributes('disabled')).toBeDefined()

    await button(w, 'Answer it now').trigger('click')
    await flushPromises()
    expect(w.get('legend').text()).toContain(second.prompt)
    // Then the digits pick again, on the question shown with its options in their shown order.
    await press('2')
    const picked = w.findAll<HTMLInputElement>('input[type=radio]')[1]!.element
    expect(picked.checked).toBe(true)
    expect(entryOf(quiz.session!, 'q2').response).toBe(picked.value)
  })

  it('checks a matching answer with Enter while a select has focus', async () => {
    const { w, quiz } = await runner([match], 'practice')
    const selects = w.findAll('select')
    await selects[0]!.setValue('flew to Sochi')
    await selects[1]!.setValue('met him there')
    ;(selects[1]!.element as HTMLElement).focus()
    selects[1]!.element.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    )
    await flushPromises()
    expect(entryOf(quiz.session!, 'match').result?.score).toBe(1)
  })

  it('submits a test with questions unanswered from the dialog, without a form submission', async () => {
    const { w, quiz } = await runner([single, second], 'test')
    const dialog = w.get<HTMLDialogElement>('dialog').element
    // happy-dom has no modal dialogs; open it as the browser would.
    dialog.showModal = () => dialog.setAttribute('open', '')
    dialog.close = () => dialog.removeAttribute('open')
    await button(w, 'Submit test').trigger('click')
    const anyway = button(w, 'Submit anyway')
    expect(anyway.attributes('type')).toBe('button')
    await anyway.trigger('click')
    expect(quiz.session?.status).toBe('finished')
    expect(dialog.hasAttribute('open')).toBe(false)
  })

  // Flagged to come back to and the rest answered, Submit test handed the test in at once.
  it('asks before handing in a test with a question flagged for review, and names it', async () => {
    const third = { ...second, id: 'q3' }
    const { w, quiz } = await runner([single, second, third], 'test', (quiz) => {
      for (const flag of [false, true, false]) {
        quiz.respond('Putin')
        quiz.submit()
        if (flag) quiz.flag()
        quiz.advance()
      }
    })
    const dialog = w.get<HTMLDialogElement>('dialog').element
    dialog.showModal = () => dialog.setAttribute('open', '')
    await button(w, 'Submit test').trigger('click')
    expect(dialog.hasAttribute('open')).toBe(true)
    expect(quiz.session?.status).toBe('active')
    expect(w.get('dialog h2').text()).toBe('Submit with 1\u00a0flagged for review?')
    expect(w.get('dialog p').text()).toBe('You flagged question 2 to come back to.')
    // Blank ones too: both are said, the blank ones first.
    quiz.jump(0)
    quiz.flag()
    quiz.jump(2)
    quiz.respond(null)
    quiz.submit()
    await flushPromises()
    expect(w.get('dialog h2').text()).toBe('Submit with 1\u00a0left\u00a0blank?')
    expect(w.get('dialog p').text()).toBe(
      'Questions left blank score 0. You flagged questions 1 and 2 to come back to.',
    )
  })

  it('counts the questions without an answer in the words the hand-in dialog uses', async () => {
    const { w } = await runner([single, second, { ...second, id: 'q3' }], 'test')
    // “Test · 3 unanswered” above, “Submit with 3 left blank?” in the dialog: two words for one count.
    expect(w.get('.quiz-progress').text()).toContain('Test\u00a0· 3\u00a0left\u00a0blank')
    expect(w.get('dialog h2').text()).toBe('Submit with 3\u00a0left\u00a0blank?')
  })

  it('does not tell the student a matching question half done scores 0 when they hand in', async () => {
    const { w } = await runner([match, second, { ...second, id: 'q3' }], 'test')
    const warning = () => w.get('dialog p').text()
    expect(warning()).toBe('Questions left blank score 0.')
    // One pair of two matched: it earns half its marks at the end (see finish.ts), not 0.
    await w.get('select').setValue('flew to Sochi')
    await flushPromises()
    expect(warning()).toBe(
      'Questions left blank score 0; the one you partly answered earns marks for the parts you did.',
    )
  })

  // 1 of 3 questions done and 1 half done said “Test · 2 left blank” and “Submit with 2 left
  // blank?” beside the navigator's “Question 1, partly answered”, and the results said “1 left blank”.
  it('counts a matching question half done as partly answered, not left blank, as the navigator and the results do', async () => {
    const { w, quiz } = await runner([match, second, { ...second, id: 'q3' }], 'test')
    const dialog = w.get<HTMLDialogElement>('dialog').element
    dialog.showModal = () => dialog.setAttribute('open', '')
    const heading = () => w.get('dialog h2').text()
    const warning = () => w.get('dialog p').text()
    await w.get('select').setValue('flew to Sochi')
    quiz.jump(1)
    quiz.respond('Assad')
    quiz.submit()
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Test\u00a0· 1\u00a0left\u00a0blank')
    expect(heading()).toBe('Submit with 1\u00a0left\u00a0blank?')
    expect(warning()).toBe(
      'Questions left blank score 0; the one you partly answered earns marks for the parts you did.',
    )
    // The last one answered too: only the half-done one is left, and Submit test still asks.
    quiz.jump(2)
    quiz.respond('Assad')
    quiz.submit()
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Test\u00a0· 0\u00a0left\u00a0blank')
    await button(w, 'Submit test').trigger('click')
    expect(dialog.hasAttribute('open')).toBe(true)
    expect(heading()).toBe('Submit with 1\u00a0partly\u00a0answered?')
    expect(warning()).toBe('The one you partly answered earns marks for the parts you did.')
    await button(w, 'Submit anyway').trigger('click')
    expect(quiz.session?.status).toBe('finished')
  })
})

describe('the navigator of a test', () => {
  it('calls an empty question "left blank" and a matching question half done "partly answered", as the hand-in dialog counts them', async () => {
    const { w } = await runner([match, second], 'test')
    const names = () =>
      w.findAll('nav.quiz-navigator button').map((b) => b.attributes('aria-label'))
    const first = () => w.get('nav.quiz-navigator button').classes()
    const warning = () => w.get('dialog p').text()
    expect(names()).toEqual(['Question 1, left blank', 'Question 2, left blank'])
    // One pair of two: it earns half its marks if handed in now, and both places say so.
    await w.get('select').setValue('flew to Sochi')
    await flushPromises()
    expect(names()).toEqual(['Question 1, partly answered', 'Question 2, left blank'])
    expect(first()).toContain('is-partly')
    expect(first()).not.toContain('is-answered')
    expect(warning()).toContain('the one you partly answered earns marks')
    // Both pairs: answered, and no longer partly.
    await w.findAll('select')[1]!.setValue('met him there')
    await flushPromises()
    expect(names()).toEqual(['Question 1, answered', 'Question 2, left blank'])
    expect(first()).not.toContain('is-partly')
    // Unmatched again: nothing to grade, nothing said.
    for (const select of w.findAll('select')) await select.setValue('')
    await flushPromises()
    expect(names()).toEqual(['Question 1, left blank', 'Question 2, left blank'])
    expect(warning()).not.toContain('partly')
  })
})

// The bar was drawn at the question's place less one: empty on question 1, short of full on the
// last, and hidden from a screen reader.
describe('the bar over the question', () => {
  const bar = (w: VueWrapper) => {
    const b = w.get('progress.quiz-bar')
    return [b.attributes('value'), b.attributes('max'), b.attributes('aria-valuetext')]
  }

  it('fills as practice questions are checked, and is full once the last is', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    expect(w.get('progress.quiz-bar').attributes('aria-label')).toBe('Answered')
    expect(bar(w)).toEqual(['0', '2', '0 of 2'])
    quiz.respond('Assad')
    quiz.submit()
    await flushPromises()
    expect(bar(w)).toEqual(['1', '2', '1 of 2'])
    quiz.advance()
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Question 2 of 2')
    expect(bar(w)).toEqual(['1', '2', '1 of 2'])
    quiz.respond('Assad')
    quiz.submit()
    await flushPromises()
    expect(bar(w)).toEqual(['2', '2', '2 of 2'])
  })

  it('in a test, counts what the line above does not count left blank, wherever the student is', async () => {
    const { w, quiz } = await runner([match, second, { ...second, id: 'q3' }], 'test')
    quiz.jump(2)
    quiz.respond('Assad')
    quiz.submit()
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Question 3 of 3')
    expect(bar(w)).toEqual(['1', '3', '1 of 3'])
    // Back to the first, a pair of the matching question matched: partly answered, not blank.
    quiz.jump(0)
    await flushPromises()
    await w.get('select').setValue('flew to Sochi')
    await flushPromises()
    expect(w.get('.quiz-progress').text()).toContain('Test\u00a0· 1\u00a0left\u00a0blank')
    expect(bar(w)).toEqual(['2', '3', '2 of 3'])
  })
})

describe('marks in place during practice', () => {
  it('waits while a second try is on offer, then marks the choices', async () => {
    const { w } = await runner([single], 'practice')
    await w.get('input[type=radio][value=Putin]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    // Marking the right choice now would give the second try away.
    expect(w.find('.option-mark').exists()).toBe(false)
    await button(w, 'Show the answer').trigger('click')
    await flushPromises()
    // Its button is gone: focus is on the verdict, not lost to the page.
    expect(document.activeElement?.id).toBe('feedback-heading')
    expect(w.findAll('.choice').map((c) => seen(c).replace(/^\d /, ''))).toEqual([
      'Putin Wrong',
      'Assad Right answer',
      'Peskov',
    ])
  })

  it('a typed answer says in its field’s name, once marked, whether it was right', async () => {
    const { w } = await runner([count, second], 'practice')
    const name = () => heard(w.get(`label[for="${w.get('input[type=text]').attributes('id')}"]`))
    await w.get('input[type=text]').setValue('2')
    await w.get('form').trigger('submit')
    await flushPromises()
    // A second try is on offer: nothing marked yet.
    expect(name()).toBe('Your answer (a number)')
    await button(w, 'Show the answer').trigger('click')
    await flushPromises()
    expect(name()).toBe('Your answer (a number) — wrong')
  })
})

describe('a second try after a wrong answer', () => {
  const article = () => document.querySelector('.reading-article')!
  const marks = () => [...article().querySelectorAll('mark')].map((m) => m.textContent)

  it('never shows the proving sentence while the second try is open, only the part to read again', async () => {
    const { w } = await runner([single], 'practice')
    await w.get('input[type=radio][value=Putin]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#feedback-heading').text()).toContain('Incorrect')
    // The answer is held back, and so is the sentence that gives it.
    expect(marks()).toEqual([])

    await button(w, 'Look back and try again').trigger('click')
    await flushPromises()
    expect(marks()).toEqual([])
    const part = [...article().querySelectorAll('p.look-here')]
    // The proof's paragraph and the one before it: the whole article of two paragraphs.
    expect(part.map((p) => p.textContent)).toEqual([
      expect.stringContaining('Read this part again'),
      expect.stringContaining('"Stability is improving," Assad told Putin.'),
    ])
    expect(document.activeElement).toBe(part[0])

    await w.get('input[type=radio][value=Assad]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    // Answered: now the proof itself.
    expect(marks()).toEqual(['"Stability is improving," Assad told Putin.'])
    expect(article().querySelectorAll('p.look-here')).toHaveLength(0)
  })

  it('shows the proving sentence once the student asks for the answer', async () => {
    const { w } = await runner([single], 'practice')
    await w.get('input[type=radio][value=Putin]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, 'Show the answer').trigger('click')
    await flushPromises()
    expect(marks()).toEqual(['"Stability is improving," Assad told Putin.'])
  })

  it('after “Show the answer” and a reload, still shows the answer and offers no second try', async () => {
    const { w, quiz } = await runner([single, second], 'practice')
    await w.get('input[type=radio][value=Putin]').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, 'Show the answer').trigger('click')
    await flushPromises()
    // A reload: the quiz taken up again from what was saved.
    const saved = JSON.parse(JSON.stringify(quiz.session)) as typeof quiz.session
    const back = await reloadedWith([single, second], saved)
    // It offered “Look back and try again” anew, the right answer already seen: half the marks
    // for reading it back.
    const names = back.findAll('button').map((b) => b.text())
    expect(names).not.toContain('Look back and try again')
    expect(names).not.toContain('Show the answer')
    expect(back.get('.feedback').text()).toContain('Right answer:')
  })

  it('a test question flagged for review keeps the toggle’s name, so a screen reader says its state once', async () => {
    const { w, quiz } = await runner([single, second], 'test')
    const flag = w.get('button.flag-toggle')
    expect(flag.text()).toBe('⚑ Flag for review')
    expect(flag.attributes('aria-pressed')).toBe('false')
    await flag.trigger('click')
    // The state is "pressed", and the name it is said with does not change with it.
    expect(flag.attributes('aria-pressed')).toBe('true')
    expect(flag.text()).toBe('⚑ Flag for review')
    expect(quiz.session?.flagged).toEqual([single.id])
    await flag.trigger('click')
    expect(flag.attributes('aria-pressed')).toBe('false')
    expect(quiz.session?.flagged).toEqual([])
  })
})

describe('a number question answered with something that is not a number', () => {
  /** What the app-wide live region says once the frame after an announcement has run. */
  async function announced(): Promise<string> {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return useAnnouncer().message.value
  }

  for (const mode of ['test', 'practice'] as const) {
    it(`keeps the student on it with the message in ${mode} mode, Enter or Next alike`, async () => {
      const { w, quiz } = await runner([count, second], mode)
      const input = w.get('input[type=text]')
      await input.setValue('12a')
      // Enter in the field; it moved on in a test and left the question unanswered, silently.
      await w.get('form').trigger('submit')
      await flushPromises()
      expect(quiz.session?.index).toBe(0)
      expect(w.get('.input-error').text()).toBe(
        'Error: "12a" is not a number. Type digits, like 2015.',
      )
      expect(await announced()).toBe('"12a" is not a number. Type digits, like 2015.')
      expect(document.activeElement).toBe(input.element)
      expect(input.attributes('aria-invalid')).toBe('true')

      // Fixed, Enter goes on as usual.
      await input.setValue('3')
      await w.get('form').trigger('submit')
      await flushPromises()
      if (mode === 'test') expect(quiz.session?.index).toBe(1)
      else expect(w.get('#feedback-heading').text()).toBe('✓ Correct')
    })
  }

  it('in a test, still keeps the student there when they come back to "12a" (or reload)', async () => {
    const { w, quiz } = await runner([count, second], 'test')
    await w.get('input[type=text]').setValue('12a')
    // Away and back: the message is back on the field at once (it used to wait until the student
    // tried to go on), and going on is still refused.
    quiz.jump(1)
    await flushPromises()
    quiz.back()
    await flushPromises()
    expect(w.get('.input-error').text()).toContain('"12a" is not a number.')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(quiz.session?.index).toBe(0)
    expect(w.get('.input-error').text()).toContain('"12a" is not a number.')
  })

  it('in a test, shows "12a" is not a number as soon as the question is shown again, tied to the field', async () => {
    const { w, quiz } = await runner([count, second], 'test')
    await w.get('input[type=text]').setValue('12a')
    await w.get('form').trigger('submit')
    await flushPromises()
    await w.get('input[type=text]').setValue('12a')
    // By its number in the navigator, then back by Previous.
    quiz.jump(1)
    await flushPromises()
    expect(w.find('.input-error').exists()).toBe(false)
    quiz.back()
    await flushPromises()
    const input = w.get('input[type=text]')
    expect((input.element as HTMLInputElement).value).toBe('12a')
    const message = w.get('.input-error')
    expect(message.text()).toBe('Error: "12a" is not a number. Type digits, like 2015.')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')?.split(' ')).toContain(message.attributes('id'))
    // Shown, not said over what the student hears of the question: the live region is quiet.
    expect(await announced()).toBe('')
    expect(w.find('[role=alert]').exists()).toBe(false)

    // A reload: the quiz taken up again from storage opens on it with the message shown.
    const back = await reloadedWith([count, second], quiz.session)
    expect(back.get('.input-error').text()).toContain('"12a" is not a number.')
    expect(back.get('input[type=text]').attributes('aria-invalid')).toBe('true')
  })

  it('in a test, lets the student go on from a matching question half done (it earns its share)', async () => {
    const { w, quiz } = await runner([match, second], 'test')
    await w.get('select').setValue('flew to Sochi')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(quiz.session?.index).toBe(1)
  })

  it('in a test, says nothing is wrong while a matching question is being matched', async () => {
    const { w } = await runner([match, second], 'test')
    // The first pair of two: “Error: Match every item (1 left).” came at once, in red, though a
    // test takes it half done (it earns its share), and coming back to it said nothing.
    await w.get('select').setValue('flew to Sochi')
    await flushPromises()
    expect(w.find('.input-error').exists()).toBe(false)
    expect(w.get('select').attributes('aria-invalid')).toBeUndefined()
    expect(w.get('nav.quiz-navigator button').attributes('aria-label')).toBe(
      'Question 1, partly answered',
    )
  })

  it('counts a recorded test answer edited into "3x" as unanswered, and a cleared one without an error', async () => {
    const { w, quiz } = await runner([count, second], 'test')
    const input = w.get('input[type=text]')
    await input.setValue('3')
    expect(quiz.unanswered).toBe(1)
    await input.setValue('3x')
    expect(quiz.unanswered).toBe(2)
    expect(w.get('.quiz-progress').text()).toMatch(/\b2\sleft\sblank\b/)
    await input.setValue('')
    expect(w.find('.input-error').exists()).toBe(false)
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(quiz.session?.index).toBe(1)
  })
})

describe('a second try in practice', () => {
  const three = { ...single, id: 'three', choices: ['Assad', 'Putin', 'Peskov'] }
  const yesNo = {
    id: 'tf',
    type: 'truefalse',
    prompt: 'Assad said stability is improving.',
    answer: true,
    evidence: single.evidence,
  }
  const typed = {
    id: 'typed',
    type: 'short',
    prompt: 'Who told Putin that stability is improving?',
    accepted: ['Assad'],
    evidence: single.evidence,
  }
  const radios = (w: VueWrapper) => w.findAll<HTMLInputElement>('fieldset.question input')
  const label = (w: VueWrapper, i: number) => w.findAll('fieldset.question label')[i]!

  /** The runner on `question`, answered `wrong` and checked, with the second try opened. */
  async function secondTry(question: unknown, wrong: unknown) {
    const { w, quiz } = await runner([question, second], 'practice')
    quiz.respond(wrong as never)
    await w.get('form').trigger('submit')
    await flushPromises()
    await button(w, 'Look back and try again').trigger('click')
    await flushPromises()
    return { w, quiz }
  }

  it.each([['single choice', three, 'Putin', 1, 'Putin', 'Choose an answer.']] as const)(
    'on a %s question starts with nothing picked, the first pick shown as tried and not to be picked again',
    async (_, question, wrong, at, name, refusal) => {
      const { w, quiz } = await secondTry(question, wrong)
      // Check at once re-sent the wrong pick, left selected; now there is nothing to send.
      expect(radios(w).map((r) => r.element.checked)).toEqual(radios(w).map(() => false))
      expect(radios(w)[at]!.element.disabled).toBe(true)
      expect(radios(w).filter((r) => r.element.disabled)).toHaveLength(1)
      expect(seen(w.findAll('.choice')[at]!)).toBe(`${at + 1} ${name} You tried this`)
      expect(heard(label(w, at))).toBe(`${name} — you tried this`)
      await w.get('form').trigger('submit')
      await flushPromises()
      expect(w.get('.input-error').text()).toBe(`Error: ${refusal}`)
      expect(entryOf(quiz.session!, question.id)).toMatchObject({ phase: 'retry', attempts: 1 })
      // A reload on the second try shows it the same way.
      const again = await reloadedWith([question, second], quiz.session)
      expect(radios(again)[at]!.element.disabled).toBe(true)
      expect(heard(label(again, at))).toBe(`${name} — you tried this`)
    },
  )

  // A wrong pick between two leaves one option: a second try at it was half a mark for nothing.
  it.each([
    ['true or false', yesNo, false, 'True'],
    ['single choice of two', pickOfTwo, 'Putin', 'Assad'],
  ] as const)(
    'on a %s question shows the right answer at once after a wrong one, with no second try',
    async (_, question, wrong, right) => {
      const { w, quiz } = await runner([question, second], 'practice')
      quiz.respond(wrong)
      await w.get('form').trigger('submit')
      await flushPromises()
      // The first answer stands, at 0, and is final.
      expect(entryOf(quiz.session!, question.id)).toMatchObject({
        phase: 'feedback',
        attempts: 1,
        retryUsed: false,
        result: { score: 0 },
      })
      const answerShown = (view: VueWrapper) => {
        const buttons = view.findAll('button').map((b) => b.text())
        const feedback = view.get('.feedback').text().replace(/\s+/g, ' ')
        expect(view.get('#feedback-heading').text()).toContain('Incorrect')
        expect(document.activeElement?.id).toBe('feedback-heading')
        expect(feedback).toContain(`Right answer: ${right}`)
        expect(feedback).not.toMatch(/try once more|half the marks/)
        expect(buttons).toContain('Next question')
        expect(buttons).not.toContain('Look back and try again')
        expect(buttons).not.toContain('Show the answer')
        // The options are marked at once, the right one among them.
        expect(view.findAll('.choice').some((c) => seen(c).includes('Right answer'))).toBe(true)
        expect(view.get('.quiz-progress').text()).not.toContain('second try')
      }
      answerShown(w)
      // A reload on the feedback shows the same.
      const again = await reloadedWith([question, second], quiz.session)
      answerShown(again)
      // Enter (the form's submit) goes on to the next question rather than opening a try.
      await again.get('form').trigger('submit')
      await flushPromises()
      expect(again.get('.quiz-progress').text()).toContain('Question 2 of 2')
    },
  )

  // Saved by an earlier Passage, on the second try it gave a true/false question: resumed there,
  // “True” was left, for “½ — right on the second try”.
  it('resumes a quiz saved on a true or false second try at the first try, the answer shown at 0', async () => {
    const { w, quiz } = await runner([yesNo, second], 'practice')
    quiz.respond(false)
    await w.get('form').trigger('submit')
    await flushPromises()
    quiz.session = patchEntry(quiz.session!, 'tf', {
      phase: 'retry',
      retryUsed: true,
      firstResponse: false,
      response: null,
    })
    quiz.saveNow()
    w.unmount()
    await freshBanks([yesNo, second])
    const resumed = useQuizStore()
    expect(resumed.resumeSaved('mini/quotes')).toBe(true)
    wrapper = mount(QuizRunner, { attachTo: document.body })
    await flushPromises()
    const feedback = wrapper.get('.feedback').text().replace(/\s+/g, ' ')
    expect(wrapper.get('#feedback-heading').text()).toContain('Incorrect')
    expect(feedback).toContain('Right answer: True')
    expect(wrapper.get('.quiz-progress').text()).not.toContain('second try')
    expect(heard(label(wrapper, 1))).toBe('False — your answer, wrong')
    expect(wrapper.findAll('button').map((b) => b.text())).toContain('Next question')
    expect(entryOf(resumed.session!, 'tf')).toMatchObject({
      phase: 'feedback',
      result: { score: 0 },
    })
  })

  it('keeps a typed answer to edit, and says an unchanged one is not a second try', async () => {
    const { w, quiz } = await secondTry(typed, 'Putin')
    const input = w.get<HTMLInputElement>('fieldset.question input')
    expect(input.element.value).toBe('Putin')
    expect(input.element.disabled).toBe(false)
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('.input-error').text()).toContain(
      'That is the answer you gave the first time: change it for your second try.',
    )
    expect(entryOf(quiz.session!, 'typed')).toMatchObject({ phase: 'retry', attempts: 1 })
    await input.setValue('Assad')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(entryOf(quiz.session!, 'typed')).toMatchObject({ phase: 'feedback', attempts: 2 })
  })

  it.each([
    ['a wrong second try', 'Peskov', 'Incorrect', ['your answer, wrong', 'the right answer']],
    ['a right second try', 'Assad', 'right on the second try', ['your answer, right']],
  ] as const)(
    'keeps the first pick marked as tried in the feedback on %s',
    async (_, pick, verdict, marks) => {
      const { w, quiz } = await secondTry(three, 'Putin')
      quiz.respond(pick)
      await w.get('form').trigger('submit')
      await flushPromises()
      const options = (view: VueWrapper) => {
        expect(view.get('#feedback-heading').text()).toContain(verdict)
        // Both picks are there to read: the first one looked as if it had never been chosen.
        expect(seen(view.findAll('.choice')[1]!)).toBe('2 Putin You tried this')
        expect(heard(label(view, 1))).toBe('Putin — you tried this')
        return [0, 2].map((i) => heard(label(view, i)).split(' — ')[1]).filter(Boolean)
      }
      expect(options(w).sort()).toEqual([...marks].sort())
      // A reload on the feedback shows the same.
      const again = await reloadedWith([three, second], quiz.session)
      expect(options(again).sort()).toEqual([...marks].sort())
    },
  )
})
