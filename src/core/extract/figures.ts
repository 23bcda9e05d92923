import type { ThemeReading } from '../../themes/types';
import type { Figure } from '../types';
import { queryFirst, safeQuery, safeQueryAll } from '../query';
import { normalizeSpace } from '../text';
import { childNodesOf, isBlock, isElement, tagOf, TEXT_NODE } from './blocks';
import { splitCaptionCredit, type CaptionParts } from './credit';
import { resolveHttp } from './urls';

// Images with their captions and credits: the theme's lead (featured) figure and the figures
// inside the body. Sources come from attributes (lazy loaders first), never from `.src`.

const LAZY_ATTRIBUTES = ['data-lazy-src', 'data-src', 'data-original', 'data-orig-file', 'data-url'];
const LAZY_SRCSET_ATTRIBUTES = ['data-lazy-srcset', 'data-srcset', 'srcset'];

/** The real image URL of an <img> (or <source>), resolved against the page. */
export function imageSrc(img: Element, base: string | undefined): string | undefined {
  for (const name of LAZY_ATTRIBUTES) {
    const found = resolveHttp(img.getAttribute(name), base);
    if (found) return found;
  }
  const src = resolveHttp(img.getAttribute('src'), base);
  if (src) return src;
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const found = largestFromSrcset(img.getAttribute(name), base);
    if (found) return found;
  }
  return undefined;
}

function largestFromSrcset(srcset: string | null, base: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = parseFloat(descriptor) || 1;
    const resolved = resolveHttp(url, base);
    if (resolved && (!best || size > best.size)) best = { url: resolved, size };
  }
  return best?.url;
}

/** Tracking pixels and spacers are not figures. */
export function isTinyImage(img: Element): boolean {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return (width > 0 && width <= 2) || (height > 0 && height <= 2);
}

/** Text lines of a caption element: <br> and block boundaries break lines; icons and screen-reader text are skipped. */
export function linesOf(element: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    if (normalizeSpace(current)) lines.push(normalizeSpace(current));
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of childNodesOf(node)) {
      if (child.nodeType === TEXT_NODE) current += child.nodeValue ?? '';
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      const classes = child.getAttribute('class') ?? '';
      if (/(?:^|\s)(?:screen-reader-text|sr-only)(?:\s|$)/.test(classes) || tag === 'script' || tag === 'style') continue;
      if (tag === 'br') {
        breakLine();
        continue;
      }
      const block = isBlock(child);
      if (block) breakLine();
      walk(child);
      if (block) breakLine();
    }
  };
  walk(element);
  breakLine();
  return lines;
}

function figureFrom(img: Element, base: string | undefined, parts: CaptionParts): Figure | undefined {
  const src = imageSrc(img, base);
  if (!src) return undefined;
  const alt = normalizeSpace(img.getAttribute('alt'));
  return { src, ...(alt ? { alt } : {}), ...parts };
}

/** Caption markup on pages without a theme rule: WordPress's block and classic captions. */
const GENERIC_CAPTION = ['figcaption', '.wp-caption-text'];

