import { defineConfig } from 'vitest/config';

// Playwright specs (*.spec.ts under test/e2e) are run by Playwright, never by Vitest.
const shared = { environment: 'node' as const, pool: 'forks' as const, testTimeout: 20_000 };

export default defineConfig({
  test: {
    projects: [
      {
        // The Electron glue's tests mock `electron` (vi.mock): each file in a fresh module graph.
        test: { ...shared, name: 'electron', include: ['test/electron/**/*.test.ts'] },
      },
      {
        // Everything else builds its own halls in temp folders and mocks no module: the files share a
        // worker's module graph (isolate: false), which saves each file ~3 s of re-importing the core.
        // A test must therefore leave no module state behind (timers, listeners, patched globals).
        test: { ...shared, name: 'core', include: ['test/**/*.test.ts'], exclude: ['test/electron/**'], isolate: false },
      },
    ],
  },
});
