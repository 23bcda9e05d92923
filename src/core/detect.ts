import { THEMES, type ThemeRule } from '../themes';
import { safeQuery } from './query';
import type { Detection } from './types';

export interface ThemeMatch {
  rule: ThemeRule;
  signals: string[];
}

/** The best theme rule whose fingerprints match, or null. Cheap: one querySelector per fingerprint. */
export function matchTheme(document: Document): ThemeMatch | null {
  for (const rule of THEMES) {
    const signals = rule.fingerprints
      .filter((fingerprint) => safeQuery(document, fingerprint.selector) !== null)
      .map((fingerprint) => `${rule.id}:${fingerprint.name}`);
    if (signals.length >= rule.minSignals) return { rule, signals };
  }
  return null;
}

/** Signals that a page is a single article, whatever its theme. */
const ARTICLE_SIGNALS: ReadonlyArray<[string, string]> = [
  ['og:type=article', 'meta[property="og:type"][content="article" i]'],
  ['article:published_time', 'meta[property="article:published_time"]'],
  ['body.single-post', 'body.single-post, body.single-format-standard'],
  ['h1.entry-title', 'h1.entry-title, h1.post-title'],
  ['ld+json', 'script[type="application/ld+json"]'],
];

export function detect(document: Document): Detection {
  try {
    if (!document || !document.documentElement) return { isArticle: false, signals: [] };
    const match = matchTheme(document);
    const signals = match ? [...match.signals] : [];
    for (const [name, selector] of ARTICLE_SIGNALS) {
      if (safeQuery(document, selector)) signals.push(`article:${name}`);
    }
    const hasBodyText = hasParagraphs(document);
    const articleSignals = signals.filter((signal) => signal.startsWith('article:')).length;
    const isArticle = hasBodyText && (articleSignals >= 1 || match !== null);
    return {
      isArticle,
      ...(match ? { theme: { id: match.rule.id, name: match.rule.name } } : {}),
      signals,
    };
  } catch {
    return { isArticle: false, signals: [] };
  }
}

/** At least a few paragraphs of prose somewhere in the body. */
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
