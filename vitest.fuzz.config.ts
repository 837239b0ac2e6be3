import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// `npm run fuzz`: the fuzz properties of tests/fuzz/ only, each run PASSAGE_FUZZ_SCALE times as
// often as in `npm test` (25× unless set), for a longer hunt before a release or after a change
// to a reader of untrusted input. A failure prints the seed and path that replay it.
export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        environment: 'happy-dom',
        include: ['tests/fuzz/**/*.test.ts'],
        root: fileURLToPath(new URL('./', import.meta.url)),
        setupFiles: ['tests/setup.ts'],
        env: { PASSAGE_FUZZ_SCALE: process.env.PASSAGE_FUZZ_SCALE ?? '25' },
      },
    }),
  ),
)
