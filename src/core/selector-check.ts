// Is a string a CSS selector the engine can use? Reader rules come from the picker, from
// storage and from imported files: anything may arrive. A selector is only ever passed to the
// safe query helpers (query.ts), so a bad one cannot break a page; this check reports it by
// name instead of keeping it silently. Pure: the parse check runs where a DOM exists.

/** Longer selectors are not what a picker makes; they only cost storage and query time. */
export const MAX_SELECTOR_LENGTH = 500;

/** Why `selector` is unusable, or null when it is fine. `document` parses it where one is given. */
export function selectorProblem(selector: unknown, document?: Document): string | null {
  if (typeof selector !== 'string') return 'not a string';
  const text = selector.trim();
  if (!text) return 'empty';
  if (text.length > MAX_SELECTOR_LENGTH) return `longer than ${MAX_SELECTOR_LENGTH} characters`;
  // Control characters and braces are never part of a selector (braces would end a CSS rule).
  if (/[\p{Cc}{}]/u.test(text)) return 'holds characters no selector has';
  if (!balanced(text)) return 'unbalanced brackets or quotes';
  const pseudo = unknownPseudo(text);
  if (pseudo) return `unknown pseudo-class ${pseudo}`;
  const parser = document ?? (globalThis as { document?: Document }).document;
  if (parser && typeof parser.createDocumentFragment === 'function') {
    try {
      parser.createDocumentFragment().querySelector(text);
    } catch {
      return 'not a valid CSS selector';
    }
  }
  return null;
}

// Pseudo-classes a rule may use. Checked by name because some selector engines (jsdom's)
// accept any name, and the background worker has no DOM to ask: the answer must not depend on
// where the rules are read. Pseudo-elements (::before) never match an element, so none is kept.
const PSEUDO_CLASSES = new Set([
  'not',
  'is',
  'where',
  'has',
  'root',
  'empty',
  'scope',
  'lang',
  'dir',
  'link',
  'any-link',
  'visited',
  'target',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
  'hover',
  'focus',
  'focus-within',
  'focus-visible',
  'active',
  'checked',
  'disabled',
  'enabled',
  'required',
  'optional',
  'read-only',
  'read-write',
  'placeholder-shown',
  'default',
  'indeterminate',
  'valid',
  'invalid',
  'in-range',
  'out-of-range',
  'defined',
]);

/** The selector's characters outside quoted strings, with their index (escapes skipped), and whether a quote was left open. */
function unquoted(text: string): { chars: Array<[string, number]>; quoteOpen: boolean } {
  const chars: Array<[string, number]> = [];
  let quote = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else chars.push([char, index]);
  }
  return { chars, quoteOpen: quote !== '' };
}

/** The first pseudo-class outside strings and attribute brackets that is not in PSEUDO_CLASSES. */
function unknownPseudo(text: string): string | null {
  let attribute = false;
  let skipTo = -1;
  for (const [char, index] of unquoted(text).chars) {
    if (index < skipTo) continue;
    if (char === '[') attribute = true;
    else if (char === ']') attribute = false;
    else if (char === ':' && !attribute) {
      const name = /^:?[-\w]*/.exec(text.slice(index + 1))?.[0] ?? '';
      if (name.startsWith(':') || !PSEUDO_CLASSES.has(name.toLowerCase())) return `:${name}`;
      skipTo = index + 1 + name.length;
    }
  }
  return null;
}

/** Brackets and parentheses close in order, outside quoted strings; quotes close. */
function balanced(text: string): boolean {
  const { chars, quoteOpen } = unquoted(text);
  const open: string[] = [];
  for (const [char] of chars) {
    if (char === '(' || char === '[') open.push(char === '(' ? ')' : ']');
    else if ((char === ')' || char === ']') && open.pop() !== char) return false;
  }
  return !quoteOpen && open.length === 0;
}
