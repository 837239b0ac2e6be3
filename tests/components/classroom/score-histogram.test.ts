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
    const svg = wrapper.get('svg')
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
})
