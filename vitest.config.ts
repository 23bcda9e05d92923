import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests. Files that sanitize run under jsdom (`// @vitest-environment jsdom`), never
// happy-dom or linkedom, where DOMPurify passes HTML through. The extension API is mocked
// in one place.
export default defineConfig({
  plugins: [preact()],
  resolve: {
    alias: [
      { find: 'webextension-polyfill', replacement: resolve(import.meta.dirname, 'tests/mocks/webextension-polyfill.ts') },
      { find: /^(?:\.{1,2}\/)+(?:[\w-]+\/)*extension-api$/, replacement: resolve(import.meta.dirname, 'tests/mocks/webextension-polyfill.ts') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Whole-corpus tests (every fixture, every hostile page) take seconds each; on a loaded
    // 2-core machine several times that. A timeout here catches a hang, not slowness.
    testTimeout: 90_000,
    setupFiles: ['tests/helpers/property-seed.ts'],
    globalSetup: ['tests/helpers/build-library.ts'],
  },
});
