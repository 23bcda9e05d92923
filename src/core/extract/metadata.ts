import type { ThemeReading } from '../../themes/types';
import { queryFirst, safeQuery, safeQueryAll } from '../query';
import { contentRoot } from '../page-root';
import { normalizeSpace, textOf } from '../text';
import { toIsoDate } from './dates';
import { namesOf, readJsonLd, stringOf, type JsonLd } from './jsonld';
import { resolveHttp } from './urls';

// Page-level facts: title, section, byline, dates, site name, language, canonical URL.
// Theme selectors win for what the page shows; head metadata and JSON-LD fill the gaps.

export interface Metadata {
  title?: string;
  category?: string;
  byline?: string;
  published?: string;
  modified?: string;
  siteName?: string;
  lang?: string;
  dir: 'ltr' | 'rtl';
  canonicalUrl?: string;
  tags: string[];
}

export function readMetadata(document: Document, rule: ThemeReading | undefined, baseUrl: string | undefined): Metadata {
  const jsonLd = readJsonLd(document);
  const article = jsonLd.article ?? {};
  const siteName = metaContent(document, 'meta[property="og:site_name"]') ?? publisherName(jsonLd);
  const lang = normalizeSpace(document.documentElement?.getAttribute('lang')) || undefined;
  return {
    title: readTitle(document, rule, jsonLd, siteName),
    category:
      themeText(document, rule?.extraction.category) ??
      metaContent(document, 'meta[property="article:section"]') ??
      stringOf(article.articleSection),
    byline: readByline(document, rule, jsonLd),
    published: readPublished(document, rule, jsonLd),
    modified:
      toIsoDate(metaContent(document, 'meta[property="article:modified_time"]')) ??
      toIsoDate(stringOf(article.dateModified)) ??
      toIsoDate(metaContent(document, 'meta[property="og:updated_time"]')),
    siteName,
    lang,
    dir: readDir(document, lang),
    canonicalUrl: resolveHttp(safeQuery(document.head ?? document, 'link[rel="canonical"][href]')?.getAttribute('href'), baseUrl),
    tags: readTags(document, rule),
  };
}

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
function firstMeta(document: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const attribute of ['property', 'name']) {
      const value = metaContent(document, `meta[${attribute}="${name}"]`);
      if (value) return value;
    }
  }
  return undefined;
}

const TITLE_METAS = ['dc:title', 'dcterm:title', 'dcterms.title', 'dc.title', 'og:title', 'twitter:title', 'parsely-title'];
const AUTHOR_METAS = ['dc:creator', 'dcterm:creator', 'dc.creator', 'author', 'parsely-author', 'article:author_name'];

const SIMPLE_META = /^meta\[(property|name|itemprop)="([^"]+)"\]$/;
const META_INDEX = new WeakMap<Document, Element[]>();

/** Every <meta> of the page, read with one query and remembered (a query per field walks the page each time). */
function metaIndex(document: Document): Element[] {
  let metas = META_INDEX.get(document);
  if (!metas) {
    metas = safeQueryAll(document, 'meta');
    META_INDEX.set(document, metas);
  }
  return metas;
}

function themeText(document: Document, selectors: readonly string[] | undefined): string | undefined {
  if (!selectors) return undefined;
  return textOf(queryFirst(document, selectors)) || undefined;
}

function readTitle(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd, siteName?: string): string | undefined {
  const themed = themeText(document, rule?.extraction.title);
  if (themed) return themed;
  const declared = firstMeta(document, TITLE_METAS) ?? stringOf(jsonLd.article?.headline);
  const documentTitle = textOf(safeQuery(document.head ?? document, 'title') ?? safeQuery(document, 'title'));
  // The headline as the page prints it, when its <h1> agrees with what the page declares.
  const printed = printedHeadline(document, [declared, documentTitle], siteName);
  if (printed) return printed;
  return declared ? withoutSiteName(declared, siteName) : cleanDocumentTitle(documentTitle, siteName);
}

const SEPARATOR = /\s*:\s+|\s+[-–—|·•»]\s+/;
/** An <h1> that is the site's name or logo, not a headline. */
const MASTHEAD = /logo|site-?title|site-?name|masthead|brand|branding/i;

/**
 * The first <h1> of the page's content whose text agrees with a declared title: equal to one
 * of its parts ("Olive" in "Olive - Example Encyclopedia"), or containing it, or contained in
 * it and most of it. Mastheads, home links and the site's own name are not headlines.
 */
function printedHeadline(document: Document, titles: ReadonlyArray<string | undefined>, siteName: string | undefined): string | undefined {
  const declared = titles.filter((title): title is string => !!title);
  if (!declared.length) return undefined;
  const root = contentRoot(document);
  if (!root) return undefined;
  const site = comparable(siteName ?? '');
  for (const heading of Array.from(root.getElementsByTagName('h1')).slice(0, 10)) {
    const text = textOf(heading);
    const key = comparable(text);
    if (!key || text.length > 300 || key === site || !isHeadlinePlace(heading)) continue;
    if (declared.some((title) => agrees(key, title))) return text;
  }
  return undefined;
}

function agrees(heading: string, title: string): boolean {
  const whole = comparable(title);
  if (!whole) return false;
  if (heading === whole) return true;
  if (title.split(SEPARATOR).some((part) => comparable(part) === heading)) return true;
  if (heading.includes(whole)) return whole.length >= heading.length * 0.6;
  return whole.includes(heading) && heading.length >= whole.length * 0.6;
}

