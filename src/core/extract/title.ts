import type { ThemeReading } from '../../themes/types';
import { safeQuery } from '../query';
import { contentRoot } from '../page-root';
import { normalizeSpace, textOf } from '../text';
import { stringOf, type JsonLd } from './jsonld';
import { firstMeta, themeText, TITLE_METAS } from './meta-tags';

// Article.title: the headline as the page prints it. The theme's title element first, then the
// page's <h1> when it agrees with the title the page declares (og:title, JSON-LD, <title>),
// otherwise the declared title without the site's name.

export function readTitle(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd, siteName?: string): string | undefined {
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
    // Documentation generators end headings with a permalink sign ("Configuration¶").
    const text = textOf(heading).replace(/\s*[¶§#]$/u, '');
    const key = comparable(text);
    if (!key || text.length > 300 || key === site || !isHeadlinePlace(heading)) continue;
    if (declared.some((title) => agrees(key, title))) return text;
  }
  return undefined;
}

/** Whether a heading's comparable text agrees with a declared title (see printedHeadline). */
export function agrees(heading: string, title: string): boolean {
  const whole = comparable(title);
  if (!whole) return false;
  if (heading === whole) return true;
  if (title.split(SEPARATOR).some((part) => comparable(part) === heading)) return true;
  if (heading.includes(whole)) return whole.length >= heading.length * 0.6;
  return whole.includes(heading) && heading.length >= whole.length * 0.6;
}

export function isHeadlinePlace(heading: Element): boolean {
  if (heading.closest('nav, footer, aside')) return false;
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (link && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? '')) return false;
  for (let element: Element | null = heading, level = 0; element && level < 3; element = element.parentElement, level += 1) {
    if (MASTHEAD.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) return false;
  }
  return true;
}

export function comparable(text: string): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A declared title without the site's name at its end or start ("Headline | Site"). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = comparable(siteName);
  if (comparable(parts[parts.length - 1]) === site)
    return (
      title
        .slice(0, title.length - parts[parts.length - 1].length)
        .replace(/\s+[-–—|·•:»]\s*$/, '')
        .trim() || title
    );
  if (comparable(parts[0]) === site)
    return (
      title
        .slice(parts[0].length)
        .replace(/^\s*[-–—|·•:»]\s+/, '')
        .trim() || title
    );
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
      return (
        title
          .slice(0, title.length - last.length)
          .replace(/\s+[-–—|·•:]\s*$/, '')
          .trim() || title
      );
    }
  }
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 10) return title.slice(0, pipe).trim();
  // "Headline - Site" without a known site name: drop the last part when what stays still
  // reads as a headline (at least four words), like Readability.
  const parts = title.split(/\s+[-–—|»]\s+/);
  if (parts.length > 1) {
    const head = title
      .slice(0, title.length - parts[parts.length - 1].length)
      .replace(/\s+[-–—|»]\s*$/, '')
      .trim();
    if (head.split(/\s+/).length >= 4 && parts[parts.length - 1].split(/\s+/).length <= 4) return head;
  }
  return title;
}
