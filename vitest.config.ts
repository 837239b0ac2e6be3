import { fileURLToPath } from 'node:url'
import { mergeConfig, defineConfig, configDefaults } from 'vitest/config'
import viteConfig from './vite.config.ts'

const NODE_TESTS = [
  'tests/domain/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  'tests/fuzz/**/*.test.ts',
]
/** Fuzz tests that mount pages: they need the DOM (and are left out of the Node project). */
const DOM_FUZZ = ['tests/fuzz/pages.test.ts']

export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        root: fileURLToPath(new URL('./', import.meta.url)),
        setupFiles: ['tests/setup.ts'],
        // Domain, CLI and most fuzz tests need no DOM: they run in plain Node, which spares each
        // of their files a browser environment (a third of the unit run's time on 2 cores).
        projects: [
          {
            extends: true,
            test: {
              name: 'node',
              environment: 'node',
              // They share no mutable state across files (no stores, storage, DOM or module
              // mocks), so one module graph per worker serves them all: half the project's time.
              isolate: false,
              include: NODE_TESTS,
              exclude: [...configDefaults.exclude, ...DOM_FUZZ],
            },
          },
          {
            extends: true,
            test: {
              name: 'dom',
              environment: 'happy-dom',
              // Each file keeps its own module graph (stores and settings are module state);
              // worker threads start it faster than child processes.
              pool: 'threads',
              include: ['tests/**/*.test.ts'],
              exclude: [
                ...configDefaults.exclude,
                'tests/e2e/**',
                'tests/domain/**',
                'tests/scripts/**',
                'tests/fuzz/!(pages).test.ts',
              ],
            },
          },
        ],
        // Tests wait for state, not time: generous limits keep a busy 2-core machine from failing a
        // good run (the first lazy import of a view compiles it, which can take seconds there).
        testTimeout: 30_000,
        hookTimeout: 30_000,
      },
    }),
  ),
)
