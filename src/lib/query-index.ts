// Whole-document selector queries for DOMs whose selector engine runs in JavaScript (linkedom,
// jsdom). There every document.querySelector walks the whole page, and one extraction asks
// dozens of them (theme fingerprints, metadata, lead figure, tags…), most finding nothing.
// One walk indexes the elements by tag, class and id; a query in the supported subset of CSS
// is then answered from the index with the exact semantics of that subset, and anything else
// goes to the DOM's own engine. Browsers match selectors natively and never use this.
// The library and CLI entries install it behind core/query.ts's helpers (installQueryIndex).

import { attributeOf, classNameOf, installQueryAccelerator } from '../core/query';
import { buildIndex, candidatesFor, EMPTY, type PageIndex, possible } from './page-index';
import { type Complex, matchesFrom, parentOf, parseSelectorList } from './selector-subset';

export { parseSelectorList };

/** Positions [start, end) in document order: the whole page, or the descendants of one element. */
interface Range {
  start: number;
  end: number;
}

/** The first position in a document-ordered list at or after `start` (binary search). */
function firstAtOrAfter(index: PageIndex, list: Element[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.order.get(list[middle]) as number) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function run(index: PageIndex, list: Complex[], firstOnly: boolean, range: Range): Element[] {
  const found = new Set<Element>();
  let best = range.end;
  // Alternatives without a tag, class or id to look up ([rel="author"]) share one scan of the range.
  const scanned: Complex[] = [];
  for (const complex of list) {
    if (!possible(index, complex)) continue;
    const last = complex.compounds.length - 1;
    const candidates = candidatesFor(index, complex.compounds[last]);
    if (candidates === index.all) {
      scanned.push(complex);
      continue;
    }
    const memo: Array<Map<Element, boolean>> = [];
    for (let at = firstAtOrAfter(index, candidates, range.start); at < candidates.length; at += 1) {
      const element = candidates[at];
      const position = index.order.get(element) as number;
      if (position >= best) break;
      if (!matchesFrom(element, complex, last, memo)) continue;
      found.add(element);
      if (firstOnly) {
        best = position;
        break;
      }
    }
  }
  if (scanned.length) {
    const memos = scanned.map((): Array<Map<Element, boolean>> => []);
    for (let at = range.start; at < best; at += 1) {
      const element = index.all[at];
      if (!scanned.some((complex, which) => matchesFrom(element, complex, complex.compounds.length - 1, memos[which]))) continue;
      found.add(element);
      if (firstOnly) break;
    }
  }
  const result = [...found];
  if (list.length > 1) result.sort((a, b) => (index.order.get(a) as number) - (index.order.get(b) as number));
  return firstOnly ? result.slice(0, 1) : result;
}

/** Where root.querySelector looks: every element of the document, or the root's descendants. */
function rangeOf(index: PageIndex, root: Node): Range | undefined {
  if (root.nodeType === 9) return { start: 0, end: index.all.length };
  const at = index.order.get(root as Element);
  if (at === undefined) return undefined;
  for (let node: Element | null = root as Element; node; node = parentOf(node)) {
    const next = node.nextElementSibling;
    const after = next ? index.order.get(next) : undefined;
    if (after !== undefined) return { start: at + 1, end: after };
  }
  return { start: at + 1, end: index.all.length };
}

// Indexes live only while a caller that never mutates the page (extraction, detection) runs:
// an index kept longer would go stale when the page changes.
interface Scope {
  index?: PageIndex;
  answers: Map<string, Element[]>;
}

const scopes = new Map<Document, Scope>();

/** Runs `work` with whole-document queries answered from one index of the page (JS DOMs only). */
function scope<T>(document: Document, work: () => T): T {
  if (!document || scopes.has(document) || !selectorsRunInJs(document)) return work();
  scopes.set(document, { answers: new Map() });
  try {
    return work();
  } finally {
    scopes.delete(document);
  }
}

function selectorsRunInJs(document: Document): boolean {
  try {
    return typeof document.querySelector === 'function' && !/\[native code\]/.test(Function.prototype.toString.call(document.querySelector));
  } catch {
    return false;
  }
}

function activeIndex(document: Document): PageIndex | undefined {
  const scope = scopes.get(document);
  if (!scope) return undefined;
  scope.index ??= buildIndex(document);
  return scope.index;
}

/**
 * The answer to root.querySelector(All)(selector) from the index, or undefined when no scope is
 * open, the root's document has no index, or the selector is outside the supported subset. A
 * detached root (the body being cleaned) gets a throwaway index of its own for long lists.
 */
function indexedQuery(root: ParentNode, selector: string, firstOnly: boolean): Element[] | undefined {
  if (!scopes.size) return undefined;
  const top = topOf(root as Node);
  const list = parseSelectorList(selector);
  if (!list) return undefined;
  const index = top.nodeType === 9 ? activeIndex(top as Document) : undefined;
  const range = index && rangeOf(index, root as Node);
  if (range) {
    // The page does not change while the scope lasts: a repeated query (detection and the
    // generic engine ask some of the same) is answered once.
    const answers = (scopes.get(top as Document) as Scope).answers;
    const key = `${range.start} ${firstOnly ? 1 : 0} ${selector}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = run(index, list, firstOnly, range);
      answers.set(key, answer);
    }
    return answer.slice();
  }
  // A detached subtree (the body being cleaned) asked a long selector list: the DOM would test
  // every alternative on every element; a throwaway index of the subtree asks each only of its
  // candidates. It is built per query because the subtree changes between queries.
  if (list.length < SUBTREE_INDEX_MIN_ALTERNATIVES || (root as Node).nodeType !== 1 || top !== root) return undefined;
  const subtree = buildIndex(root as Element);
  return run(subtree, list, firstOnly, { start: 1, end: subtree.all.length });
}

const SUBTREE_INDEX_MIN_ALTERNATIVES = 4;

/**
 * The root of the tree a node is in: its document when attached. Not ownerDocument: in a
 * document made by linkedom's document.cloneNode(true), as callers who keep their page
 * intact do, every element's ownerDocument is still the original document.
 */
function topOf(node: Node): Node {
  let top = node;
  while (top.parentNode) top = top.parentNode;
  return top;
}

/** document.getElementsByTagName(tag) in document order, when the document has an index. */
function byTag(document: Document, tag: string): readonly Element[] | undefined {
  const index = activeIndex(document);
  return index ? (index.byTag.get(tag.toLowerCase()) ?? EMPTY) : undefined;
}

/** Answers the engine's whole-document queries from one index of the page, from now on. */
export function installQueryIndex(): void {
  installQueryAccelerator({ scope, query: indexedQuery, byTag });
}
