import { THEMES, type ThemeRule } from '../themes';
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
 * tried: it made a 5 MB page several times slower in Chromium.)
 */
export function matchTheme(document: Document): ThemeMatch | null {
  if (!looksLikeWordPress(document)) return null;
  return recogniseTheme(document, THEMES);
}
