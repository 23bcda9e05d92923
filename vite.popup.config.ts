import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { themeReadingAsData } from './vite.theme-reading';

// The popup's script: one classic (non-module) IIFE, `popup.js`, preloaded by src/popup/index.html
// and run once the document has loaded (src/popup/start-after-load.classic.js). A module graph
// (an entry and its chunks, each fetched from the extension and linked before anything runs)
// reached the first line ~12 ms later than one classic file (`npm run measure:popup-speed`).
// The stylesheets stay in the main build, with the HTML.
const browser = process.env.BROWSER ?? 'chrome';
const root = import.meta.dirname;

/**
 * `popup-early.js`: src/popup/early-page.classic.js (asks the tab for its page),
 * public/early-look.js (paints the remembered look) and src/popup/start-after-load.classic.js
 * (runs popup.js after load) as one blocking script in the popup's <head>: one request instead
 * of three before the document can load (early-look.js is also the other pages' own).
 */
function popupEarlyScript(): Plugin {
  return {
    name: 'broadsheet-popup-early',
    generateBundle() {
      const parts = ['src/popup/early-page.classic.js', 'public/early-look.js', 'src/popup/start-after-load.classic.js'].map((file) => readFileSync(resolve(root, file), 'utf8'));
      // Minified like popup.js: its comments are for the source, not for every popup to load.
      const minified = minifySync('popup-early.js', parts.join('\n'));
      if (minified.errors.length > 0) this.error(`popup-early.js: ${minified.errors.map((error) => error.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'popup-early.js', source: minified.code });
    },
  };
}

export default defineConfig({
  plugins: [themeReadingAsData(), preact(), popupEarlyScript()],
  publicDir: false,
  build: {
    outDir: resolve(root, process.env.BROADSHEET_DIST ?? 'dist', browser),
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(root, 'src/popup/main.tsx'),
      formats: ['iife'],
      name: 'broadsheetPopup',
      fileName: () => 'popup.js',
    },
  },
});
