import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Built the way Passage is built (same Vite, same plugin, same target), so the two compare.
export default defineConfig({
  root: fileURLToPath(new URL('./', import.meta.url)),
  plugins: [vue()],
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, manifest: true },
})
