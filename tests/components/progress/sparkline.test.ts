import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ScoreSparkline from '../../../src/components/progress/ScoreSparkline.vue'

function sparkline(scores: number[], passMark?: number) {
  return mount(ScoreSparkline, { props: { scores, passMark } }).get('svg')
}

describe('the score sparkline', () => {
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
  ])('is named "$label"', ({ scores, passMark, label }) => {
    const svg = sparkline(scores, passMark)
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe(label)
    expect(svg.findAll('.sparkline-dot')).toHaveLength(scores.length)
    expect(svg.find('.sparkline-pass').exists()).toBe(passMark !== undefined)
  })

  it('draws 0 % at the bottom, 100 % at the top, oldest on the left', () => {
    const dots = sparkline([0, 100]).findAll('.sparkline-dot')
    const [low, high] = dots.map((d) => ({
      x: Number(d.attributes('cx')),
      y: Number(d.attributes('cy')),
    }))
    expect(low!.x).toBeLessThan(high!.x)
    expect(low!.y).toBeGreaterThan(high!.y)
  })
})
