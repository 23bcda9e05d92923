// Whole-document selector queries for DOMs whose selector engine runs in JavaScript (linkedom,
// jsdom). There every document.querySelector walks the whole page, and one extraction asks
// dozens of them (theme fingerprints, metadata, lead figure, tags…), most finding nothing.
// One walk indexes the elements by tag, class and id; a query in the supported subset of CSS
// is then answered from the index with the exact semantics of that subset, and anything else
// goes to the DOM's own engine. Browsers match selectors natively and never use this.
// The library and CLI entries install it behind core/query.ts's helpers (installQueryIndex).

import { attributeOf, classNameOf, installQueryAccelerator } from '../core/query';

/** An attribute condition: [name], [name=value], [name~=value], [name^=…], [name$=…], [name*=…], [name|=…]. */
interface AttributeTest {
  name: string;
  op: '' | '=' | '~=' | '^=' | '$=' | '*=' | '|=';
  value: string;
  ignoreCase: boolean;
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: AttributeTest[];
}

/** Compounds left to right; combinators[i] joins compounds[i] and compounds[i + 1]. */
interface Complex {
  compounds: Compound[];
  combinators: Array<' ' | '>'>;
}

interface PageIndex {
  order: Map<Element, number>;
  all: Element[];
  byTag: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byId: Map<string, Element[]>;
  /** Elements with a class name containing a string ([class*="byline"]), made on first ask. */
  byClassPart: Map<string, Element[]>;
  /** Elements that carry an attribute ([itemprop="articleBody"], [rel="author"]), made on first ask. */
  byAttribute: Map<string, Element[]>;
}

/**
 * Attribute values HTML compares without case in selectors (HTML "case-sensitivity of
 * selectors"; the same list css-select and browsers use).
 */
const CASELESS_ATTRIBUTES = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype', 'color',
  'compact', 'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame', 'hreflang', 'http-equiv',
  'lang', 'language', 'link', 'media', 'method', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly',
  'rel', 'rev', 'rules', 'scope', 'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

const IDENT = /^-?[A-Za-z_\u00a0-\uffff][\w\u00a0-\uffff-]*/;
const WHITESPACE = /[ \t\n\r\f]+/;

const parsed = new Map<string, Complex[] | null>();

/** The selector list in the supported subset, or null (pseudo-classes, sibling combinators, escapes…). */
export function parseSelectorList(selector: string): Complex[] | null {
  let cached = parsed.get(selector);
  if (cached === undefined) {
    cached = parseList(selector);
    if (parsed.size > 500) parsed.clear();
    parsed.set(selector, cached);
  }
  return cached;
}

