/** The quiz in progress a tab keeps in its sessionStorage when localStorage refuses it. */
import { describe, expect, it } from 'vitest'
import { keepInTab, keptInTab } from '../../src/composables/storage/tab-quiz.ts'
import { STORAGE_KEYS } from '../../src/composables/storage/keys.ts'
import { createSession } from '../../src/domain/quiz/session.ts'
import { MemoryStorage } from '../fixtures/progress/memory-storage.ts'
import { at, BANK_ID, quizBank } from '../fixtures/progress/bank.ts'

const options = { mode: 'test', shuffleQuestions: true, shuffleChoices: true } as const

describe('the tab’s own copy of a quiz in progress', () => {
  it('keeps the other sets’ quizzes when one of them is damaged', () => {
    const tab = new MemoryStorage()
    const other = createSession(quizBank('mini/quotes'), options, 's2', at())
    expect(keepInTab(createSession(quizBank(), options, 's1', at()), tab)).toBe(true)
    expect(keepInTab(other, tab)).toBe(true)
    // One quiz loses its shown options (a hand edit, an older build's bug).
    const doc = JSON.parse(tab.getItem(STORAGE_KEYS.quizInProgress)!) as {
      sessions: Record<string, { shown: unknown }>
    }
    doc.sessions[BANK_ID]!.shown = null
    tab.setItem(STORAGE_KEYS.quizInProgress, JSON.stringify(doc))

    expect(keptInTab(BANK_ID, tab)).toBeUndefined()
    expect(keptInTab('mini/quotes', tab)).toEqual(other)
  })
})
