import { defineConfig } from 'vitest/config';

/**
 * The quality gate (`npm run check:quality`, run by CI when `../shared/corpora` is present):
 * each benchmark runs whole and must stay at or above the floor pinned in its test. Floors
 * are raised when the engine improves and never lowered silently.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.quality.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
