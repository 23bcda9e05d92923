import { attributeOf, classNameOf } from '../core/query';
import { type AttributeTest, CASELESS_ATTRIBUTES, type Complex, type Compound, WHITESPACE } from './selector-subset';

// One walk over the page: its elements by tag, class and id (and, made on first ask, by class
// part and by attribute), and the candidates a compound selector can match.

export interface PageIndex {
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

export function buildIndex(root: Element | Document | null): PageIndex {
  const index: PageIndex = { order: new Map(), all: [], byTag: new Map(), byClass: new Map(), byId: new Map(), byClassPart: new Map(), byAttribute: new Map() };
  const add = (map: Map<string, Element[]>, key: string, element: Element): void => {
    const list = map.get(key);
    if (list) list.push(element);
    else map.set(key, [element]);
  };
  // Template contents are not part of the document tree: a template's descendants are skipped.
  let inTemplate: Set<Element> | undefined;
  for (const element of root?.nodeType === 9 ? elementsOfDocument(root as Document) : elementsUnder(root as Element | null)) {
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

export const EMPTY: Element[] = [];

/**
 * The root and its descendant elements in document order. A TreeWalker, because linkedom
 * builds its list in one pass over the nodes, where firstElementChild and nextElementSibling
 * each step over text and attribute nodes again.
 */
export function elementsUnder(root: Element | null): Element[] {
  if (!root) return [];
  const elements = [root];
  const walker = (root.ownerDocument as Document).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/**
 * Every element of a document in document order. Usually that is the document element's tree;
 * linkedom, given a page that starts with <head> and no <html>, makes <head> the document
 * element and puts <body> beside it, where the DOM's own queries still find it.
 */
function elementsOfDocument(document: Document): Element[] {
  const tops = Array.from(document.childNodes).filter((node): node is Element => node.nodeType === 1);
  return tops.length > 1 ? tops.flatMap((top) => elementsUnder(top)) : elementsUnder(document.documentElement);
}

/** The index entries that can hold the compound's element: its rarest key, or every element. */
export function candidatesFor(index: PageIndex, compound: Compound): Element[] {
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
export function withAttribute(index: PageIndex, name: string): Element[] {
  let found = index.byAttribute.get(name);
  if (!found) {
    found = index.all.filter((element) => attributeOf(element, name) !== null);
    index.byAttribute.set(name, found);
  }
  return found;
}

/** Elements (in document order) with a class name that contains `part`. */
export function withClassPart(index: PageIndex, part: string, ignoreCase: boolean): Element[] {
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
export function possible(index: PageIndex, complex: Complex): boolean {
  return complex.compounds.every(
    (compound) =>
      (compound.id === undefined || index.byId.has(compound.id)) &&
      compound.classes.every((name) => index.byClass.has(name)) &&
      (!compound.tag || index.byTag.has(compound.tag)),
  );
}
