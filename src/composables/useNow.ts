import { onBeforeUnmount, onMounted, shallowRef } from 'vue'

/** A reactive clock that ticks every `intervalMs` while the component is mounted. */
export function useNow(intervalMs = 250) {
  const now = shallowRef(new Date())
  let handle: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    handle = setInterval(() => (now.value = new Date()), intervalMs)
  })
  onBeforeUnmount(() => clearInterval(handle))
  return now
}
