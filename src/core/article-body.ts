import { sanitizeToFragment } from './sanitize';
import type { Article } from './types';

// The article's body as sanitized DOM, for a view that shows it. An Article that extract() made
// in this realm still holds its body as a markup tree until `html` is read: one DOMPurify pass
// turns that tree into DOM (core/sanitize's sanitizeMarkupToFragment). Reading `html` first
// would sanitize the tree, serialise it, and parse and sanitize the string again, in the popup's
// render before the article's first frame (docs/performance.md). Any other Article (from JSON,
// or one whose html was read) takes that string path.

const treeBuilders = new WeakMap<Article, () => DocumentFragment | null>();

/** For extract(): how to build this article's body from its tree (null once the tree is gone). */
export function keepBodyTree(article: Article, build: () => DocumentFragment | null): void {
  treeBuilders.set(article, build);
}

/** The body as a sanitized fragment of an inert document; null only when no sanitizer can run here. */
export function articleBodyFragment(article: Article): DocumentFragment | null {
  return treeBuilders.get(article)?.() ?? sanitizeToFragment(article.html);
}
