import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit, end-to-end, golden and browser tests, plus quick checks on the
 * development corpora (metric reproduction) that skip when `../shared/corpora` is absent.
 * Whole-benchmark runs with pinned floors are the quality gate (`npm run check:quality`,
 * vitest.quality.config.ts), not part of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.quality.test.ts'],
    testTimeout: 30_000,
  },
});
