import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { passageBanks } from './scripts/vite-banks.ts'

export default defineConfig({
  plugins: [vue(), passageBanks()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  // A second dev server (the start test) gets its own dependency cache, so it never rewrites the
  // one a running `npm start` serves from.
  cacheDir: process.env.PASSAGE_VITE_CACHE_DIR || undefined,
  // Relative asset paths let the built site be opened from any folder or sub-path.
  base: './',
  build: {
    target: 'es2022',
    // Read by the size budget (scripts/size.ts) and the benchmark to know what a route loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // Vue, its router and Pinia in one chunk every page shares (not three), so a first visit
        // fetches fewer files and gzip sees them together.
        codeSplitting: {
          groups: [{ name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/ }],
        },
      },
    },
  },
})
