import { ref } from 'vue'
import { defineStore } from 'pinia'

export const useAnswerStore = defineStore('answer', () => {
  const choice = ref<string | null>(null)
  return { choice }
})
