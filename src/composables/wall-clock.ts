import { onBeforeUnmount, onMounted, shallowRef } from 'vue'

/** How often the wall clock is looked at between ticks, for a jump (a laptop waking up). */
const LOOK = 5_000

/**
 * A reactive clock for what changes by the minute (what is due for review): it ticks every
 * `intervalMs` while the component is mounted, and at once when the page is shown again or the
 * wall clock has jumped. A timer alone lagged: a background tab's timers are slowed to one a
 * minute, and a laptop's sleep stops the clock timers run on, so after waking the count waited
 * out what was left of its minute, yesterday's count beside today's date.
 */
export function useWallClock(intervalMs = 60_000) {
  const now = shallowRef(new Date())
  const tick = () => (now.value = new Date())
  const look = () => {
    if (Date.now() - now.value.getTime() >= intervalMs) tick()
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') tick()
  }
  let handle: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    handle = setInterval(look, Math.min(intervalMs, LOOK))
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('pageshow', tick)
  })
  onBeforeUnmount(() => {
    clearInterval(handle)
    document.removeEventListener('visibilitychange', onVisible)
    window.removeEventListener('pageshow', tick)
  })
  return now
}
