import type { ThemeRule } from '../../themes';
import { queryFirst, safeQuery, safeQueryAll } from '../query';
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

export function readMetadata(document: Document, rule: ThemeRule | undefined, baseUrl: string | undefined): Metadata {
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
    canonicalUrl: resolveHttp(safeQuery(document, 'link[rel="canonical"][href]')?.getAttribute('href'), baseUrl),
    tags: readTags(document, rule),
  };
}

export function metaContent(document: Document, selector: string): string | undefined {
  return normalizeSpace(safeQuery(document, selector)?.getAttribute('content')) || undefined;
}

function themeText(document: Document, selectors: readonly string[] | undefined): string | undefined {
  if (!selectors) return undefined;
  return textOf(queryFirst(document, selectors)) || undefined;
}

function readTitle(document: Document, rule: ThemeRule | undefined, jsonLd: JsonLd, siteName?: string): string | undefined {
  return (
    themeText(document, rule?.extraction.title) ??
    metaContent(document, 'meta[property="og:title"]') ??
    stringOf(jsonLd.article?.headline) ??
    cleanDocumentTitle(textOf(safeQuery(document, 'head title, title')), siteName)
  );
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
  return pipe > 10 ? title.slice(0, pipe).trim() : title;
}

function publisherName(jsonLd: JsonLd): string | undefined {
  const fromArticle = namesOf(jsonLd.article?.publisher, jsonLd.nodes)[0];
  if (fromArticle) return fromArticle;
  const website = jsonLd.nodes.find((node) => node['@type'] === 'WebSite');
  return website ? stringOf(website.name) : undefined;
}

function readByline(document: Document, rule: ThemeRule | undefined, jsonLd: JsonLd): string | undefined {
  const themed = rule ? themeText(document, rule.extraction.byline) : undefined;
  if (themed) return themed;
  const authors = namesOf(jsonLd.article?.author, jsonLd.nodes);
  if (authors.length) return [...new Set(authors)].join(', ');
  return metaContent(document, 'meta[name="author"]');
}

function readPublished(document: Document, rule: ThemeRule | undefined, jsonLd: JsonLd): string | undefined {
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

function readTags(document: Document, rule: ThemeRule | undefined): string[] {
  const tags: string[] = [];
  // Without a theme, WordPress core's tag links are the common case.
  const selectors = rule?.extraction.tags ?? ['article a[rel="tag"]', '.tags-links a'];
  for (const selector of selectors) {
    const found = safeQueryAll(document, selector).map(textOf).filter(Boolean);
    if (found.length) {
      tags.push(...found);
      break;
    }
  }
  if (!tags.length) {
    tags.push(...safeQueryAll(document, 'meta[property="article:tag"]').map((meta) => normalizeSpace(meta.getAttribute('content'))));
  }
  return [...new Set(tags.filter(Boolean))];
}
