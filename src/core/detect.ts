import { matchTheme } from './match-theme';
import { queryFirst, safeQuery, safeQueryAll } from './query';
import type { Detection } from './types';

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
  try {
    if (!document || !document.documentElement || !document.body) return { isArticle: false, signals: [] };
    const match = matchTheme(document);
    const signals = match ? [...match.signals] : [];
    for (const [name, selector] of ARTICLE_SIGNALS) {
      if (safeQuery(document, selector)) signals.push(`article:${name}`);
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
    const isArticle = hasParagraphs(document) && (themeSingle || articleSignals >= 1);
    return {
      isArticle,
      ...(match ? { theme: { id: match.rule.id, name: match.rule.name } } : {}),
      signals,
    };
  } catch {
    return { isArticle: false, signals: [] };
  }
}

function hasArticleJsonLd(document: Document): boolean {
  return safeQueryAll(document, 'script[type="application/ld+json"]').some((script) =>
    ARTICLE_LD.test(script.textContent ?? ''),
  );
}

/** At least a few paragraphs of prose somewhere in the body (cheap: stops at the second). */
function hasParagraphs(document: Document): boolean {
  const body = document.body;
  if (!body) return false;
  let prose = 0;
  for (const paragraph of Array.from(body.getElementsByTagName('p'))) {
    if ((paragraph.textContent ?? '').trim().length >= 80) prose += 1;
    if (prose >= 2) return true;
  }
  return false;
}
