import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { classicScript } from './vite.classic-script';
import { themeReadingAsData } from './vite.theme-reading';

// The popup's script: one classic (non-module) IIFE, `popup.js`, preloaded by src/popup/index.html
// and run once the document has loaded (src/popup/start-after-load.classic.js). A module graph
// (an entry and its chunks, each fetched from the extension and linked before anything runs)
// reached the first line ~12 ms later than one classic file (`npm run measure:popup-speed`).
// The stylesheets stay in the main build, with the HTML.
const root = import.meta.dirname;

export default defineConfig({
  // popup-early.js (src/popup/early.entry.ts): asks the tab for its page, paints the remembered
  // look and runs popup.js after load, as one blocking script in the popup's <head>.
  plugins: [themeReadingAsData(), preact(), classicScript('popup-early.js', 'src/popup/early.entry.ts')],
  publicDir: false,
  build: {
    outDir: resolve(root, process.env.BROADSHEET_DIST ?? 'dist', 'chrome'),
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
