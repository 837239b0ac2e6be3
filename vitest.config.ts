import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        environment: 'happy-dom',
        include: ['tests/**/*.test.ts'],
        exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/screenshots/**'],
        root: fileURLToPath(new URL('./', import.meta.url)),
        setupFiles: ['tests/setup.ts'],
        // Tests wait for state, not time: generous limits keep a busy 2-core machine from failing a
        // good run (the first lazy import of a view compiles it, which can take seconds there).
        testTimeout: 30_000,
        hookTimeout: 30_000,
      },
    }),
  ),
)
