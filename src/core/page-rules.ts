import { safeQuery, safeQueryAll } from './query';
import { textOf } from './text';
import type { PageRules } from './types';

// Reading the reader's rules for a page (types.ts PageRules). Rules are untrusted data: a rule
// that is not a string, or a selector that does not parse, is ignored, never thrown.

/** The element the `article` rule names, when it holds text; otherwise null (the rule is ignored). */
export function userArticle(document: Document, rules: PageRules | undefined): Element | null {
  const selector = rules?.article;
  if (typeof selector !== 'string' || !selector.trim()) return null;
  const element = safeQuery(document, selector);
  return element && textOf(element) ? element : null;
}

/** The `hide` selectors that are strings at all (the query helpers ignore those that do not parse). */
export function hideSelectors(rules: PageRules | undefined): string[] {
  const hide = rules?.hide;
  if (!Array.isArray(hide)) return [];
  return hide.filter((selector): selector is string => typeof selector === 'string' && selector.trim() !== '');
}

/** A hide rule whose matches hold more than this share of the body's text is the article, not clutter. */
export const MOST_OF_THE_TEXT = 0.5;

/**
 * Detaches what the hide rules match inside a body being prepared (a clone; the root itself is
 * never taken). Each selector is queried on its own: joined into one list, an unclosed
 * `:not(` in one would swallow the others. A rule that would take most of the text is skipped.
 */
export function stripHidden(root: Element, selectors: readonly string[]): void {
  const total = (root.textContent ?? '').length;
  for (const selector of selectors) {
    const matches = outermost(safeQueryAll(root, selector));
    const taken = matches.reduce((sum, element) => sum + (element.textContent ?? '').length, 0);
    if (total > 0 && taken > total * MOST_OF_THE_TEXT) continue;
    for (const element of matches) element.remove();
  }
}

/** Matches not inside another match, in document order. */
export function outermost(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const element of elements) {
    if (!kept.some((outer) => outer.contains(element))) kept.push(element);
  }
  return kept;
}
