import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs (*.spec.ts under test/e2e) are run by Playwright, never by Vitest.
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
