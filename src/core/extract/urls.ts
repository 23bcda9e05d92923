import { safeHttpUrl } from '../sanitize';
import { safeQuery } from '../query';

// URL helpers. We never read `.href`/`.src` properties (they depend on the parser's notion of
// the document URL, which linkedom lacks); we read attributes and resolve them ourselves.

/** The page URL: the caller's, else the document's own when it is http(s). */
export function pageUrlOf(document: Document, given?: string): string | undefined {
  return safeHttpUrl(given) ?? safeHttpUrl(readDocumentUrl(document));
}

/** Whether the URL is a site's front page ("/", "/index.html"): it presents the site, not one story. */
export function isFrontPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { pathname, search } = new URL(url);
    return !search && /^\/(?:index\.\w+)?$/.test(pathname);
  } catch {
    return false;
  }
}

/** Base for relative URLs: <base href> (resolved against the page), else the page, else canonical. */
export function baseUrlOf(document: Document, pageUrl: string | undefined): string | undefined {
  // <base> is only valid in <head>; looking there alone spares a walk over the whole page.
  const baseHref = safeQuery(document.head ?? document, 'base[href]')?.getAttribute('href');
  const fromBase = safeHttpUrl(baseHref, pageUrl);
  if (fromBase) return fromBase;
  if (pageUrl) return pageUrl;
  return safeHttpUrl(safeQuery(document.head ?? document, 'link[rel="canonical"][href]')?.getAttribute('href'));
}

/** An absolute http(s) URL for an attribute value, or undefined. */
export function resolveHttp(value: string | null | undefined, base: string | undefined): string | undefined {
  if (!value || /^\s*data:/i.test(value)) return undefined;
  return safeHttpUrl(value, base);
}

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

// Country domains that register names one level down ("paper.co.uk", "paper.com.au", "paper.co.jp"):
// a two-letter country code under one of the generic second-level labels those registries use.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** "amp.paper.com" → "paper.com"; "news.paper.co.uk" → "paper.co.uk". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const [second, top] = labels.slice(-2);
  const registeredBelow = top.length === 2 && SECOND_LEVEL.has(second);
  return labels.slice(registeredBelow ? -3 : -2).join('.');
}

function readDocumentUrl(document: Document): string | undefined {
  try {
    return typeof document.URL === 'string' ? document.URL : undefined;
  } catch {
    return undefined;
  }
}
