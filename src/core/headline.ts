import { safeQuery } from './query';
import { contentRoot } from './page-root';
import { textOf } from './text';
import { agrees, comparable, isHeadlinePlace } from './extract/title';
import { placeInPage } from './extract/generic';

// A headline above the text is how a page shows it is one story: a heading that says what the
// page's <title> (or og:title) says, at the top of the body found or shortly before it. Old
// blogs title their posts with an <h2> or <h3>, so any of the top three levels will do. A
// listing's headings name other pages, and its <title> names the site or section.

const HEADINGS = 'h1, h2, h3';
/** Any heading: another one between the headline and the body means the body is another section. */
const ANY_HEADING = 'h1, h2, h3, h4, h5, h6';
/** At most this much text (a standfirst, a byline, a date, a share bar) between the headline and the body. */
const NEAR = 600;
const MOST_HEADINGS = 40;
/** Elements whose text is not on the page. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Whether a heading agreeing with the page's declared title stands in or shortly before `container`. */
export function hasHeadlineAbove(document: Document, found: Element): boolean {
  const container = placeInPage(found);
  const head = document.head ?? document;
  const titles = [textOf(safeQuery(head, 'title')), safeQuery(head, 'meta[property="og:title"]')?.getAttribute('content') ?? '']
    .map((title) => title.trim())
    .filter(Boolean);
  const root = contentRoot(document);
  if (!titles.length || !root) return false;
  const opening = openingHeading(container);
  for (const heading of Array.from(root.querySelectorAll(HEADINGS)).slice(0, MOST_HEADINGS)) {
    const inside = container.contains(heading);
    if (!inside && !(precedes(heading, container) && (!opening || opening === heading) && textBetween(heading, container) <= NEAR)) continue;
    const key = comparable(textOf(heading));
    if (key && isHeadlinePlace(heading) && titles.some((title) => agrees(key, title))) return true;
  }
  return false;
}

/** The heading the container's text opens with, if it opens with one ("How it works" of a landing page's section). */
function openingHeading(container: Element): Element | null {
  for (let node: Node | null = container.firstChild; node && container.contains(node); node = nextInOrder(node)) {
    if (node.nodeType === 1 && (node as Element).matches(ANY_HEADING)) return node as Element;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return null;
  }
  return null;
}

function precedes(node: Node, other: Node): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING: `other` comes after `node`.
  return (node.compareDocumentPosition(other) & 4) !== 0;
}

/**
 * The length of the text after `heading` and before `container` starts, counted up to just past
 * NEAR, node by node (never the text of a whole subtree: the walk stops early on a huge page).
 * Another heading on the way means the body belongs to that one.
 */
function textBetween(heading: Element, container: Element): number {
  let length = 0;
  let node: Node | null = nextOutside(heading);
  while (node && node !== container && length <= NEAR) {
    if (node.nodeType === 1 && (node as Element).matches(ANY_HEADING)) return Number.POSITIVE_INFINITY;
    if (node.nodeType === 1 && NOT_TEXT.has((node as Element).localName)) {
      node = nextOutside(node);
      continue;
    }
    if (node.nodeType === 3) length += (node.nodeValue ?? '').trim().length;
    node = nextInOrder(node);
  }
  return length;
}

/** The node after `node` in document order. */
function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? nextOutside(node);
}

/** The node after `node` in document order, skipping its descendants. */
function nextOutside(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}
