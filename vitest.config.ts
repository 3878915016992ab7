import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'workers/**/*.test.ts',
            'cli/**/*.test.ts',
            'scripts/**/*.test.ts',
            'entrypoints/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
          environment: 'node',
          // A time limit here only guards against a hang: the suite also runs on a busy two-core
          // machine, where the corpus and file-scanning tests take several seconds. Speed is measured
          // by `npm run bench`, never by a test's time limit.
          testTimeout: 60_000,
          globalSetup: ['tests/build-cli.setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
