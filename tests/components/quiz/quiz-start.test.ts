import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuizStart from '../../../src/components/quiz/QuizStart.vue'
import { setMeta } from '../../../src/domain/bank/catalog.ts'
import { bank, single } from '../../fixtures/banks.ts'

function factory() {
  return mount(QuizStart, { props: { set: setMeta(bank({}, [single, { ...single, id: 'q2' }])) } })
}

/** Opens or closes "More options" as a click on its summary does. */
async function toggleMore(w: ReturnType<typeof factory>, open: boolean) {
  const details = w.get('details')
  ;(details.element as HTMLDetailsElement).open = open
  await details.trigger('toggle')
}

describe('the start form', () => {
  it('takes a quiz code under "More options", so a class can share one order', async () => {
    const w = factory()
    await toggleMore(w, true)
    const field = w.get('details').get('input[type=text]')
    expect(w.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Quiz code (optional)')
    await field.setValue('  xtq2gah4 ')
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBe('xtq2gah4')
  })

  it('draws "More options" when first opened and keeps what was chosen there when closed', async () => {
    const w = factory()
    expect(w.get('details').find('input').exists()).toBe(false)
    await toggleMore(w, true)
    await w.get('details').get('input[type=text]').setValue('abc')
    await toggleMore(w, false)
    await toggleMore(w, true)
    expect(w.get<HTMLInputElement>('details input[type=text]').element.value).toBe('abc')
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBe('abc')
  })

  it('leaves the code to chance when the field is empty', async () => {
    const w = factory()
    await w.get('form').trigger('submit')
    expect(w.emitted('start')?.[0]?.[1]).toBeUndefined()
  })
})
