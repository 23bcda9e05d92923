import { safeQueryAll } from '../query';
import { contentRoot } from '../page-root';
import { chooseContent } from './choose';
import { scoreCandidates } from './score';
import { STREAMED_SEGMENT } from './signals';
import { measure, type PageStats } from './stats';

// The generic engine's container finder for pages no theme rule knows: measure the page once,
// score paragraph-holding containers, choose the article and merge its sibling parts. A strict
// pass skips regions whose class/id says "unlikely"; when that leaves little text, a relaxed
// pass measures everything (Readability's retry, without re-parsing).

/** What the generic engine strips from a body before reading it. */
export const GENERIC_STRIP = [
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'h1',
  '.entry-meta',
  '.post-meta',
  '.byline',
  '.tags-links',
  '.cat-links',
  '.sharedaddy',
  '.share-buttons',
  '.addtoany_share_save_container',
  '#jp-relatedposts',
  '.yarpp-related',
  '.crp_related',
  '.theme-notice',
  '.comments-area',
  '#comments',
  '.screen-reader-text',
  '.sr-only',
  `[hidden]:not(${STREAMED_SEGMENT})`,
  '[aria-hidden="true"]',
];

/** A marked-up article body wins outright when it holds this much text. */
const DECLARED_MIN = 400;
const SHORT_RESULT = 500;

/** A detached wrapper's first part, where the body found sits in the page. */
const FIRST_PART = new WeakMap<Element, Element>();

/** Where a body found sits in the page: itself, or the first of the parts a wrapper holds clones of. */
export function placeInPage(container: Element): Element {
  return FIRST_PART.get(container) ?? container;
}

export function findGenericBody(document: Document): Element | null {
  const body = contentRoot(document);
  if (!body) return null;
  const strict = pick(document, body, measure(body, { skipUnlikely: true, skipFurniture: true }));
  if (strict && strict.text >= SHORT_RESULT) return strict.element;
  const relaxed = pick(document, body, measure(body, { skipUnlikely: false, skipFurniture: false }));
  if (!relaxed) return strict?.element ?? null;
  return !strict || relaxed.text > strict.text * 1.5 ? relaxed.element : strict.element;
}

function pick(document: Document, body: Element, page: PageStats): { element: Element; text: number } | null {
  const declared = declaredBody(document, body, page);
  if (declared) return declared;
  const scores = scoreCandidates(page);
  const choice = chooseContent(page, scores, body);
  if (!choice) return null;
  const text = choice.parts.reduce((sum, part) => sum + (page.stats.get(part)?.text ?? 0), 0);
  if (choice.parts.length === 1) return { element: choice.top, text };
  // Sibling parts are gathered under a detached wrapper of clones: the page is never changed.
  const wrapper = document.createElement('div');
  for (const part of choice.parts) wrapper.appendChild(part.cloneNode(true));
  FIRST_PART.set(wrapper, choice.parts[0]);
  return { element: wrapper, text };
}

/** schema.org's articleBody, when the page marks it and it holds the text. */
function declaredBody(document: Document, body: Element, page: PageStats): { element: Element; text: number } | null {
  const bodyText = page.stats.get(body)?.text ?? 0;
  for (const element of safeQueryAll(document, '[itemprop="articleBody"]')) {
    const text = page.stats.get(element)?.text ?? 0;
    if (text >= DECLARED_MIN && text >= bodyText * 0.1) return { element, text };
  }
  return null;
}
