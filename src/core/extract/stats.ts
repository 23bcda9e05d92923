import { ELEMENT_NODE, TEXT_NODE } from './blocks';
import { classAndId, isHidden, MAYBE, UNLIKELY } from './signals';

// One iterative post-order walk over the page that measures every element once: visible text
// length, text inside links, commas, and whether block elements sit below it. Scoring and
// cleaning read these numbers instead of re-walking subtrees (no quadratic work, no recursion
// depth limit on deeply nested pages).

export interface ElementStats {
  /** Characters of visible text, whitespace runs counted as one. */
  text: number;
  /** Characters of that text inside <a>. */
  link: number;
  commas: number;
  /** A block-level element (p, div, table, list, pre, img…) somewhere below. */
  blockBelow: boolean;
  /** Counts of some descendants, for conditional cleaning. */
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** Measured elements below (they follow it in `order`). */
  descendants: number;
}

/** Never read as content. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'select', 'button',
  'input', 'textarea', 'option', 'head', 'title', 'meta', 'link', 'video', 'audio',
]);
/** Page furniture: skipped while scoring (cleaning removes them from the content too). */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'dialog', 'menu']);
const BLOCKISH = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface PageStats {
  stats: Map<Element, ElementStats>;
  /** Elements skipped as unlikely/hidden/furniture (their subtrees are not measured). */
  skipped: Set<Element>;
  /** Elements in document order (measured ones only). */
  order: Element[];
}

export interface StatsOptions {
  /** Skip regions whose class/id says "unlikely" (the first, strict attempt). */
  skipUnlikely: boolean;
}

const WHITESPACE = /[\s\u00a0\u200b]+/g;

export function measure(root: Element, options: StatsOptions): PageStats {
  const stats = new Map<Element, ElementStats>();
  const skipped = new Set<Element>();
  const order: Element[] = [];
  // Stack of [element, childCursor]; children are visited through nextSibling (no array copies).
  const stack: Array<{ element: Element; child: Node | null; own: ElementStats; start: number }> = [];
  const open = (element: Element): void => {
    const own: ElementStats = { text: 0, link: 0, commas: 0, blockBelow: false, p: 0, img: 0, li: 0, input: 0, embed: 0, descendants: 0 };
    stats.set(element, own);
    stack.push({ element, child: element.firstChild, own, start: order.length });
    order.push(element);
  };
  open(root);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.child;
    if (!node) {
      stack.pop();
      frame.own.descendants = order.length - frame.start - 1;
      const parent = stack[stack.length - 1];
      if (parent) {
        const own = frame.own;
        parent.own.text += own.text;
        parent.own.link += tagName(frame.element) === 'a' ? own.text : own.link;
        parent.own.commas += own.commas;
        const tag = tagName(frame.element);
        if (own.blockBelow || BLOCKISH.has(tag)) parent.own.blockBelow = true;
        parent.own.p += own.p + (tag === 'p' ? 1 : 0);
        parent.own.img += own.img;
        parent.own.li += own.li + (tag === 'li' ? 1 : 0);
        parent.own.input += own.input;
        parent.own.embed += own.embed;
      }
      continue;
    }
    frame.child = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value.length) {
        const collapsed = value.length > 200_000 ? value.length : value.replace(WHITESPACE, ' ').length;
        frame.own.text += collapsed;
        frame.own.commas += countCommas(value);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = tagName(element);
    if (tag === 'img') frame.own.img += 1;
    else if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button') frame.own.input += 1;
    else if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'video') frame.own.embed += 1;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'img' || tag === 'picture' || tag === 'figure') frame.own.blockBelow = true;
    if (FURNITURE_TAGS.has(tag) || isHidden(element) || (options.skipUnlikely && isUnlikely(element, tag))) {
      skipped.add(element);
      continue;
    }
    open(element);
  }
  return { stats, skipped, order };
}

export function tagName(element: Element): string {
  return (element.localName || element.tagName || '').toLowerCase();
}

function isUnlikely(element: Element, tag: string): boolean {
  if (tag === 'body' || tag === 'article' || tag === 'main' || tag === 'a' || tag === 'p') return false;
  const words = classAndId(element);
  if (!words) return element.getAttribute('role') === 'complementary' || element.getAttribute('role') === 'navigation';
  return UNLIKELY.test(words) && !MAYBE.test(words);
}

function countCommas(value: string): number {
  if (value.length > 200_000) return 0;
  let count = 0;
  for (let index = value.indexOf(','); index !== -1; index = value.indexOf(',', index + 1)) count += 1;
  // Full-width and Arabic commas count too.
  for (const comma of ['，', '،']) for (let index = value.indexOf(comma); index !== -1; index = value.indexOf(comma, index + 1)) count += 1;
  return count;
}
