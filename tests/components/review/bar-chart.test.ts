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
  w.findAll('.chart-tick[text-anchor="middle"]:not(.chart-period)').map((t) => t.text())
/** The periods written under the ticks, each with the tick it is under (the nearest). */
const periods = (w: Awaited<ReturnType<typeof drawn>>) =>
  w.findAll('.chart-period').map((p) => {
    const x = (t: { attributes(name: string): string | undefined }) => Number(t.attributes('x'))
    const tick = w
      .findAll('.chart-tick[text-anchor="middle"]:not(.chart-period)')
      .reduce((a, b) => (Math.abs(x(b) - x(p)) < Math.abs(x(a) - x(p)) ? b : a))
    return `${tick.text()} ${p.text()}`
  })

/** The 30 days up to 4 December, ticked every third back from the 4th, each with its month. */
const toDecember4 = (): Bar[] =>
  Array.from({ length: 30 }, (_, i) => {
    const date = new Date(2026, 10, 5 + i)
    return {
      tick: (29 - i) % 3 === 0 ? String(date.getDate()) : '',
      period: date.getMonth() === 10 ? 'Nov' : 'Dec',
      label: `Day ${i + 1}`,
      value: i % 4,
      current: i === 29,
    }
  })

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('the bar chart', () => {
  it('writes a share of 0 % over a month answered with none right, not over a month with no answer', async () => {
    drawChartsAt(420, 14)
    const bars: Bar[] = [
      { tick: 'Oct', label: 'October 2026', value: 0, text: 'none answered' },
      { tick: 'Nov', label: 'November 2026', value: 0 },
      { tick: 'Dec', label: 'December 2026', value: 50, current: true },
    ]
    const w = mount(BarChart, {
      props: {
        title: 'Right',
        summary: 'Some right.',
        bars,
        max: 100,
        unit: '%',
        columns: ['Month', 'Share right'],
      },
      attachTo: document.body,
    })
    await nextTick()
    // November read as October did, a month with nothing to show, under a bar of 50 % beside it.
    expect(w.findAll('.chart-value').map((t) => t.text())).toEqual(['0%', '50%'])
    // A count of none stays unwritten: a day with no review is not a result.
    const counts = await drawn(days(4))
    expect(counts.findAll('.chart-value').map((t) => t.text())).toEqual(['1', '2', '3'])
  })

  it('draws at its width on screen, its ticks and values where they fit', async () => {
    drawChartsAt(420, 14)
    const w = await drawn(days(14))
    expect(w.get('svg').attributes('viewBox')?.split(' ')[2]).toBe('420')
    expect(ticks(w)).toEqual(['2', '5', '8', '11', '14'])
    // 30 px a bar: room for a number over each bar that has one.
    expect(w.findAll('.chart-value')).toHaveLength(days(14).filter((b) => b.value > 0).length)
  })

  it('draws a few bars as wide as those of a full chart, from the left, not as one block across it', async () => {
    drawChartsAt(560, 14)
    const w = await drawn([
      { tick: 'Nov', label: 'November', value: 60 },
      { tick: 'Dec', label: 'December', value: 80, current: true },
    ])
    const rects = w.findAll('rect.chart-bar')
    // 4 em (56 px) a bar at most, gap included: 50 px wide, the second beside the first.
    expect(rects.map((r) => Number(r.attributes('width')))).toEqual([50, 50])
    expect(rects.map((r) => Number(r.attributes('x')))).toEqual([3, 59])
    expect(ticks(w)).toEqual(['Nov', 'Dec'])
    expect(w.findAll('.chart-value').map((v) => v.text())).toEqual(['60', '80'])
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

  it('names the month under the first tick and where it changes, at 390 px and at 1280 px', async () => {
    // A phone: the chart is 350 px wide, room for a tick and "Nov" every third day.
    drawChartsAt(350, 14)
    const phone = await drawn(toDecember4())
    expect(ticks(phone)).toEqual(['7', '10', '13', '16', '19', '22', '25', '28', '1', '4'])
    expect(periods(phone)).toEqual(['7 Nov', '1 Dec'])
    // With large text, fewer ticks; the month moves to the first tick of it still written.
    drawChartsAt(350, 21)
    const large = await drawn(toDecember4())
    expect(ticks(large)).toEqual(['10', '16', '22', '28', '4'])
    expect(periods(large)).toEqual(['10 Nov', '4 Dec'])
    // A desktop: the chart's 32 rem (448 px).
    drawChartsAt(448, 14)
    const wide = await drawn(toDecember4())
    expect(ticks(wide)).toEqual(['7', '10', '13', '16', '19', '22', '25', '28', '1', '4'])
    expect(periods(wide)).toEqual(['7 Nov', '1 Dec'])
    // The months take a line of their own under the ticks: the drawing is that much taller.
    const height = (w: typeof wide) => Number(w.get('svg').attributes('viewBox')?.split(' ')[3])
    expect(height(wide)).toBeGreaterThan(height(await drawn(days(30))))
  })

  it('keeps the month under the last bar inside the drawing on a 320 px phone at 200 % text', async () => {
    // 280 px for 30 bars of 28 px text: ticks every sixth day, today's "4" with its "Dec".
    drawChartsAt(280, 28)
    const w = await drawn(toDecember4())
    expect(periods(w)).toContain('4 Dec')
    // Centred text of n characters is about 0.6 em a character wide: all of it is in the drawing.
    for (const text of w.findAll('.chart-tick[text-anchor="middle"]')) {
      const half = 0.3 * text.text().length * 28
      const x = Number(text.attributes('x'))
      expect(x - half, text.text()).toBeGreaterThanOrEqual(0)
      expect(x + half, text.text()).toBeLessThanOrEqual(280)
    }
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
