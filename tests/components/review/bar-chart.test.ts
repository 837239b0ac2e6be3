import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import BarChart, { type Bar } from '../../../src/components/review/BarChart.vue'
import { drawChartsAt } from '../../fixtures/drawn-size.ts'

/** `n` days, the caller's tick on every third counted back from the last, as the dashboard does. */
const days = (n: number): Bar[] =>
  Array.from({ length: n }, (_, i) => ({
    tick: (n - 1 - i) % 3 === 0 ? String(i + 1) : '',
    label: `Day ${i + 1}`,
    value: i % 4,
    current: i === n - 1,
  }))

async function drawn(bars: Bar[]) {
  const wrapper = mount(BarChart, {
    props: { title: 'Reviews', summary: 'Some reviews.', bars, columns: ['Day', 'Reviews'] },
    attachTo: document.body,
  })
  await nextTick()
  return wrapper
}
/** The ticks under the axis (the scale's top, written when the values are not, is left aside). */
const ticks = (w: Awaited<ReturnType<typeof drawn>>) =>
  w.findAll('.chart-tick[text-anchor="middle"]').map((t) => t.text())

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('the bar chart', () => {
  it('draws at its width on screen, its ticks and values where they fit', async () => {
    drawChartsAt(420, 14)
    const w = await drawn(days(14))
    expect(w.get('svg').attributes('viewBox')?.split(' ')[2]).toBe('420')
    expect(ticks(w)).toEqual(['2', '5', '8', '11', '14'])
    // 30 px a bar: room for a number over each bar that has one.
    expect(w.findAll('.chart-value')).toHaveLength(days(14).filter((b) => b.value > 0).length)
  })

  it('gives a percentage and a month name the room they need on a phone', async () => {
    // 12 months at 350 px: 29 px a bar, too narrow for "100%" over each, or "Sept" under each.
    drawChartsAt(350, 14)
    const names = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      'Dec',
    ]
    const months = names.map((tick, i) => ({
      tick,
      label: tick,
      value: 67 + 3 * i,
      current: i === 11,
    }))
    const wrapper = mount(BarChart, {
      props: {
        title: 'Right',
        summary: 'Better.',
        bars: months,
        columns: ['Month', 'Right'],
        max: 100,
        unit: '%',
      },
      attachTo: document.body,
    })
    await nextTick()
    expect(wrapper.findAll('.chart-value')).toHaveLength(0)
    expect(wrapper.get('.chart-tick:not([text-anchor])').text()).toBe('100%')
    expect(ticks(wrapper)).toEqual(['Feb', 'Apr', 'Jun', 'Aug', 'Oct', 'Dec'])
    // At 1280 px there is room for both.
    drawChartsAt(560, 14)
    const wide = mount(BarChart, { props: wrapper.props(), attachTo: document.body })
    await nextTick()
    expect(wide.findAll('.chart-value').map((v) => v.text())[11]).toBe('100%')
    expect(ticks(wide)).toHaveLength(12)
  })

  it('thins the ticks and leaves the values out when large text leaves no room, keeping the latest day', async () => {
    // A phone at 200 % text: 30 bars of 10 px, ticks every 30 px for 28 px text.
    drawChartsAt(300, 28)
    const w = await drawn(days(30))
    expect(ticks(w)).toEqual(['6', '12', '18', '24', '30'])
    expect(w.findAll('.chart-value')).toHaveLength(0)
    expect(w.get('.chart-tick:not([text-anchor])').text()).toBe('3')
    expect(w.findAll('.chart-bar')).toHaveLength(30)
  })

  it('keeps the tick of the bar drawn stronger (today) when it thins them', async () => {
    drawChartsAt(300, 28)
    // A forecast: today first, every day ticked, 21 px a bar: every fourth keeps its tick.
    const forecast = Array.from({ length: 14 }, (_, i) => ({
      tick: String(i + 3),
      label: `Day ${i + 3}`,
      value: 1,
      current: i === 0,
    }))
    const w = await drawn(forecast)
    expect(ticks(w)).toEqual(['3', '7', '11', '15'])
  })
})
