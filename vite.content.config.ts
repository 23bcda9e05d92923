import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The content script: one self-contained, synchronous IIFE at a fixed name, so it runs at
// document_start before the page's first inline script and exposes no chunks to the web.
const browser = process.env.BROWSER ?? 'chrome';

export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, process.env.BROADSHEET_DIST ?? 'dist', browser),
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/content/main.ts'),
      formats: ['iife'],
      name: 'broadsheetContent',
      fileName: () => 'content.js',
    },
  },
});
