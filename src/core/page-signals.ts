import { elementsByTag, safeQuery } from './query';
import { jsonLdScripts, readJsonLd, typesOf } from './extract/jsonld';
import { looksLikeWordPress } from './wordpress-signs';
import { WORDPRESS_LISTING_BODY } from '../themes/wordpress';

// What a page says about its own kind, as data: evidence that it is an article, and evidence
// that it is a page of another kind (a product, a video, a profile, a listing or search page).
// Neither decides alone: verdict.ts weighs them with the content that was found.

interface PageSignal {
  name: string;
  present(document: Document): boolean;
  /**
   * Evidence that proves little alone: theme markup other page kinds share (WooCommerce titles a
   * product h1.entry-title), or how a page is built rather than what it is (an app's mount point).
   */
  weak?: boolean;
}

const hasMeta = (selector: string) => (document: Document) => safeQuery(document.head ?? document, selector) !== null;
const bodyClass = (pattern: RegExp) => (document: Document) => pattern.test(document.body?.getAttribute('class') ?? '');
const headingClass = (pattern: RegExp) => (document: Document) => elementsByTag(document, 'h1').some((h1) => pattern.test(h1.getAttribute('class') ?? ''));

/** An article type in any ld+json block (a plain "WebSite"/"WebApplication" block is not evidence). */
const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;

/** Evidence that the page is one article, whatever its theme. The generator meta never counts. */
export const ARTICLE_SIGNALS: readonly PageSignal[] = [
  { name: 'og:type=article', present: hasMeta('meta[property="og:type"][content="article" i]') },
  { name: 'article:published_time', present: hasMeta('meta[property="article:published_time"]') },
  { name: 'body.single-post', present: bodyClass(/(?:^|\s)(?:single-post|single-format-standard)(?:\s|$)/), weak: true },
  { name: 'h1.entry-title', present: headingClass(/(?:^|\s)(?:entry-title|post-title)(?:\s|$)/), weak: true },
  { name: 'itemprop=articleBody', present: (document) => safeQuery(document, '[itemprop="articleBody"]') !== null },
  { name: 'ld+json', present: (document) => jsonLdScripts(document).some((script) => ARTICLE_LD.test(script.textContent ?? '')) },
];

/** Page types that are not an article, as schema.org and Open Graph name them. */
const OTHER_LD_TYPES = new Set([
  'Product',
  'ProductGroup',
  'ItemList',
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'QAPage',
  'DiscussionForumPosting',
]);
const OTHER_OG_TYPE = /^(?:product|video(?:\.\w+)?|music(?:\.\w+)?|profile)$/i;

/** Evidence that the page is of another kind than an article. */
export const OTHER_KIND_SIGNALS: readonly PageSignal[] = [
  {
    name: 'og:type',
    present: (document) => OTHER_OG_TYPE.test((safeQuery(document.head ?? document, 'meta[property="og:type"]')?.getAttribute('content') ?? '').trim()),
  },
  { name: 'ld+json', present: (document) => readJsonLd(document).nodes.some((node) => typesOf(node).some((type) => OTHER_LD_TYPES.has(type))) },
  // A client-rendered application's mount point, on a page with no article metadata. Sites
  // render articles into it on the server too, so it is weak.
  { name: 'app-root', present: (document) => safeQuery(document.body ?? document, 'div#root, div#app, div#__next, div#__nuxt') !== null, weak: true },
  // WordPress marks listing pages (home, blog index, archives, search, 404) on <body>.
  { name: 'wordpress-listing', present: (document) => safeQuery(document, WORDPRESS_LISTING_BODY) !== null && looksLikeWordPress(document, safeQuery) },
];

/** The names of the signals of a list that the page shows. */
export function signalsOf(document: Document, list: readonly PageSignal[]): string[] {
  return list.filter((signal) => signal.present(document)).map((signal) => signal.name);
}

/** Whether every one of the named signals of another kind is weak (there is at least one). */
export function onlyWeakKinds(names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => OTHER_KIND_SIGNALS.some((signal) => signal.weak && signal.name === name));
}

/** Whether any of the named article signals is strong evidence (not theme markup others share). */
export function hasStrongArticleSignal(names: readonly string[]): boolean {
  return ARTICLE_SIGNALS.some((signal) => !signal.weak && names.includes(signal.name));
}
