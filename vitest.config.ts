import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['tests/**/*.test.ts'],
      exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/screenshots/**'],
      root: fileURLToPath(new URL('./', import.meta.url)),
      setupFiles: ['tests/setup.ts'],
      // Property tests run thousands of cases; on a busy 2-core CI machine 5 s is too tight.
      // A limit for hung tests, not a performance assertion.
      testTimeout: 30_000,
    },
  }),
)
