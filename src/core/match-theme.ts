import { THEMES, type ThemeRule } from '../themes';
import { safeQuery } from './query';
import { recogniseTheme } from './recognise';
import { looksLikeWordPress } from './wordpress-signs';

export { looksLikeWordPress };

export interface ThemeMatch {
  rule: ThemeRule;
  signals: string[];
}

/**
 * The best theme rule whose fingerprints match, or null: one querySelector per fingerprint
 * asked, only on WordPress pages. (A single querySelectorAll over all fingerprints joined was
 * tried: it made a 5 MB page several times slower in Chromium.) Inside detect() and extract()
 * in a JS DOM (linkedom, jsdom) the fingerprints are answered from one index of the page.
 */
export function matchTheme(document: Document): ThemeMatch | null {
  if (!looksLikeWordPress(document)) return null;
  return recogniseTheme(document, THEMES, present);
}

function present(document: Document, selector: string): boolean {
  return safeQuery(document, selector) !== null;
}
