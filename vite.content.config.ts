import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { bundleApart, classicScript } from './vite.classic-script';
import { themeEvidenceSelector, themeWrapperSelector } from './src/core/theme-evidence';
import { THEMES } from './src/themes';

// The content script: one self-contained, synchronous IIFE at a fixed name, so it runs at
// document_start before the page's first inline script and exposes no chunks to the web.
const target = 'es2022';

/**
 * `virtual:broadsheet-page-cleaner` = src/content/page-cleaner.ts bundled on its own and
 * wrapped in a function. A bundler evaluates every imported module's top level at start-up;
 * inside a function, the page cleaner (theme rules, auto-clean, messaging) is evaluated only
 * when the gate in main.ts calls it, i.e. on WordPress pages and when the popup asks.
 */
function pageCleanerAsFunction(): Plugin {
  const id = 'virtual:broadsheet-page-cleaner';
  const name = '__broadsheetPageCleaner';
  return {
    name: 'broadsheet-page-cleaner',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const code = await bundleApart({ lib: { entry: resolve(import.meta.dirname, 'src/content/page-cleaner.ts'), formats: ['iife'], name } }, 'page cleaner');
      return `export function loadPageCleaner() {\n${code}\nreturn ${name};\n}\n`;
    },
  };
}

/**
 * `virtual:broadsheet-theme-evidence` = the gate's second question, derived from the theme
 * fingerprints here rather than in every page the script runs on.
 */
function themeEvidenceAsData(): Plugin {
  const id = 'virtual:broadsheet-theme-evidence';
  return {
    name: 'broadsheet-theme-evidence',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `export const THEME_EVIDENCE = ${JSON.stringify(themeEvidenceSelector(THEMES))};\nexport const THEME_WRAPPERS = ${JSON.stringify(themeWrapperSelector(THEMES))};\n`
        : null,
  };
}

// Two more content-world scripts are built beside it, each one IIFE of its own, so content.js
// (loaded on every page) carries neither: hide-rules.js, registered at document_start only on
// the sites with hide rules (src/background/hide-registration.ts), and picker.js, injected on
// demand when the reader asks for the picker (src/picker/).
export default defineConfig({
  plugins: [
    pageCleanerAsFunction(),
    themeEvidenceAsData(),
    classicScript('hide-rules.js', 'src/content/hide-rules.ts'),
    classicScript('picker.js', 'src/picker/main.ts'),
  ],
  build: {
    outDir: resolve(import.meta.dirname, process.env.BROADSHEET_DIST ?? 'dist', 'chrome'),
    emptyOutDir: false,
    sourcemap: false,
    target,
    minify: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/content/main.ts'),
      formats: ['iife'],
      name: 'broadsheetContent',
      fileName: () => 'content.js',
    },
  },
});