/** Outside quoted values and attribute brackets, only names, #, ., *, >, commas and whitespace. */
const OUTSIDE_BRACKETS = /^[\w\u00a0-\uffff#.*>, \t\n\r\f-]*$/;

function parseList(source: string): Complex[] | null {
  const skeleton = source.replace(/"[^"]*"|'[^']*'/g, '""').replace(/\[[^\]]*\]/g, '');
  if (!OUTSIDE_BRACKETS.test(skeleton)) return null;
  const list: Complex[] = [];
  let rest = source.trim();
  let complex: Complex = { compounds: [], combinators: [] };
  let pending: ' ' | '>' | null = null;
  while (rest) {
    const compound = parseCompound(rest);
    if (!compound) return null;
    if (pending) complex.combinators.push(pending);
    else if (complex.compounds.length) return null;
    complex.compounds.push(compound.compound);
    rest = compound.rest;
    const separator = /^[ \t\n\r\f]*([>,]?)[ \t\n\r\f]*/.exec(rest) as RegExpExecArray;
    const consumed = separator[0];
    rest = rest.slice(consumed.length);
    if (separator[1] === ',') {
      list.push(complex);
      complex = { compounds: [], combinators: [] };
      pending = null;
      if (!rest) return null;
    } else if (separator[1] === '>') {
      pending = '>';
      if (!rest) return null;
    } else {
      pending = consumed ? ' ' : null;
    }
  }
  if (!complex.compounds.length) return null;
  list.push(complex);
  return list;
}

function parseCompound(source: string): { compound: Compound; rest: string } | null {
  const compound: Compound = { classes: [], attributes: [] };
  let rest = source;
  const tag = /^(?:\*|-?[A-Za-z_][\w-]*)/.exec(rest);
  if (tag) {
    if (tag[0] !== '*') compound.tag = tag[0].toLowerCase();
    rest = rest.slice(tag[0].length);
  }
  let parts = tag ? 1 : 0;
  for (;;) {
    const first = rest.charAt(0);
    if (first === '#' || first === '.') {
      const name = IDENT.exec(rest.slice(1));
      if (!name) return null;
      if (first === '#') {
        // Two ids on one element: rare enough to leave to the DOM.
        if (compound.id !== undefined) return null;
        compound.id = name[0];
      } else {
        compound.classes.push(name[0]);
      }
      rest = rest.slice(1 + name[0].length);
    } else if (first === '[') {
      const attribute = /^\[[ \t\n\r\f]*([\w-]+)[ \t\n\r\f]*(?:([~^$*|]?=)[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|(-?[A-Za-z_][\w-]*))[ \t\n\r\f]*(?:([iIsS])[ \t\n\r\f]*)?)?\]/.exec(rest);
      if (!attribute) return null;
      const name = attribute[1].toLowerCase();
      const flag = attribute[6]?.toLowerCase();
      compound.attributes.push({
        name,
        op: (attribute[2] ?? '') as AttributeTest['op'],
        value: attribute[3] ?? attribute[4] ?? attribute[5] ?? '',
        ignoreCase: flag === 'i' || (flag === undefined && CASELESS_ATTRIBUTES.has(name)),
      });
      rest = rest.slice(attribute[0].length);
    } else {
      break;
    }
    parts += 1;
  }
  return parts ? { compound, rest } : null;
}

function matchesCompound(element: Element, compound: Compound): boolean {
  if (compound.tag && (element.localName || '').toLowerCase() !== compound.tag) return false;
  if (compound.id !== undefined && element.getAttribute('id') !== compound.id) return false;
  if (compound.classes.length) {
    const classes = classNameOf(element).split(WHITESPACE);
    for (const name of compound.classes) if (!classes.includes(name)) return false;
  }
  for (const test of compound.attributes) if (!matchesAttribute(attributeOf(element, test.name), test)) return false;
  return true;
}

function matchesAttribute(actual: string | null, test: AttributeTest): boolean {
  if (actual === null) return false;
  if (test.op === '') return true;
  const value = test.ignoreCase ? test.value.toLowerCase() : test.value;
  const have = test.ignoreCase ? actual.toLowerCase() : actual;
  switch (test.op) {
    case '=':
      return have === value;
    case '~=':
      return value !== '' && !WHITESPACE.test(value) && have.split(WHITESPACE).includes(value);
    case '^=':
      return value !== '' && have.startsWith(value);
    case '$=':
      return value !== '' && have.endsWith(value);
    case '*=':
      return value !== '' && have.includes(value);
    case '|=':
      return have === value || have.startsWith(`${value}-`);
  }
}

/** Does the element match the complex selector ending at compound `index`? Memoised per query. */
function matchesFrom(element: Element, complex: Complex, index: number, memo: Array<Map<Element, boolean>>): boolean {
  if (!matchesCompound(element, complex.compounds[index])) return false;
  if (index === 0) return true;
  memo[index - 1] ??= new Map();
  const level = memo[index - 1];
  const leftMatches = (candidate: Element): boolean => {
    let known = level.get(candidate);
    if (known === undefined) {
      known = matchesFrom(candidate, complex, index - 1, memo);
      level.set(candidate, known);
    }
    return known;
  };
  const parent = parentOf(element);
  if (complex.combinators[index - 1] === '>') return !!parent && leftMatches(parent);
  for (let ancestor = parent; ancestor; ancestor = parentOf(ancestor)) {
    if (leftMatches(ancestor)) return true;
  }
  return false;
}

function parentOf(element: Element): Element | null {
  const parent = element.parentElement;
  return parent && parent.nodeType === 1 ? parent : null;
}

function buildIndex(root: Element | null): PageIndex {
  const index: PageIndex = { order: new Map(), all: [], byTag: new Map(), byClass: new Map(), byId: new Map(), byClassPart: new Map(), byAttribute: new Map() };
  const add = (map: Map<string, Element[]>, key: string, element: Element): void => {
    const list = map.get(key);
    if (list) list.push(element);
    else map.set(key, [element]);
  };
  // Template contents are not part of the document tree: a template's descendants are skipped.
  let inTemplate: Set<Element> | undefined;
  for (const element of elementsUnder(root)) {
    if (inTemplate?.has(element.parentElement as Element)) {
      inTemplate.add(element);
      continue;
    }
    index.order.set(element, index.all.length);
    index.all.push(element);
    const tag = (element.localName || '').toLowerCase();
    add(index.byTag, tag, element);
    if (tag === 'template') {
      inTemplate ??= new Set();
      inTemplate.add(element);
    }
    const id = attributeOf(element, 'id');
    if (id) add(index.byId, id, element);
    const classes = classNameOf(element);
    if (classes) {
      for (const name of classes.split(WHITESPACE)) {
        // A class written twice on one element is listed once (the element was just added).
        if (name && index.byClass.get(name)?.at(-1) !== element) add(index.byClass, name, element);
      }
    }
  }
  return index;
}

const EMPTY: Element[] = [];

/**
 * The root and its descendant elements in document order. A TreeWalker, because linkedom
 * builds its list in one pass over the nodes, where firstElementChild and nextElementSibling
 * each step over text and attribute nodes again.
 */
function elementsUnder(root: Element | null): Element[] {
  if (!root) return [];
  const elements = [root];
  const walker = (root.ownerDocument as Document).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** The index entries that can hold the compound's element: its rarest key, or every element. */
function candidatesFor(index: PageIndex, compound: Compound): Element[] {
  let best: Element[] | undefined;
  const consider = (list: Element[] | undefined): void => {
    const found = list ?? EMPTY;
    if (!best || found.length < best.length) best = found;
  };
  if (compound.id !== undefined) consider(index.byId.get(compound.id));
  for (const name of compound.classes) consider(index.byClass.get(name));
  if (compound.tag) consider(index.byTag.get(compound.tag));
  // Any test of the class attribute against a value without whitespace ([class*="byline"],
  // [class^="td-"]) can only hold where one class name contains that value.
  for (const test of compound.attributes) {
    if (test.name === 'class' && test.op !== '' && test.value && !WHITESPACE.test(test.value)) consider(withClassPart(index, test.value, test.ignoreCase));
  }
  // Only attribute tests (other than class): one scan of the page per attribute name, shared by
  // every query that names it ([itemprop="articleBody"], [itemprop~="author"], [itemprop="name"]).
  if (!best && compound.attributes.length) {
    const name = compound.attributes[0].name;
    if (name !== 'class') consider(withAttribute(index, name));
  }
  return best ?? index.all;
}

/** Elements (in document order) that carry the attribute `name`. */
function withAttribute(index: PageIndex, name: string): Element[] {
  let found = index.byAttribute.get(name);
  if (!found) {
    found = index.all.filter((element) => attributeOf(element, name) !== null);
    index.byAttribute.set(name, found);
  }
  return found;
}

/** Elements (in document order) with a class name that contains `part`. */
function withClassPart(index: PageIndex, part: string, ignoreCase: boolean): Element[] {
  const key = `${ignoreCase ? 'i' : 's'}${part}`;
  let found = index.byClassPart.get(key);
  if (found) return found;
  const wanted = ignoreCase ? part.toLowerCase() : part;
  const lists: Element[][] = [];
  for (const [name, elements] of index.byClass) {
    if ((ignoreCase ? name.toLowerCase() : name).includes(wanted)) lists.push(elements);
  }
  if (lists.length <= 1) {
    found = lists[0] ?? EMPTY;
  } else {
    found = [...new Set(lists.flat())].sort((a, b) => (index.order.get(a) as number) - (index.order.get(b) as number));
  }
  index.byClassPart.set(key, found);
  return found;
}

/** Every compound's keys exist somewhere on the page (a cheap proof that nothing can match). */
function possible(index: PageIndex, complex: Complex): boolean {
  return complex.compounds.every(
    (compound) =>
      (compound.id === undefined || index.byId.has(compound.id)) &&
      compound.classes.every((name) => index.byClass.has(name)) &&
      (!compound.tag || index.byTag.has(compound.tag)),
  );
}

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
  scope.index ??= buildIndex(document.documentElement);
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