function isHeadlinePlace(heading: Element): boolean {
  if (heading.closest('nav, footer, aside')) return false;
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (link && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? '')) return false;
  for (let element: Element | null = heading, level = 0; element && level < 3; element = element.parentElement, level += 1) {
    if (MASTHEAD.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) return false;
  }
  return true;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A declared title without the site's name at its end or start ("Headline | Site"). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = comparable(siteName);
  if (comparable(parts[parts.length - 1]) === site) return title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+[-–—|·•:»]\s*$/, '').trim() || title;
  if (comparable(parts[0]) === site) return title.slice(parts[0].length).replace(/^\s*[-–—|·•:»]\s+/, '').trim() || title;
  return title;
}

/** "Headline - Site Name" → "Headline" (only the site's own suffix, or a trailing "| …"). */
export function cleanDocumentTitle(title: string, siteName?: string): string | undefined {
  if (!title) return undefined;
  const separators = /\s+[-–—|·•:]\s+/g;
  if (siteName) {
    const parts = title.split(separators);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last.toLowerCase() === siteName.toLowerCase()) {
      return title.slice(0, title.length - last.length).replace(/\s+[-–—|·•:]\s*$/, '').trim() || title;
    }
  }
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 10) return title.slice(0, pipe).trim();
  // "Headline - Site" without a known site name: drop the last part when what stays still
  // reads as a headline (at least four words), like Readability.
  const parts = title.split(/\s+[-–—|»]\s+/);
  if (parts.length > 1) {
    const head = title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+[-–—|»]\s*$/, '').trim();
    if (head.split(/\s+/).length >= 4 && parts[parts.length - 1].split(/\s+/).length <= 4) return head;
  }
  return title;
}

function publisherName(jsonLd: JsonLd): string | undefined {
  const fromArticle = namesOf(jsonLd.article?.publisher, jsonLd.nodes)[0];
  if (fromArticle) return fromArticle;
  const website = jsonLd.nodes.find((node) => node['@type'] === 'WebSite');
  return website ? stringOf(website.name) : undefined;
}

function readByline(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd): string | undefined {
  const themed = rule ? themeText(document, rule.extraction.byline) : undefined;
  if (themed) return themed;
  const authors = namesOf(jsonLd.article?.author, jsonLd.nodes);
  if (authors.length) return [...new Set(authors)].join(', ');
  const fromMeta = firstMeta(document, AUTHOR_METAS);
  if (fromMeta && !/^https?:/i.test(fromMeta)) return fromMeta;
  return rule ? undefined : pageByline(document);
}

const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], .byline, .by-line, .author-name, .author, .article-author, .post-author, .entry-author, [class*="byline"]';

/** A byline printed on the page (generic pages): short text, not in navigation or footers. */
function pageByline(document: Document): string | undefined {
  const body = contentRoot(document);
  if (!body) return undefined;
  for (const element of safeQueryAll(body, BYLINE_SELECTOR).slice(0, 20)) {
    if (element.closest('nav, footer, aside, [class*="comment"]')) continue;
    // A byline box often holds the date too: the name inside it is the byline.
    const named = safeQuery(element, '[itemprop="name"], [rel="author"], .author-name, a[href*="/author"]');
    const text = normalizeSpace((named ?? element).textContent).replace(/^(?:posted by|written by|by|von|par|por|door)\s*:?\s+/i, '');
    if (text.length >= 3 && text.length <= 100 && /\p{L}/u.test(text)) return text;
  }
  return undefined;
}

function readPublished(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd): string | undefined {
  const fromHead =
    toIsoDate(metaContent(document, 'meta[property="article:published_time"]')) ??
    toIsoDate(stringOf(jsonLd.article?.datePublished)) ??
    toIsoDate(metaContent(document, 'meta[itemprop="datePublished"]'));
  if (fromHead) return fromHead;
  const time = safeQuery(document, 'article time[datetime], time[itemprop="datePublished"][datetime], time.published[datetime]');
  const fromTime = toIsoDate(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  // Theme date text is the last resort: Jannah prints it without a time zone.
  const themed = rule ? queryFirst(document, rule.extraction.published) : null;
  return toIsoDate(themed?.getAttribute('datetime')) ?? toIsoDate(textOf(themed));
}

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

function readDir(document: Document, lang: string | undefined): 'ltr' | 'rtl' {
  const declared = (document.documentElement?.getAttribute('dir') || document.body?.getAttribute('dir') || '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  const bodyClasses = ` ${document.body?.getAttribute('class') ?? ''} `;
  if (/\srtl\s/.test(bodyClasses)) return 'rtl';
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}

function readTags(document: Document, rule: ThemeReading | undefined): string[] {
  const tags: string[] = [];
  // Without a theme, WordPress core's tag links in one query (each query walks the page).
  const selectors = rule?.extraction.tags ?? ['article a[rel="tag"], .tags-links a'];
  for (const selector of selectors) {
    const found = safeQueryAll(document, selector).map(textOf).filter(Boolean);
    if (found.length) {
      tags.push(...found);
      break;
    }
  }
  if (!tags.length) {
    tags.push(...metaIndex(document).filter((meta) => meta.getAttribute('property') === 'article:tag').map((meta) => normalizeSpace(meta.getAttribute('content'))));
  }
  return [...new Set(tags.filter(Boolean))];
}
