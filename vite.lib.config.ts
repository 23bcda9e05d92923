import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The library (ESM, browser and Node) and the CLI (Node). jsdom stays external: the library
// reaches it only in Node, through the sanitize module's fail-closed fallback.
const target = process.env.TARGET === 'cli' ? 'cli' : 'lib';
const root = import.meta.dirname;

export default defineConfig({
  build: {
    outDir: resolve(root, process.env.BROADSHEET_DIST ?? 'dist', target),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    minify: false,
    ssr: target === 'cli' ? resolve(root, 'src/cli/main.ts') : undefined,
    lib: target === 'lib' ? { entry: resolve(root, 'src/lib/index.ts'), formats: ['es'], fileName: () => 'broadsheet.js' } : undefined,
    rollupOptions: {
      external: [/^node:/, 'jsdom'],
      output: target === 'cli' ? { entryFileNames: 'broadsheet.js', banner: '#!/usr/bin/env node' } : {},
    },
  },
  ssr: { noExternal: target === 'cli' ? ['dompurify'] : [] },
});
