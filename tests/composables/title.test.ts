import { describe, expect, it } from 'vitest'
import { pageTitle } from '../../src/composables/title.ts'

describe('tab titles', () => {
  it.each([
    [['Question 4 of 18', 'Who said what'], 'Question 4 of 18 · Who said what · Passage'],
    [['Library'], 'Library · Passage'],
    [[undefined, '', 'Settings'], 'Settings · Passage'],
    [[], 'Passage'],
  ])('%j reads "%s"', (parts, title) => {
    expect(pageTitle(parts)).toBe(title)
  })
})
