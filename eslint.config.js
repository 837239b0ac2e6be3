import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  {
    name: 'passage/files',
    files: ['**/*.{ts,mts,vue}'],
  },
  {
    name: 'passage/ignores',
    ignores: [
      'dist/**',
      'dist-portable/**',
      'bench/floor/dist/**',
      'bench/results/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'schema/**',
    ],
  },
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommendedTypeChecked,
  {
    name: 'passage/rules',
    rules: {
      // Bank, import and storage text is untrusted: it is rendered with {{ }}, never as HTML.
      'vue/no-v-html': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use the storage door in src/composables/storage.' },
      ],
    },
  },
  {
    name: 'passage/domain-is-pure',
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes into the domain as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes into the domain as a seed.',
        },
      ],
    },
  },
  {
    name: 'passage/e2e-resizes-wait',
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='setViewportSize']",
          message: 'Use resizeTo (helpers.ts): it waits until the page lays out at the new size.',
        },
      ],
    },
  },
  {
    name: 'passage/tests-wait-for-state',
    files: ['tests/**/*.ts'],
    // Not the e2e specs: their own rule above (resizes) would be replaced, and they have no vi.
    ignores: ['tests/fixtures/eventually.ts', 'tests/e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name='waitFor']",
          message: 'Use eventually (tests/fixtures/eventually.ts): vi.waitFor gives up after 1 s.',
        },
      ],
    },
  },
  {
    name: 'passage/storage-door',
    files: ['src/composables/storage/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
)
