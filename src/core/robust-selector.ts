import { attributeOf, classNameOf, safeQueryAll } from './query';
import { selectorProblem } from './selector-check';
import { cssIdent, isStableClass, isStableId } from './selector-words';

// The selector the picker saves for an element: the shortest one that matches that element and
// nothing else on the page, built from what will still be there on the next load. In order:
// the element's own stable id, its stable classes and attributes (with or without its tag),
// the same anchored on a stable ancestor, and only when nothing else tells it apart, a short
// `tag:nth-of-type(n)` path from the nearest stable ancestor. Pure: reads the document only.

/** How many ancestors up a selector may be anchored. */
const ANCHOR_DEPTH = 6;
/** Stable classes considered per element, rarest first: pairs of them grow fast. */
const MAX_CLASSES = 4;
/** Attributes that name what an element is (microdata, ARIA roles, test hooks). */
const NAMING_ATTRIBUTES = ['itemprop', 'role', 'data-testid', 'data-component'];
/** Tags that say what a region is: good anchors, and good enough alone when unique. */
const LANDMARKS = new Set(['main', 'article', 'aside', 'nav', 'header', 'footer', 'section', 'form']);

interface Part {
  selector: string;
  /** 0 an id, 1 classes or attributes, 2 a tag alone: a lower tier wins over a shorter text. */
  tier: number;
}

/** The selector for `target`, validated by selectorProblem; null for an element outside a document. */
export function robustSelector(target: Element): string | null {
  const document = target.ownerDocument;
  if (!target.isConnected || !document || target.getRootNode() !== document) return null;
  const tag = tagOf(target);
  if (target === document.documentElement || target === document.body || target === document.head) return tag;
  const only = (selector: string) => matchesOnly(document, selector, target);
  const own = ownParts(target);
  const alone = firstMatching(own, only);
  if (alone) return alone;
  let ancestor = target.parentElement;
  for (let depth = 1; ancestor && ancestor !== document.documentElement && depth <= ANCHOR_DEPTH; depth += 1) {
    const anchored: Part[] = [];
    for (const anchor of anchorParts(ancestor)) {
      for (const part of own) {
        if (depth === 1) anchored.push({ selector: `${anchor.selector} > ${part.selector}`, tier: Math.max(anchor.tier, part.tier) });
        anchored.push({ selector: `${anchor.selector} ${part.selector}`, tier: Math.max(anchor.tier, part.tier) });
      }
    }
    const found = firstMatching(anchored, only);
    if (found) return found;
    ancestor = ancestor.parentElement;
  }
  return nthPath(target, only);
}

/** Whether `selector` is sound and matches exactly `target` in `document`. */
export function matchesOnly(document: Document, selector: string, target: Element): boolean {
  if (selectorProblem(selector, document)) return false;
  const found = safeQueryAll(document, selector);
  return found.length === 1 && found[0] === target;
}

/** The best part that `accept`s: lowest tier first, then shortest. */
function firstMatching(parts: readonly Part[], accept: (selector: string) => boolean): string | null {
  const ordered = [...parts].sort((a, b) => a.tier - b.tier || a.selector.length - b.selector.length);
  const seen = new Set<string>();
  for (const { selector } of ordered) {
    if (seen.has(selector)) continue;
    seen.add(selector);
    if (accept(selector)) return selector;
  }
  return null;
}

/** Simple selectors that describe the element itself. */
function ownParts(element: Element): Part[] {
  const tag = tagOf(element);
  const parts: Part[] = [];
  const id = attributeOf(element, 'id');
  if (id && isStableId(id)) parts.push({ selector: `#${cssIdent(id)}`, tier: 0 });
  const classes = stableClasses(element).map((name) => `.${cssIdent(name)}`);
  for (const [index, first] of classes.entries()) {
    parts.push({ selector: first, tier: 1 }, { selector: `${tag}${first}`, tier: 1 });
    for (const second of classes.slice(index + 1)) parts.push({ selector: `${first}${second}`, tier: 1 }, { selector: `${tag}${first}${second}`, tier: 1 });
  }
  for (const name of NAMING_ATTRIBUTES) {
    const value = attributeOf(element, name);
    if (value && value.length <= 60 && !/\d{4,}/.test(value)) parts.push({ selector: `${tag}[${name}=${cssString(value)}]`, tier: 1 });
  }
  parts.push({ selector: tag, tier: 2 });
  return parts;
}

/** Simple selectors for an ancestor that anchors a descendant selector (need not be unique). */
function anchorParts(element: Element): Part[] {
  const parts: Part[] = [];
  const id = attributeOf(element, 'id');
  if (id && isStableId(id)) parts.push({ selector: `#${cssIdent(id)}`, tier: 0 });
  for (const name of stableClasses(element).slice(0, 2)) parts.push({ selector: `.${cssIdent(name)}`, tier: 1 });
  const tag = tagOf(element);
  if (LANDMARKS.has(tag)) parts.push({ selector: tag, tier: 1 });
  return parts;
}

/** The element's stable classes, rarest on the page first, at most MAX_CLASSES. */
function stableClasses(element: Element): string[] {
  const names = [...new Set(classNameOf(element).split(/\s+/))].filter(isStableClass);
  const document = element.ownerDocument;
  const count = (name: string) => document.getElementsByClassName(name).length;
  const counts = new Map(names.map((name) => [name, count(name)]));
  return names.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0)).slice(0, MAX_CLASSES);
}

/**
 * The last resort: `tag:nth-of-type(n)` steps up from the element (the index only where a
 * sibling has the same tag), ended at the first step that makes it unique, at the nearest
 * ancestor with a stable id, or at <body>.
 */
function nthPath(target: Element, only: (selector: string) => boolean): string {
  const steps: string[] = [];
  let node: Element | null = target;
  while (node && node !== node.ownerDocument.documentElement) {
    const id = attributeOf(node, 'id');
    if (node !== target && id && isStableId(id)) {
      const anchored = [`#${cssIdent(id)}`, ...steps].join(' > ');
      if (only(anchored)) return anchored;
    }
    steps.unshift(node === node.ownerDocument.body ? 'body' : step(node));
    const path = steps.join(' > ');
    if (only(path)) return path;
    node = node.parentElement;
  }
  return steps.join(' > ');
}

function step(element: Element): string {
  const tag = tagOf(element);
  const siblings = element.parentElement ? Array.from(element.parentElement.children).filter((sibling) => sibling.localName === element.localName) : [element];
  return siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(element) + 1})` : tag;
}

function tagOf(element: Element): string {
  return cssIdent(element.localName.toLowerCase());
}

/** A CSS string in double quotes. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
