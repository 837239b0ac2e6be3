import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { scormPlayer } from './scripts/scorm-player.ts'

export default defineConfig({
  plugins: [vue(), scormPlayer()],
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
