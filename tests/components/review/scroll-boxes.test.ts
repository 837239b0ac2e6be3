/**
 * The dashboard's tables scroll inside their own box on a phone at a large text size: a keyboard
 * must be able to reach and scroll that box, and a screen reader hears what it holds. The box is a
 * Tab stop while its table is wider than it (tests/components/app/table-scroll.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import AccuracyTable from '../../../src/components/review/AccuracyTable.vue'
import BarChart from '../../../src/components/review/BarChart.vue'

describe('a table that may scroll sideways on the dashboard', () => {
  it('is in a named region: accuracy by set', () => {
    const wrapper = mount(AccuracyTable, {
      props: {
        caption: 'Accuracy by question set',
        heading: 'Set',
        rows: [{ name: 'Who said what', answered: 4, right: 3 }],
      },
    })
    const box = wrapper.get('.table-scroll')
    expect(box.attributes('role')).toBe('region')
    expect(box.attributes('aria-label')).toBe('Accuracy by question set')
  })

  it('is in a named region: a chart shown as a table', () => {
    const wrapper = mount(BarChart, {
      props: {
        title: 'Reviews per day',
        summary: 'Four reviews on Thursday.',
        bars: [{ tick: 'Th', label: 'Thursday 3 December', value: 4 }],
        columns: ['Day', 'Reviews'],
      },
    })
    const box = wrapper.get('.table-scroll')
    expect(box.attributes('role')).toBe('region')
    expect(box.attributes('aria-label')).toBe('Reviews per day, as a table')
  })
})
