import type { ThemeReading } from '../themes/types';
import { safeQuery } from './query';
import { recogniseTheme } from './recognise';
import { looksLikeWordPress } from './wordpress-signs';

export { looksLikeWordPress };

export interface ThemeMatch<T extends ThemeReading = ThemeReading> {
  rule: T;
  signals: string[];
}

/**
 * The best of `rules` (by priority) whose fingerprints match, or null: one querySelector per
 * fingerprint asked, only on WordPress pages. (A single querySelectorAll over all fingerprints
 * joined was tried: it made a 5 MB page several times slower in Chromium.) Inside detect() and
 * extract() in a JS DOM (linkedom, jsdom) the fingerprints are answered from one index of the page.
 * The caller passes the rules: reading passes THEME_READING and cleaning THEMES, so the popup's
 * bundle does not import the clutter lists (no default here, which would keep THEMES in it).
 */
export function matchTheme<T extends ThemeReading>(document: Document, rules: readonly T[]): ThemeMatch<T> | null {
  if (!looksLikeWordPress(document, safeQuery)) return null;
  return recogniseTheme(document, rules, present);
}

function present(document: Document, selector: string): boolean {
  return safeQuery(document, selector) !== null;
}
