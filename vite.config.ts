import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor } from './scripts/manifest-for.mjs';
import { classicScript } from './vite.classic-script';
import { themeReadingAsData } from './vite.theme-reading';

// The extension's pages, built once for Chromium (`npm run build` copies the build for Firefox
// with its own manifest, scripts/manifest-for.mjs). The content script is built separately as
// one synchronous IIFE (vite.content.config.ts), so it is not listed here.
// crx builds the pages the manifest names (popup, options); the reader tab is opened by URL
// only, so it is an extra Rollup input.

export default defineConfig({
  plugins: [
    themeReadingAsData(),
    preact(),
    classicScript('early-look.js', 'src/ui/early-look.entry.ts'),
    crx({ manifest: manifestFor(baseManifest, 'chrome') as ManifestV3Export, browser: 'chrome' }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, process.env.BROADSHEET_DIST ?? 'dist', 'chrome'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Every browser the extension supports has modulepreload: no polyfill in each page's JS.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { reader: resolve(import.meta.dirname, 'src/reader/index.html') },
    },
  },
  legacy: { skipWebSocketTokenCheck: true },
});
