import { afterEach, describe, expect, it, vi } from 'vitest'
import { isTyping, questionKeys } from '../../src/composables/useShortcuts.ts'

/** A question screen as the quiz and review runners draw it: a form with a fieldset of options. */
function screen(kind: 'radio' | 'checkbox' = 'radio') {
  document.body.innerHTML = `
    <div id="root"><form>
      <fieldset class="question">
        <input type="${kind}" name="q" id="a"><input type="${kind}" name="q" id="b" disabled>
        <input type="${kind}" name="q" id="c">
        <select id="s"><option>x</option></select>
      </fieldset>
      <button type="button" id="other">Skip</button><summary id="fold">More</summary>
    </form></div>`
  const root = document.getElementById('root')!
  const submitted = vi.fn((e: Event) => e.preventDefault())
  root.querySelector('form')!.addEventListener('submit', submitted)
  return { root, submitted, el: (id: string) => document.getElementById(id) as HTMLInputElement }
}

const enterOn = (target: HTMLElement) => {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
  Object.defineProperty(event, 'target', { value: target })
  return event
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the keys of a question screen', () => {
  it('pick the nth option with digit n, as a click, and leave a disabled one alone', () => {
    const { root, el } = screen()
    const keys = questionKeys(
      () => root,
      () => {},
      () => false,
    )
    keys['3']!(new KeyboardEvent('keydown', { key: '3' }))
    expect(el('c').checked).toBe(true)
    expect(document.activeElement).toBe(el('c'))
    keys['2']!(new KeyboardEvent('keydown', { key: '2' }))
    expect(el('b').checked).toBe(false)
    keys['9']!(new KeyboardEvent('keydown', { key: '9' }))
    expect(el('c').checked).toBe(true)
  })

  it('change nothing once the answer is checked', () => {
    const { root, el } = screen('checkbox')
    const keys = questionKeys(
      () => root,
      () => {},
      () => true,
    )
    keys['1']!(new KeyboardEvent('keydown', { key: '1' }))
    expect(el('a').checked).toBe(false)
  })

  it('check the answer with Enter, also from a matching select, but not from a button or fold', () => {
    const { root, submitted, el } = screen()
    const keys = questionKeys(
      () => root,
      () => {},
      () => false,
    )
    expect(keys.Enter!(enterOn(el('a')))).not.toBe(false)
    expect(keys.Enter!(enterOn(el('s')))).not.toBe(false)
    expect(submitted).toHaveBeenCalledTimes(2)
    expect(keys.Enter!(enterOn(el('other')))).toBe(false)
    expect(keys.Enter!(enterOn(el('fold')))).toBe(false)
    expect(submitted).toHaveBeenCalledTimes(2)
  })

  it('leave the question alone while a sheet over it makes it inert (the article on a phone)', () => {
    const { root, submitted, el } = screen()
    root.setAttribute('inert', '')
    const toggle = vi.fn()
    const keys = questionKeys(
      () => root,
      toggle,
      () => false,
    )
    // The sheet itself has the focus: the digit and Enter are left to it, and P still closes it.
    const sheet = document.createElement('p')
    document.body.append(sheet)
    expect(keys['1']!(new KeyboardEvent('keydown', { key: '1' }))).toBe(false)
    expect(el('a').checked).toBe(false)
    expect(keys.Enter!(enterOn(sheet))).toBe(false)
    expect(submitted).not.toHaveBeenCalled()
    keys.p!(new KeyboardEvent('keydown', { key: 'p' }))
    expect(toggle).toHaveBeenCalledOnce()
    // Closed, they work again.
    root.removeAttribute('inert')
    keys['1']!(new KeyboardEvent('keydown', { key: '1' }))
    expect(el('a').checked).toBe(true)
  })

  it('show or hide the article with P', () => {
    const { root } = screen()
    const toggle = vi.fn()
    questionKeys(
      () => root,
      toggle,
      () => false,
    ).p!(new KeyboardEvent('keydown', { key: 'p' }))
    expect(toggle).toHaveBeenCalledOnce()
  })
})

describe('what counts as typing, where shortcuts stay quiet', () => {
  it('is a text field, a select and an option of an open select, not a radio or a button', () => {
    const { el } = screen()
    const option = el('s').querySelector('option')!
    expect(isTyping(el('s'))).toBe(true)
    // A customizable select's list gives its options the focus: "p" there picks a match.
    expect(isTyping(option)).toBe(true)
    expect(isTyping(el('a'))).toBe(false)
    expect(isTyping(el('other'))).toBe(false)
  })
})
