import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests needing git, pre-commit or Chromium are skipped (with one line each) where those are missing, unless CI=true.
    globalSetup: ['test/setup/programs.ts'],
    // End-to-end tests spawn the built CLI; two cores run them in parallel comfortably.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
