import { THEMES, type ThemeRule } from '../themes';
import { safeQuery } from './query';

export interface ThemeMatch {
  rule: ThemeRule;
  signals: string[];
}

/**
 * Every supported theme is a WordPress theme, and wp_head() always prints WordPress asset or
 * API links. One query over <head> (a few dozen elements) lets every other page out before any
 * theme fingerprint is tried: that is the whole cost of the content script on most of the web.
 */
const WORDPRESS_HEAD =
  'link[href*="/wp-content/"], script[src*="/wp-content/"], link[href*="/wp-includes/"], script[src*="/wp-includes/"], link[rel="https://api.w.org/"]';
const WORDPRESS_BODY_CLASS = /(?:^|\s)(?:wp-theme-|wp-child-theme-|postid-\d)/;

export function looksLikeWordPress(document: Document): boolean {
  const head = document.head;
  if (head && safeQuery(head, WORDPRESS_HEAD)) return true;
  return WORDPRESS_BODY_CLASS.test(document.body?.getAttribute('class') ?? '');
}

/**
 * The best theme rule whose fingerprints match, or null: one querySelector per fingerprint,
 * only on WordPress pages. (A single querySelectorAll over all fingerprints joined was tried:
 * it made a 5 MB page several times slower in Chromium.)
 */
export function matchTheme(document: Document): ThemeMatch | null {
  if (!looksLikeWordPress(document)) return null;
  return pickRule((selector) => safeQuery(document, selector) !== null);
}

function pickRule(present: (selector: string) => boolean): ThemeMatch | null {
  for (const rule of THEMES) {
    const matched = rule.fingerprints.filter((fingerprint) => present(fingerprint.selector));
    if (matched.length < rule.minSignals) continue;
    if (rule.fingerprints.some((fingerprint) => fingerprint.required && !matched.includes(fingerprint))) continue;
    return { rule, signals: matched.map((fingerprint) => `${rule.id}:${fingerprint.name}`) };
  }
  return null;
}
