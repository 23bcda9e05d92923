import { queryFirst, safeQuery, safeQueryAll } from '../query';
import { normalizeSpace, textOf } from '../text';

// The page's <meta> tags, read once per document, and the small readers every metadata field
// shares: a meta by name, the first of several names, a theme selector's text.

export function metaContent(document: Document, selector: string): string | undefined {
  const simple = SIMPLE_META.exec(selector);
  if (!simple) return normalizeSpace(safeQuery(document, selector)?.getAttribute('content')) || undefined;
  const content = metaLookup(document).get(`${simple[1]} ${simple[2].toLowerCase()}`);
  return content === undefined ? undefined : normalizeSpace(content) || undefined;
}

const META_LOOKUP = new WeakMap<Document, Map<string, string>>();

/**
 * "attribute name" → content of the first <meta> carrying that name, built once per document.
 * property="og:title dc:title" names two properties: each space-separated token is a key.
 */
function metaLookup(document: Document): Map<string, string> {
  let lookup = META_LOOKUP.get(document);
  if (lookup) return lookup;
  lookup = new Map();
  for (const meta of metaIndex(document)) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = meta.getAttribute(attribute);
      if (!value) continue;
      for (const token of value.toLowerCase().split(/\s+/)) {
        const key = `${attribute} ${token}`;
        if (token && !lookup.has(key)) lookup.set(key, meta.getAttribute('content') ?? '');
      }
    }
  }
  META_LOOKUP.set(document, lookup);
  return lookup;
}

/** The first non-empty meta among several names (each as name=, property= or itemprop=). */
export function firstMeta(document: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const attribute of ['property', 'name']) {
      const value = metaContent(document, `meta[${attribute}="${name}"]`);
      if (value) return value;
    }
  }
  return undefined;
}

export const TITLE_METAS = ['dc:title', 'dcterm:title', 'dcterms.title', 'dc.title', 'og:title', 'twitter:title', 'parsely-title'];
export const AUTHOR_METAS = ['dc:creator', 'dcterm:creator', 'dc.creator', 'author', 'parsely-author', 'article:author_name'];

const SIMPLE_META = /^meta\[(property|name|itemprop)="([^"]+)"\]$/;
const META_INDEX = new WeakMap<Document, Element[]>();

/** Every <meta> of the page, read with one query and remembered (a query per field walks the page each time). */
export function metaIndex(document: Document): Element[] {
  let metas = META_INDEX.get(document);
  if (!metas) {
    metas = safeQueryAll(document, 'meta');
    META_INDEX.set(document, metas);
  }
  return metas;
}

export function themeText(document: Document, selectors: readonly string[] | undefined): string | undefined {
  if (!selectors) return undefined;
  return textOf(queryFirst(document, selectors)) || undefined;
}
