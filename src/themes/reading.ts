import { THEMES } from './index';
import type { ThemeReading, ThemeRule } from './types';

// What detect() and extract() recognise themes from and read pages with: every rule without
// its license-notice and clutter lists. The popup and reader-tab builds replace this module by
// its value, computed at build time (vite.theme-reading.ts), so they carry no cleaning data;
// the library, the CLI and the tests compute it here.

/** A rule without what only cleaning uses. */
export function readingPart({ licenseNotices: _notices, clutter: _clutter, ...reading }: ThemeRule): ThemeReading {
  return reading;
}

/** Highest explicit priority first, as THEMES. */
export const THEME_READING: readonly ThemeReading[] = THEMES.map(readingPart);