/** The theme's featured image with whatever its caption element says. */
export function readLeadFigure(document: Document, rule: ThemeReading | undefined, base: string | undefined): Figure | undefined {
  const selectors = rule?.extraction.leadFigure ?? ['figure.wp-block-post-featured-image', '.post-thumbnail', 'article figure.featured-image'];
  // Without a theme the three generic selectors are asked in one query (one walk of the page).
  const holder = rule?.extraction.leadFigure ? queryFirst(document, selectors) : safeQuery(document, selectors.join(', '));
  if (!holder) return undefined;
  const img = tagOf(holder) === 'img' ? holder : safeQuery(holder, 'img');
  if (!img || isTinyImage(img)) return undefined;
  const captionSelectors = rule?.extraction.leadCaption ?? GENERIC_CAPTION;
  // A caption right after the image box, not inside it: where the theme prints it so, and on
  // pages without a theme, WordPress's own caption markup.
  const after = rule?.extraction.leadCaptionAfter ?? GENERIC_CAPTION;
  const next = holder.nextElementSibling;
  const captionElement = queryFirst(holder, captionSelectors) ?? (next && after.some((selector) => safeMatches(next, selector)) ? next : null);
  return figureFrom(img, base, captionElement ? splitCaptionCredit(linesOf(captionElement)) : {});
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Generic pages: the lead image is the figure (or lone image) placed just before the article
 * body, among the previous siblings of the body or of its parent/grandparent.
 */
export function leadBeforeContent(container: Element, base: string | undefined): Figure | undefined {
  let node: Element | null = container;
  for (let level = 0; node && level < 3; level += 1, node = node.parentElement) {
    for (let sibling = node.previousElementSibling, seen = 0; sibling && seen < 4; sibling = sibling.previousElementSibling, seen += 1) {
      const holder = tagOf(sibling) === 'figure' || tagOf(sibling) === 'img' ? sibling : safeQuery(sibling, 'figure');
      if (!holder) continue;
      const img = tagOf(holder) === 'img' ? holder : safeQuery(holder, 'img');
      if (!img || isTinyImage(img)) continue;
      const captionElement = safeQuery(holder, 'figcaption, .wp-caption-text');
      return figureFrom(img, base, captionElement ? splitCaptionCredit(linesOf(captionElement)) : {});
    }
  }
  return undefined;
}

const NOSCRIPT_IMG = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/i;
const NOSCRIPT_ALT = /\balt\s*=\s*["']([^"']*)["']/i;

/**
 * Lazy loaders often leave a placeholder <img> and the real one in a <noscript> next to it.
 * Before <noscript> is stripped (on the detached clone), give the placeholder the real source,
 * or put a real <img> in place of a lone <noscript>. The markup is read as text: parsers differ
 * on whether noscript content is elements or text, and it never becomes live markup here.
 */
export function adoptNoscriptImages(root: Element): void {
  for (const noscript of safeQueryAll(root, 'noscript')) {
    const markup = noscript.innerHTML || noscript.textContent || '';
    const match = NOSCRIPT_IMG.exec(
      markup
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    if (!match) continue;
    const alt = NOSCRIPT_ALT.exec(match[0])?.[1];
    const parent = noscript.parentElement;
    const placeholder = parent ? Array.from(parent.children).find((child) => tagOf(child) === 'img') : undefined;
    const img = placeholder ?? noscript.ownerDocument.createElement('img');
    img.setAttribute('data-src', match[1]);
    if (alt && !img.getAttribute('alt')) img.setAttribute('alt', alt);
    if (!placeholder) noscript.parentNode?.insertBefore(img, noscript);
  }
}

export interface InlineFigure {
  /** The element the figure replaces in the body (figure, caption box, or image wrapper). */
  holder: Element;
  /** undefined when the holder is an unusable image (no src, tracking pixel): drop it. */
  figure?: Figure;
}

const CAPTION_BOX = 'figure, .wp-caption, .wp-block-image';

/** Figures inside a (detached) body, in reading order. */
export function findInlineFigures(root: Element, base: string | undefined): InlineFigure[] {
  const found: InlineFigure[] = [];
  const seen = new Set<Element>();
  for (const img of safeQueryAll(root, 'img')) {
    const box = img.closest(CAPTION_BOX);
    const holder = box && root.contains(box) && box !== root ? box : imageHolder(img, root);
    if (seen.has(holder)) continue;
    seen.add(holder);
    if (isTinyImage(img)) {
      found.push({ holder });
      continue;
    }
    const captionElement = box ? safeQuery(box, 'figcaption, .wp-caption-text, .wp-element-caption') : null;
    const parts = captionElement ? splitCaptionCredit(linesOf(captionElement)) : {};
    found.push({ holder, figure: figureFrom(img, base, parts) });
  }
  return found;
}

/** Climb from an image through wrappers (p, a, span, picture…) that hold nothing but it. */
function imageHolder(img: Element, root: Element): Element {
  let holder: Element = img;
  for (let parent = img.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (!['p', 'a', 'span', 'div', 'picture', 'center'].includes(tagOf(parent))) break;
    if (normalizeSpace(parent.textContent) || safeQueryAll(parent, 'img').length > 1) break;
    holder = parent;
  }
  return holder;
}
