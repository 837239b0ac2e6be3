import { afterEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { freshPinia, mountRoute } from '../progress/played.ts'
import { useYoursStore } from '../../../src/stores/yours.ts'
import type { Bank, Passage } from '../../../src/domain/bank/schema.ts'
import { ferryBank, ferryPassage } from '../../fixtures/studio/ferry.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the classroom page', { timeout: 30_000 }, () => {
  it("lists the teacher's own article and its sets first, above the shipped ones", async () => {
    const pinia = freshPinia()
    const yours = useYoursStore()
    await yours.saveArticle(ferryPassage as Passage, new Date('2025-02-03'))
    await yours.saveSet(ferryBank as Bank, new Date('2025-02-03'))
    const { wrapper } = await mountRoute('/classroom', pinia)
    const articles = wrapper.findAll('.article-card .article-title').map((h) => h.text())
    expect(articles[0]).toBe(ferryPassage.title)
    expect(articles.length).toBeGreaterThan(1)
    expect(wrapper.findAll('.set-tools h4')[0]?.text()).toBe(ferryBank.title)
  })
})
