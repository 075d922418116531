import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; two cores run them in parallel comfortably.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
