/// <reference lib="webworker" />
/** Runs the item-writing lint off the main thread: it compares every question with every other. */
import type { Passage } from '../../domain/bank/schema.ts'
import { lintMessages, type Lintable } from '../../domain/studio/validate.ts'

self.onmessage = (event: MessageEvent<{ id: number; lintable: Lintable; passage: Passage }>) => {
  const { id, lintable, passage } = event.data
  self.postMessage({ id, warnings: lintMessages(lintable, passage) })
}
