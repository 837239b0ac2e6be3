import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// `npm run bench`: the *.perf.ts files only, one at a time so they do not disturb each other's
// timings. Not part of `npm test`: tests never assert wall-clock times.
export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        environment: 'happy-dom',
        include: ['tests/bench/**/*.perf.ts'],
        root: fileURLToPath(new URL('./', import.meta.url)),
        setupFiles: ['tests/setup.ts'],
        fileParallelism: false,
      },
    }),
  ),
)
