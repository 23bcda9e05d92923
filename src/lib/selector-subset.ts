import { attributeOf, classNameOf } from '../core/query';

// The subset of CSS the query index answers itself (tags, ids, classes, attribute tests,
// descendant and child combinators): parsed once per selector, matched with the exact
// semantics of that subset. Anything outside it is left to the DOM's own engine.

/** An attribute condition: [name], [name=value], [name~=value], [name^=…], [name$=…], [name*=…], [name|=…]. */
export interface AttributeTest {
  name: string;
  op: '' | '=' | '~=' | '^=' | '$=' | '*=' | '|=';
  value: string;
  ignoreCase: boolean;
}

export interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: AttributeTest[];
}

/** Compounds left to right; combinators[i] joins compounds[i] and compounds[i + 1]. */
export interface Complex {
  compounds: Compound[];
  combinators: Array<' ' | '>'>;
}

/**
 * Attribute values HTML compares without case in selectors (HTML "case-sensitivity of
 * selectors"; the same list css-select and browsers use).
 */
export const CASELESS_ATTRIBUTES = new Set([
  'accept',
  'accept-charset',
  'align',
  'alink',
  'axis',
  'bgcolor',
  'charset',
  'checked',
  'clear',
  'codetype',
  'color',
  'compact',
  'declare',
  'defer',
  'dir',
  'direction',
  'disabled',
  'enctype',
  'face',
  'frame',
  'hreflang',
  'http-equiv',
  'lang',
  'language',
  'link',
  'media',
  'method',
  'multiple',
  'nohref',
  'noresize',
  'noshade',
  'nowrap',
  'readonly',
  'rel',
  'rev',
  'rules',
  'scope',
  'scrolling',
  'selected',
  'shape',
  'target',
  'text',
  'type',
  'valign',
  'valuetype',
  'vlink',
]);

export const IDENT = /^-?[A-Za-z_\u00a0-\uffff][\w\u00a0-\uffff-]*/;
export const WHITESPACE = /[ \t\n\r\f]+/;

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
export const OUTSIDE_BRACKETS = /^[\w\u00a0-\uffff#.*>, \t\n\r\f-]*$/;

export function parseList(source: string): Complex[] | null {
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

export function parseCompound(source: string): { compound: Compound; rest: string } | null {
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
      const attribute =
        /^\[[ \t\n\r\f]*([\w-]+)[ \t\n\r\f]*(?:([~^$*|]?=)[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|(-?[A-Za-z_][\w-]*))[ \t\n\r\f]*(?:([iIsS])[ \t\n\r\f]*)?)?\]/.exec(
          rest,
        );
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

export function matchesCompound(element: Element, compound: Compound): boolean {
  if (compound.tag && (element.localName || '').toLowerCase() !== compound.tag) return false;
  if (compound.id !== undefined && element.getAttribute('id') !== compound.id) return false;
  if (compound.classes.length) {
    const classes = classNameOf(element).split(WHITESPACE);
    for (const name of compound.classes) if (!classes.includes(name)) return false;
  }
  for (const test of compound.attributes) if (!matchesAttribute(attributeOf(element, test.name), test)) return false;
  return true;
}

export function matchesAttribute(actual: string | null, test: AttributeTest): boolean {
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
export function matchesFrom(element: Element, complex: Complex, index: number, memo: Array<Map<Element, boolean>>): boolean {
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

export function parentOf(element: Element): Element | null {
  const parent = element.parentElement;
  return parent && parent.nodeType === 1 ? parent : null;
}
