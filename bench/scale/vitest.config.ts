import { defineConfig } from 'vitest/config';

/** The scale benchmark's own tests (`npx vitest run --config bench/scale/vitest.config.ts`); the main config covers src/ and test/. */
export default defineConfig({
  test: { include: ['bench/scale/**/*.test.ts'] },
});
