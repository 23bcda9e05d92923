import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';
import { themeReadingAsData } from './vite.theme-reading';

// One build per browser: `BROWSER=chrome|firefox vite build`. The content script is built
// separately as one synchronous IIFE (vite.content.config.ts), so it is not listed here.
// crx builds the pages the manifest names (popup, options); the reader tab is opened by URL
// only, so it is an extra Rollup input.
const browser = (process.env.BROWSER ?? 'chrome') as TargetBrowser;

export default defineConfig({
  plugins: [themeReadingAsData(), preact(), crx({ manifest: manifestFor(baseManifest, browser) as ManifestV3Export, browser })],
  build: {
    outDir: resolve(import.meta.dirname, process.env.BROADSHEET_DIST ?? 'dist', browser),
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
