import type { RouteLocationNormalized } from 'vue-router'
import { useBanksStore } from '../stores/banks.ts'
import { useYoursStore } from '../stores/yours.ts'

/** Pages that show one set or article wait for the teacher's own; list pages fill in later. */
const WAITS = new Set([
  'quiz',
  'read',
  'studio',
  'studio-new',
  'studio-edit',
  'studio-article',
  'studio-import',
  'studio-share',
  'shared',
])

/** Starts loading the teacher's sets, and waits when `to` names one that is not shipped. */
export async function loadYoursFor(to: RouteLocationNormalized): Promise<void> {
  const name = String(to.name)
  const { passageId, setSlug } = to.params
  const banks = useBanksStore()
  const shipped =
    (name === 'quiz' && banks.set(`${String(passageId)}/${String(setSlug)}`)) ||
    (name === 'read' && banks.article(String(passageId)))
  const loading = useYoursStore().load()
  if (WAITS.has(name) && !shipped) await loading
}
