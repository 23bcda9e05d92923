import type { ThemeReading } from '../../themes/types';
import { safeQuery, safeQueryAll } from '../query';
import { normalizeSpace, textOf } from '../text';
import { readByline } from './byline';
import { toIsoDate } from './dates';
import { namesOf, readJsonLd, stringOf, type JsonLd } from './jsonld';
import { metaContent, metaIndex, themeText } from './meta-tags';
import { readPublished } from './published';
import { readTitle } from './title';
import { resolveHttp } from './urls';
import { wordpress } from '../../themes/wordpress';

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
      stringOf(article.articleSection) ??
      (rule ? undefined : themeText(document, wordpress.extraction.category)),
    byline: readByline(document, rule, jsonLd),
    published: readPublished(document, rule, jsonLd, lang),
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

function publisherName(jsonLd: JsonLd): string | undefined {
  const fromArticle = namesOf(jsonLd.article?.publisher, jsonLd.nodes)[0];
  if (fromArticle) return fromArticle;
  const website = jsonLd.nodes.find((node) => node['@type'] === 'WebSite');
  return website ? stringOf(website.name) : undefined;
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
  // Without a theme, WordPress core's tag links (classic and block) in one query (each query walks the page).
  const selectors = rule?.extraction.tags ?? ['article a[rel="tag"], .tags-links a, .wp-block-post-terms.taxonomy-post_tag a'];
  for (const selector of selectors) {
    const found = safeQueryAll(document, selector).map(textOf).filter(Boolean);
    if (found.length) {
      tags.push(...found);
      break;
    }
  }
  if (!tags.length) {
    tags.push(
      ...metaIndex(document)
        .filter((meta) => meta.getAttribute('property') === 'article:tag')
        .map((meta) => normalizeSpace(meta.getAttribute('content'))),
    );
  }
  return [...new Set(tags.filter(Boolean))];
}
