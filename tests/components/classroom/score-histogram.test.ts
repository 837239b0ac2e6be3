import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import ScoreHistogram from '../../../src/components/classroom/ScoreHistogram.vue'
import { drawChartsAt } from '../../fixtures/drawn-size.ts'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('the score histogram', () => {
  it('draws at its width on screen, ten bands across and room for the counts in its text size', async () => {
    drawChartsAt(310, 14)
    const counts = [0, 0, 1, 0, 2, 3, 5, 4, 2, 1]
    const wrapper = mount(ScoreHistogram, {
      props: { counts, title: 'Scores' },
      attachTo: document.body,
    })
    await nextTick()
    const svg = wrapper.get('svg.histogram-screen')
    expect(svg.attributes('viewBox')?.split(' ')[2]).toBe('310')
    const bars = svg.findAll('.histogram-bar').map((b) => ({
      x: Number(b.attributes('x')),
      w: Number(b.attributes('width')),
    }))
    expect(bars).toHaveLength(counts.filter((n) => n > 0).length)
    // The last band's bar ends inside the drawing, 0.6 em short of its edge.
    const last = bars.at(-1)!
    expect(last.x + last.w + 2).toBeCloseTo(310 - 0.6 * 14)
    expect(svg.findAll('.histogram-value').map((t) => t.text())).toEqual(
      counts.filter((n) => n > 0).map(String),
    )
  })

  it("marks the scale at the bands' edges, 0 to 100, so a bar reads as the scores between two marks", async () => {
    drawChartsAt(310, 14)
    const counts = [0, 0, 1, 0, 0, 0, 0, 0, 0, 1]
    const wrapper = mount(ScoreHistogram, {
      props: { counts, title: 'Scores', counting: 'attempts' },
      attachTo: document.body,
    })
    await nextTick()
    const marks = wrapper
      .findAll('.histogram-screen .histogram-edge line')
      .map((l) => Number(l.attributes('x1')))
    expect(marks).toHaveLength(11)
    const numbers = wrapper.findAll('.histogram-screen .histogram-edge text').map((t) => ({
      text: t.text(),
      x: Number(t.attributes('x')),
    }))
    expect(numbers.map((n) => n.text)).toEqual(['0', '20', '40', '60', '80', '100'])
    expect(numbers[1]!.x).toBe(marks[2])
    // The bar of 20–29 % stands between the marks 20 and 30.
    const bar = wrapper.get('.histogram-screen .histogram-bar')
    const [x, w] = [Number(bar.attributes('x')), Number(bar.attributes('width'))]
    expect(marks[2]).toBeLessThan(x)
    expect(marks[3]).toBeGreaterThan(x + w)
    // The table names what it counts, as the caption does.
    expect(wrapper.get('.score-details thead').text()).toBe('ScoreAttempts')
  })
})
