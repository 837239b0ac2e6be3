import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { questionsGuard } from './scripts/lib/questions-guard.ts'
import { scormPlayer } from './scripts/scorm-player.ts'

export default defineConfig({
  // The guard refuses to bundle a bank file that links out of questions/ or cannot be read.
  plugins: [
    vue(),
    questionsGuard(fileURLToPath(new URL('./questions', import.meta.url))),
    scormPlayer(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  // Relative asset paths let the built site be opened from any folder or sub-path.
  base: './',
  build: {
    target: 'es2022',
  },
})
