import { defineConfig } from 'vite'

// `npm run bench` measures the bank loader as the browser gets it: this builds
// src/domain/bank/library.ts alone, bundled and minified, for Node to import.
export default defineConfig({
  logLevel: 'error',
  build: {
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/domain/bank/library.ts', formats: ['es'], fileName: () => 'library.js' },
  },
})
