/** What every question widget owes the student, checked the same way for each type. */
import { expect } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'

/** Bank text that would run script if a widget rendered it as HTML. */
export const MARKUP = '<img src=x onerror=alert(1)>'

/** Every form control a student can reach: inputs, selects and buttons. */
export function controls(wrapper: VueWrapper) {
  return wrapper.findAll<HTMLElement>('input, select, button, [tabindex]')
}

/**
 * Disabled as the browser sees it: by its own attribute or by a disabled fieldset around it.
 * happy-dom's `:disabled` ignores the fieldset, so this follows the HTML rule itself.
 */
export function isDisabled(element: Element): boolean {
  return element.hasAttribute('disabled') || element.closest('fieldset[disabled]') !== null
}

/** The text of the `<label for>` of each input and select, failing when one has none. */
export function labelTexts(wrapper: VueWrapper): string[] {
  const fields = wrapper.findAll('input, select')
  expect(fields.length).toBeGreaterThan(0)
  return fields.map((field) => {
    const id = field.attributes('id')
    expect(id, `${field.html()} has no id`).toBeTruthy()
    const labels = wrapper.findAll(`label[for="${id}"]`)
    expect(labels, `${field.html()} has no label`).toHaveLength(1)
    return labels[0]!.text()
  })
}

/** The values of every `update:modelValue` the widget emitted, in order. */
export function updates(wrapper: VueWrapper): unknown[] {
  return (wrapper.emitted('update:modelValue') ?? []).map(([value]) => value)
}
