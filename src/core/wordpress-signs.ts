// The first, cheapest question the content script asks on every page: is this WordPress at
// all? Every supported theme is a WordPress theme. This module must stay tiny and import
// nothing: the content script's gate evaluates it on every page of the web.

/**
 * wp_head() always prints WordPress asset or API links: one query over <head> (a few dozen
 * elements) lets every other page out before any theme fingerprint is tried.
 */
const WORDPRESS_HEAD =
  'link[href*="/wp-content/"], script[src*="/wp-content/"], link[href*="/wp-includes/"], script[src*="/wp-includes/"], link[rel="https://api.w.org/"]';
const WORDPRESS_BODY_CLASS = /(?:^|\s)(?:wp-theme-|wp-child-theme-|postid-\d)/;

/**
 * The same signs as one document-wide selector, a little looser (any link, any "postid-"). Its
 * use: a query that finds nothing hands back no element, and in a content script's isolated
 * world the first element handed back is costly (the world builds the element prototypes
 * then; docs/performance.md). Most pages of the web end on this null; a hit is confirmed by
 * looksLikeWordPress.
 */
export const WORDPRESS_SIGNS = `${WORDPRESS_HEAD}, body[class*="wp-theme-"], body[class*="wp-child-theme-"], body[class*="postid-"]`;

/** `find` answers the <head> query: extraction passes its indexed query helper (query.ts). */
export function looksLikeWordPress(
  document: Document,
  find: (root: ParentNode, selector: string) => Element | null = (root, selector) => root.querySelector(selector),
): boolean {
  const head = document.head;
  try {
    if (head && find(head, WORDPRESS_HEAD)) return true;
  } catch {
    // A parser without attribute-substring selectors: fall through to the body class.
  }
  return WORDPRESS_BODY_CLASS.test(document.body?.getAttribute('class') ?? '');
}
