import { ELEMENT_NODE, TEXT_NODE } from './blocks';
import { charWeight } from './script-weight';
import { classAndId, isHidden, MAYBE, UNLIKELY } from './signals';

// One iterative post-order walk over the page that measures every element once: visible text
// length, text inside links, commas, and whether block elements sit below it. Scoring and
// cleaning read these numbers instead of re-walking subtrees (no quadratic work, no recursion
// depth limit on deeply nested pages).

export interface ElementStats {
  /** Characters of visible text, whitespace runs counted as one, dense scripts weighted (script-weight.ts). */
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
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'select',
  'button',
  'input',
  'textarea',
  'option',
  'head',
  'title',
  'meta',
  'link',
  'video',
  'audio',
]);
/** Page furniture: skipped while scoring (cleaning removes them from the content too). */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'dialog', 'menu']);
const BLOCKISH = new Set([
  'blockquote',
  'dl',
  'div',
  'img',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
  'section',
  'article',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

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
  /**
   * Skip page furniture (nav, aside, header, footer…) too. The relaxed attempt measures it: on
   * malformed pages an unclosed <aside> or a <header> holds the whole article.
   */
  skipFurniture: boolean;
}

export function measure(root: Element, options: StatsOptions): PageStats {
  const stats = new Map<Element, ElementStats>();
  const skipped = new Set<Element>();
  const order: Element[] = [];
  // Stack of [element, childCursor]; children are visited through nextSibling (no array copies).
  const stack: Array<{ element: Element; tag: string; child: Node | null; own: ElementStats; start: number }> = [];
  const open = (element: Element, tag: string): void => {
    const own: ElementStats = { text: 0, link: 0, commas: 0, blockBelow: false, p: 0, img: 0, li: 0, input: 0, embed: 0, descendants: 0 };
    stats.set(element, own);
    stack.push({ element, tag, child: element.firstChild, own, start: order.length });
    order.push(element);
  };
  open(root, tagName(root));
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.child;
    if (!node) {
      stack.pop();
      frame.own.descendants = order.length - frame.start - 1;
      const parent = stack[stack.length - 1];
      if (parent) {
        const own = frame.own;
        const tag = frame.tag;
        parent.own.text += own.text;
        parent.own.link += tag === 'a' ? own.text : own.link;
        parent.own.commas += own.commas;
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
      if (value.length > 200_000) frame.own.text += value.length;
      else if (value.length) measureText(value, frame.own);
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
    if ((options.skipFurniture && FURNITURE_TAGS.has(tag)) || isHidden(element) || (options.skipUnlikely && isUnlikely(element, tag))) {
      skipped.add(element);
      continue;
    }
    open(element, tag);
  }
  return { stats, skipped, order };
}

export function tagName(element: Element): string {
  return (element.localName || element.tagName || '').toLowerCase();
}

function isUnlikely(element: Element, tag: string): boolean {
  if (tag === 'body' || tag === 'article' || tag === 'main' || tag === 'a' || tag === 'p') return false;
  const words = classAndId(element);
  if (!words) {
    const role = element.getAttribute('role');
    return role === 'complementary' || role === 'navigation';
  }
  return UNLIKELY.test(words) && !MAYBE.test(words);
}

/**
 * Adds a text node's length with whitespace runs counted as one (as value.replace(/[\s\u00a0\u200b]+/g, ' ')
 * would give, Chinese, Japanese and Korean characters weighted) and its commas (full-width and Arabic ones too), in one pass that allocates nothing.
 */
function measureText(value: string, own: ElementStats): void {
  let length = 0;
  let commas = 0;
  let inSpace = false;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (isSpace(code)) {
      if (!inSpace) length += 1;
      inSpace = true;
      continue;
    }
    inSpace = false;
    length += charWeight(code);
    if (code === 0x2c || code === 0xff0c || code === 0x060c || code === 0x3001) commas += 1;
  }
  own.text += length;
  own.commas += commas;
}

/** JavaScript's \s plus the zero-width space. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
