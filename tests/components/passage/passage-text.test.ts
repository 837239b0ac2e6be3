import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import PassageText from '../../../src/components/passage/PassageText.vue'
import { passage } from '../../fixtures/banks.ts'

describe("the article's source line", () => {
  it('links an https source by its site, the whole address its target', () => {
    // The whole address as its words took six lines at 320 px and 200 % text.
    const url = 'https://www.themoscowtimes.com/2018/05/18/syrias-assad-flies-to-russia-a61487'
    const wrapper = mount(PassageText, { props: { passage: passage({ url }) } })
    const link = wrapper.get('.source-link a')
    expect(link.attributes('href')).toBe(url)
    expect(link.text()).toBe('themoscowtimes.com')
    expect(wrapper.get('.source-link').text()).toBe('Original article: themoscowtimes.com')
  })

  it('shows a javascript: address as plain text, never as a link', () => {
    // The schema refuses it; this guards data that reached the view some other way.
    const wrapper = mount(PassageText, {
      props: { passage: passage({ url: 'javascript:alert(document.cookie)' }) },
    })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('.source-link').text()).toContain('javascript:alert(document.cookie)')
  })
})

describe('several evidence quotes in the article', () => {
  const quotes = ['"Stability is improving," Assad told Putin.', 'He met Putin there.']

  // The feedback lists the quotes in the set's order, and stepping went in the article's: its
  // “Evidence 1 of 2” was the quote listed second.
  it('highlights every quote and steps through them in the order the feedback lists them', async () => {
    const wrapper = mount(PassageText, {
      props: { passage: passage(), highlight: quotes },
      attachTo: document.body,
    })
    await flushPromises()
    const marks = wrapper.findAll('mark')
    expect(marks.map((m) => m.text())).toEqual(['He met Putin there.', quotes[0]])
    const stepper = wrapper.get('nav[aria-label="Evidence in the article"]')
    expect(stepper.text()).toContain('Evidence 1 of 2')
    // The first quote listed has focus and is the current one, though it is lower in the article.
    expect(document.activeElement).toBe(marks[1]!.element)
    expect(marks[1]!.classes()).toContain('current')

    await stepper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(stepper.text()).toContain('Evidence 2 of 2')
    expect(document.activeElement).toBe(marks[0]!.element)
    expect(marks[0]!.classes()).toContain('current')
    // The count is said with the quote that takes focus, not by a live region of its own, which
    // spoke after a check beside the verdict ("Correct", "Evidence 1 of 2").
    expect(wrapper.findAll('[aria-live]')).toEqual([])
    const describedBy = marks[0]!.attributes('aria-describedby')!
    expect(document.getElementById(describedBy)?.textContent).toBe('Evidence 2 of 2')
    expect(marks[1]!.attributes('aria-describedby')).toBeUndefined()

    await stepper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(stepper.text()).toContain('Evidence 1 of 2')
    expect(document.activeElement).toBe(marks[1]!.element)
    wrapper.unmount()
  })

  // Folded into one mark, two overlapping quotes were one step: “Evidence 1 of 1” and no
  // stepper, where the feedback listed both.
  it('steps to each of two overlapping quotes, as many steps as the feedback lists', async () => {
    const wrapper = mount(PassageText, {
      props: { passage: passage(), highlight: ['flew to Sochi on', 'Sochi on Thursday.'] },
      attachTo: document.body,
    })
    await flushPromises()
    const stepper = wrapper.get('nav[aria-label="Evidence in the article"]')
    expect(stepper.text()).toContain('Evidence 1 of 2')
    const current = () =>
      wrapper
        .findAll('mark.current')
        .map((m) => m.element.textContent)
        .join('')
    expect(current()).toBe('flew to Sochi on')
    expect(document.activeElement?.textContent).toBe('flew to ')
    // The piece with focus is one of the quote's outlined pieces: all of them wear the focus ring
    // while it has it (passage.css), the quote outlined as one in the ring's colour.
    expect(document.activeElement?.classList.contains('current')).toBe(true)
    await stepper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(stepper.text()).toContain('Evidence 2 of 2')
    expect(current()).toBe('Sochi on Thursday.')
    expect(document.activeElement?.textContent).toBe('Sochi on')
    wrapper.unmount()
  })

  // Outlined piece by piece, the quote stepped to had a line across it where the other cut it:
  // “[flew to ][Sochi on]”. Its pieces draw its start and its end edges only, as one quote.
  it('outlines the quote stepped to as one, its pieces joined where the other quote cuts it', async () => {
    const wrapper = mount(PassageText, {
      props: { passage: passage(), highlight: ['flew to Sochi on', 'Sochi on Thursday.'] },
    })
    await flushPromises()
    // Each piece of the current quote, "[" where it draws the quote's start, "]" its end.
    const outlined = () =>
      wrapper
        .findAll('mark.current')
        .map(
          (m) =>
            `${m.classes('current-joins-last') ? '' : '['}${m.element.textContent}${
              m.classes('current-joins-next') ? '' : ']'
            }`,
        )
        .join('')
    expect(outlined()).toBe('[flew to Sochi on]')
    await wrapper.get('nav').findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(outlined()).toBe('[Sochi on Thursday.]')
  })

  it('shows no stepper for a single quote', async () => {
    const wrapper = mount(PassageText, {
      props: { passage: passage(), highlight: [quotes[1]!] },
    })
    await flushPromises()
    expect(wrapper.findAll('mark')).toHaveLength(1)
    expect(wrapper.find('nav').exists()).toBe(false)
  })
})

describe('"Show in the article" in a box that scrolls the article', () => {
  /** Where a quote `quoteHeight` px tall shows, from the top of a 400 px box, once scrolled to. */
  async function showQuote(quoteHeight: number) {
    const box = document.createElement('div')
    box.setAttribute('data-scroll-box', '')
    document.body.append(box)
    const frame = { top: 100, height: 400 }
    const quoteTop = 700
    const rect = (top: number, height: number) =>
      ({ top, height, bottom: top + height, left: 0, right: 300, width: 300 }) as DOMRect
    const spy = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(function (this: HTMLElement) {
        if (this === box) return rect(frame.top, frame.height)
        return this.tagName === 'MARK' ? rect(quoteTop - box.scrollTop, quoteHeight) : rect(0, 0)
      })
    const wrapper = mount(PassageText, {
      props: { passage: passage(), highlight: ['He met Putin there.'] },
      attachTo: box,
    })
    await flushPromises()
    const top = wrapper.get('mark').element.getBoundingClientRect().top - frame.top
    spy.mockRestore()
    wrapper.unmount()
    box.remove()
    return top
  }

  it('centres a quote that fits in the box', async () => {
    // 100 px tall in a box of 400: 150 px above it and below it.
    expect(await showQuote(100)).toBe(150)
  })

  it('shows a quote taller than the box from its first words', async () => {
    // A phone's sheet at 200 % text: a quote of ten lines, centred, began above the box, and
    // the student read it from "broke out in his country", its start out of sight.
    expect(await showQuote(600)).toBe(16)
  })
})
