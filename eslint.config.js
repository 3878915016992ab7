import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', 'coverage', 'bench/data', 'samples'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Untrusted text (notices, tables, spreadsheets) is read with regular expressions (in core/, cli/ and
    // workers/ above all): none may backtrack super-linearly, nor restart a search at each position of a
    // long run (docs/performance.md), since a long run of spaces or digits in a text would then take
    // seconds or hours. docs/dependencies.md says why this checker.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The core is pure: it runs unchanged in a worker, in Node and in tests.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'worker_threads'],
              message: 'core/ must not use Node APIs.',
            },
            {
              group: ['comlink', 'idb', 'wxt', 'wxt/*', 'preact', 'preact/*', '#imports'],
              message: 'core/ must not depend on the browser, the worker or the UI.',
            },
            {
              group: [
                '../workers/*',
                '../entrypoints/*',
                '../cli/*',
                '../../workers/*',
                '../../entrypoints/*',
                '../../cli/*',
              ],
              message: 'core/ depends on nothing outside core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'browser',
        'chrome',
        'indexedDB',
        'localStorage',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'cli/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
