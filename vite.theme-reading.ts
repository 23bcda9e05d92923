import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { THEME_READING } from './src/themes/reading';

// The extension's pages (popup, reader tab) recognise and read themes but never clean: they
// get src/themes/reading.ts as data computed here, so their bundles hold no clutter or
// license lists, and the data is still written once, in each theme's file. The value is the
// rules already merged with the WordPress base: the pages do no merging as they start.

const READING_MODULE = resolve(import.meta.dirname, 'src/themes/reading.ts');

/** The source that stands for src/themes/reading.ts in a page build: its value, as a literal. */
export function themeReadingModule(): string {
  return `export const THEME_READING = ${JSON.stringify(THEME_READING)};\n`;
}

export function themeReadingAsData(): Plugin {
  return {
    name: 'broadsheet-theme-reading',
    enforce: 'pre',
    load: (id) => (id.split('?')[0] === READING_MODULE ? themeReadingModule() : null),
  };
}
