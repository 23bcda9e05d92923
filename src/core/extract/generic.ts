import { safeQueryAll } from '../query';
import { normalizeSpace } from '../text';

// The simple fallback for pages no theme rule knows. A later engine replaces it; this one only
// has to be correct: known article containers first, else the element holding most prose.

const CONTAINERS = [
  '[itemprop="articleBody"]',
  'article .entry-content',
  '.entry-content',
  'article .post-content',
  '.post-content',
  'article',
  '[role="main"]',
  'main',
];

/** What the generic engine strips from a body before reading it. */
export const GENERIC_STRIP = [
  'nav', 'aside', 'header', 'footer', 'form', 'button', 'input', 'select', 'textarea', 'dialog',
  'h1', '.entry-meta', '.post-meta', '.byline', '.tags-links', '.cat-links', '.sharedaddy', '.share-buttons',
  '.addtoany_share_save_container', '#jp-relatedposts', '.yarpp-related', '.crp_related', '.theme-notice',
  '.comments-area', '#comments', '.screen-reader-text', '.sr-only', '[hidden]', '[aria-hidden="true"]',
];

const MIN_PROSE = 200;

export function findGenericBody(document: Document): Element | null {
  for (const selector of CONTAINERS) {
    for (const candidate of safeQueryAll(document, selector)) {
      if (proseLength(candidate) >= MIN_PROSE) return candidate;
    }
  }
  return mostProse(document);
}

function proseLength(element: Element): number {
  let total = 0;
  for (const paragraph of Array.from(element.getElementsByTagName('p'))) {
    const length = normalizeSpace(paragraph.textContent).length;
    if (length >= 40) total += length;
  }
  return total;
}

/** The parent of the paragraphs with the most text. */
function mostProse(document: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of Array.from(document.body?.getElementsByTagName('p') ?? [])) {
    const length = normalizeSpace(paragraph.textContent).length;
    const parent = paragraph.parentElement;
    if (length < 40 || !parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = MIN_PROSE - 1;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
