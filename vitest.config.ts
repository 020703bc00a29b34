import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    // FC_NUM_RUNS / FC_SEED: deeper or replayed property runs (CONTRIBUTING.md).
    setupFiles: ['test/support/fast-check-depth.ts'],
  },
});
