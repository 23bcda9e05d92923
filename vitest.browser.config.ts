import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium and Firefox with the BUILT extension (dist/, `npm run build`
// first; `npm test` does). One browser per file, files one after another (2 cores, ~450 MiB
// per Chromium). BROADSHEET_DIST=<dir> points them at another build.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
