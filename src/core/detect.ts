import { matchTheme } from './match-theme';
import { elementsByTag, queryFirst, safeQuery, withQueryIndex } from './query';
import type { ThemeMatch } from './match-theme';
import type { Detection } from './types';
import { jsonLdScripts } from './extract/jsonld';
import { THEME_READING } from '../themes/reading';
import { WORDPRESS_LISTING_BODY } from '../themes/wordpress';

export { matchTheme, type ThemeMatch } from './match-theme';

/** Signals that a page is a single article, whatever its theme. The generator meta never counts. */
const ARTICLE_SIGNALS: ReadonlyArray<[string, string]> = [
  ['og:type=article', 'meta[property="og:type"][content="article" i]'],
  ['article:published_time', 'meta[property="article:published_time"]'],
  ['body.single-post', 'body.single-post, body.single-format-standard'],
  ['h1.entry-title', 'h1.entry-title, h1.post-title'],
  ['itemprop=articleBody', '[itemprop="articleBody"]'],
];

/** JSON-LD of an article type (a plain "WebSite"/"WebApplication" block is not evidence). */
const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;

export function detect(document: Document): Detection {
  return detectPage(document).detection;
}

/** detect() plus the theme match it found, so extraction need not match themes again. */
export function detectPage(document: Document): { detection: Detection; match: ThemeMatch | null } {
  return withQueryIndex(document, () => detectIn(document));
}

function detectIn(document: Document): { detection: Detection; match: ThemeMatch | null } {
  try {
    if (!document || !document.documentElement || !document.body) return { detection: { isArticle: false, signals: [] }, match: null };
    // The reading parts only: what detection and extraction read (the popup and reader tab).
    const match = matchTheme(document, THEME_READING);
    const signals = match ? [...match.signals] : [];
    for (const [name, selector] of ARTICLE_SIGNALS) {
      if (hasSignal(document, name, selector)) signals.push(`article:${name}`);
    }
    if (hasArticleJsonLd(document)) signals.push('article:ld+json');
    // A theme page is a single post only when the theme's title and body are both there
    // (home and archive pages share the fingerprints but not the single-post markup).
    const themeSingle =
      match !== null &&
      queryFirst(document, match.rule.extraction.title) !== null &&
      queryFirst(document, match.rule.extraction.body) !== null;
    if (themeSingle) signals.push(`${match.rule.id}:single-post`);
    const articleSignals = signals.filter((signal) => signal.startsWith('article:')).length;
    const prose = proseOf(document);
    // On a page a theme rule recognises, its single-post markup decides; prose alone counts elsewhere.
    // A recognised theme's home/archive/search page: excerpts are prose, but not an article.
    const themeListing = match !== null && !themeSingle && safeQuery(document, WORDPRESS_LISTING_BODY) !== null;
    const isArticle = !themeListing && prose.paragraphs >= 2 && (themeSingle || articleSignals >= 1 || (prose.readerable && !match));
    if (isArticle && !themeSingle && articleSignals === 0) signals.push('article:prose');
    const detection: Detection = {
      isArticle,
      ...(match ? { theme: { id: match.rule.id, name: match.rule.name } } : {}),
      signals,
    };
    return { detection, match };
  } catch {
    return { detection: { isArticle: false, signals: [] }, match: null };
  }
}

/**
 * One signal, found the cheap way where there is one (each querySelector walks the whole page
 * in linkedom): meta in <head>, body classes on <body>, headings by tag.
 */
function hasSignal(document: Document, name: string, selector: string): boolean {
  if (selector.startsWith('meta')) return safeQuery(document.head ?? document, selector) !== null;
  if (name === 'body.single-post') return /(?:^|\s)(?:single-post|single-format-standard)(?:\s|$)/.test(document.body?.getAttribute('class') ?? '');
  if (name === 'h1.entry-title') {
    return elementsByTag(document, 'h1').some((h1) => /(?:^|\s)(?:entry-title|post-title)(?:\s|$)/.test(h1.getAttribute('class') ?? ''));
  }
  return safeQuery(document, selector) !== null;
}

function hasArticleJsonLd(document: Document): boolean {
  return jsonLdScripts(document).some((script) =>
    ARTICLE_LD.test(script.textContent ?? ''),
  );
}

/**
 * Prose on the page, read in one walk that stops as soon as both answers are known:
 * `paragraphs` counts blocks of 80+ characters (a <p>/<pre>, or a long text run outside one, as
 * on pages that write paragraphs with <br>); `readerable` follows Readability's
 * isProbablyReaderable: every block over 140 characters adds the square root of its excess,
 * 20 points make an article. Navigation, asides, footers and forms do not count.
 */
function proseOf(document: Document): { paragraphs: number; readerable: boolean } {
  let paragraphs = 0;
  let score = 0;
  const count = (length: number): void => {
    if (length >= 80) paragraphs += 1;
    if (length > 140) score += Math.sqrt(length - 140);
  };
  const stack: Node[] = document.body ? [document.body] : [];
  while (stack.length && (paragraphs < 2 || score <= 20)) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      count((node.nodeValue ?? '').trim().length);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'p' || tag === 'pre') {
      count((node.textContent ?? '').replace(/\s+/g, ' ').trim().length);
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { paragraphs, readerable: score > 20 };
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'head', 'select', 'textarea', 'svg']);
