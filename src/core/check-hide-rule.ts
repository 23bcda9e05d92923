import { readArticle } from './read-article';
import { outermost } from './page-rules';
import { safeQueryAll } from './query';
import { selectorProblem } from './selector-check';
import { normalizeSpace } from './text';
import type { PageRules } from './types';

// May the reader hide what a selector matches? The picker asks before it saves a hide rule:
// a rule that would take the article's own text away is refused, whatever the reader clicked
// (a wrapper around the whole story looks like any other box under the pointer). Pure: reads
// the document, never changes it.

export type HideRuleRefusal = 'invalid' | 'no-match' | 'page' | 'article';
export type HideRuleCheck = { ok: true; matches: number } | { ok: false; reason: HideRuleRefusal; detail: string };

/** The matched elements may hold at most this share of the article's words. */
export const MOST_OF_THE_ARTICLE = 0.5;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function checkHideRule(document: Document, selector: string, options: { url?: string; rules?: PageRules } = {}): HideRuleCheck {
  const problem = selectorProblem(selector, document);
  if (problem) return { ok: false, reason: 'invalid', detail: `"${String(selector).slice(0, 60)}": ${problem}` };
  const matches = outermost(safeQueryAll(document, selector));
  if (matches.length === 0) return { ok: false, reason: 'no-match', detail: 'the selector matches nothing on this page' };
  const page = [document.documentElement, document.head, document.body];
  if (matches.some((element) => page.includes(element as HTMLElement))) {
    return { ok: false, reason: 'page', detail: 'the selector matches the whole page' };
  }
  // The article as the reader sees it now: with their article rule, without this hide rule.
  const hide = (options.rules?.hide ?? []).filter((rule) => rule !== selector);
  const article = readArticle(document, { url: options.url, rules: { ...options.rules, hide } }).article;
  if (article) {
    // By paragraph, not by word: a letters column repeats the story's words, not its paragraphs.
    const matched = matches.map((element) => normalizeSpace(element.textContent)).join('\n');
    let total = 0;
    let taken = 0;
    for (const paragraph of article.text.split('\n\n')) {
      const words = paragraph.match(WORD)?.length ?? 0;
      total += words;
      if (matched.includes(normalizeSpace(paragraph))) taken += words;
    }
    if (total > 0 && taken > total * MOST_OF_THE_ARTICLE) {
      return { ok: false, reason: 'article', detail: `the selector holds ${Math.round((taken / total) * 100)}% of the article's words` };
    }
  }
  return { ok: true, matches: matches.length };
}
