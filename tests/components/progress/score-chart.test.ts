import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ScoreChart from '../../../src/components/progress/ScoreChart.vue'

function chart(scores: number[], passMark?: number) {
  return mount(ScoreChart, { props: { scores, passMark } }).get('svg')
}
const texts = (svg: ReturnType<typeof chart>, selector: string) =>
  svg.findAll(selector).map((t) => t.text())

describe('the score chart', () => {
  it.each([
    {
      scores: [80],
      passMark: 0.7,
      label: 'Score of your one attempt: 80%. Pass mark 70%.',
    },
    {
      scores: [90, 40, 60],
      passMark: undefined,
      label: 'Scores of 3 attempts, oldest to newest: from 90% to 60%, falling; best 90%.',
    },
    {
      scores: [50, 100, 50],
      passMark: 0.5,
      label:
        'Scores of 3 attempts, oldest to newest: from 50% to 50%, the same as at the start; best 100%. Pass mark 50%.',
    },
  ])('is one image named with a summary: "$label"', ({ scores, passMark, label }) => {
    const svg = chart(scores, passMark)
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe(label)
    expect(svg.findAll('.score-chart-dot')).toHaveLength(scores.length)
    expect(svg.find('.score-chart-pass').exists()).toBe(passMark !== undefined)
  })

  it('labels both axes and writes every score by its point', () => {
    const svg = chart([67, 97, 72], 0.7)
    expect(texts(svg, '.score-chart-grid text')).toEqual(['0%', '25%', '50%', '75%', '100%'])
    expect(texts(svg, '.score-chart-axis-title')).toEqual(['Score', 'Attempt, oldest to newest'])
    expect(texts(svg, '.score-chart-x text')).toEqual(['1', '2', '3'])
    expect(texts(svg, '.score-chart-value')).toEqual(['67%', '97%', '72%'])
    expect(svg.get('.score-chart-pass-label').text()).toBe('pass 70%')
  })

  it('keeps a long history readable: about ten attempt numbers, the best and latest scores written', () => {
    const scores = Array.from({ length: 30 }, (_, i) => (i === 7 ? 99 : 50 + (i % 5)))
    const svg = chart(scores)
    expect(texts(svg, '.score-chart-value')).toEqual(['99%', `${scores.at(-1)}%`])
    expect(texts(svg, '.score-chart-x text')).toEqual([
      '1',
      '4',
      '7',
      '10',
      '13',
      '16',
      '19',
      '22',
      '25',
      '28',
      '30',
    ])
  })

  it('draws 0 % at the bottom, 100 % at the top, oldest on the left', () => {
    const dots = chart([0, 100]).findAll('.score-chart-dot')
    const [low, high] = dots.map((d) => ({
      x: Number(d.attributes('cx')),
      y: Number(d.attributes('cy')),
    }))
    expect(low!.x).toBeLessThan(high!.x)
    expect(low!.y).toBeGreaterThan(high!.y)
  })
})
