// Defensive selector helpers: an invalid selector from rule data or a parser that lacks a
// feature must never throw into the page.

/**
 * A faster way to answer queries where selectors run in JavaScript (linkedom, jsdom): one index
 * of the page instead of a walk per query. query-index.ts installs one; the Node entries (library,
 * CLI) load it. The extension's pages and content script never do: their browser matches
 * selectors natively, and the index would only add weight to them.
 */
export interface QueryAccelerator {
  /** Runs `work` with the document's elements indexed for the queries it makes. */
  scope<T>(document: Document, work: () => T): T;
  /** root.querySelector(All)(selector) from the index, or undefined to let the DOM answer. */
  query(root: ParentNode, selector: string, firstOnly: boolean): Element[] | undefined;
  /** document.getElementsByTagName(tag) from the index, or undefined. */
  byTag(document: Document, tag: string): readonly Element[] | undefined;
}

let accelerator: QueryAccelerator | undefined;

export function installQueryAccelerator(next: QueryAccelerator): void {
  accelerator = next;
}

/** Runs `work` (which must not change the page) with queries on the document accelerated where possible. */
export function withQueryIndex<T>(document: Document, work: () => T): T {
  return accelerator ? accelerator.scope(document, work) : work();
}

/** document.getElementsByTagName(tag) as an array in document order. */
export function elementsByTag(document: Document, tag: string): readonly Element[] {
  return accelerator?.byTag(document, tag) ?? Array.from(document.getElementsByTagName(tag));
}

/**
 * An attribute's value or null, read through its node: linkedom's getAttribute escapes every
 * value it returns and, for class, builds a DOMTokenList on the element it is asked about.
 */
export function attributeOf(element: Element, name: string): string | null {
  if (typeof element.getAttributeNode !== 'function') return element.getAttribute(name);
  return element.getAttributeNode(name)?.value ?? null;
}

/** The class attribute as written ('' when absent). */
export function classNameOf(element: Element): string {
  return attributeOf(element, 'class') ?? '';
}

export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    const indexed = accelerator?.query(root, selector, true);
    if (indexed) return indexed[0] ?? null;
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return queryAll(root, selector);
  } catch {
    return [];
  }
}

const TAG_ONLY = /^[a-z][a-z\d]*$/;

/** querySelectorAll as an array, from the index where there is one; throws on an invalid selector. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const indexed = accelerator?.query(root, selector, false);
  if (indexed) return indexed;
  // A bare tag name ("img", "noscript") by tag: the same elements, in the same order, without a
  // selector engine (linkedom compiles and runs one per query on the body being prepared).
  const byTag = TAG_ONLY.test(selector) && (root as Element).getElementsByTagName;
  return Array.from(byTag ? (root as Element).getElementsByTagName(selector) : root.querySelectorAll(selector));
}

/** Short description of an element for reports and logs: "div#id.class1.class2". */
export function describeElement(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const id = element.id ? `#${element.id}` : '';
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((name) => `.${name}`)
    .join('');
  return `${tag}${id}${classes}`;
}
