import type { ThemeReading } from '../../themes/types';
import { queryFirst, safeQuery, safeQueryAll } from '../query';
import { normalizeSpace, textOf } from '../text';
import { toIsoDate } from './dates';
import { stringOf, type JsonLd } from './jsonld';
import { parseLocalDate } from './local-dates';
import { metaContent } from './meta-tags';

// Article.published: machine-readable dates first (meta, JSON-LD, <time datetime>), then the
// theme's date text, then a date printed in the page's language in a date-like element near
// the top (a calendar date, YYYY-MM-DD).

export function readPublished(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd, lang?: string): string | undefined {
  const fromHead =
    toIsoDate(metaContent(document, 'meta[property="article:published_time"]')) ??
    toIsoDate(stringOf(jsonLd.article?.datePublished)) ??
    toIsoDate(metaContent(document, 'meta[itemprop="datePublished"]'));
  if (fromHead) return fromHead;
  const time = safeQuery(document, 'article time[datetime], time[itemprop="datePublished"][datetime], time.published[datetime]');
  const fromTime = toIsoDate(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  // Theme date text: Jannah prints it without a time zone.
  const themed = rule ? queryFirst(document, rule.extraction.published) : null;
  const fromTheme = toIsoDate(themed?.getAttribute('datetime')) ?? toIsoDate(textOf(themed));
  if (fromTheme) return fromTheme;
  return themed ? parseLocalDate(textOf(themed), lang) : printedDate(document, lang);
}

/** Elements that print a post's date, by their markup (a limited number, in page order). */
const DATE_ELEMENTS =
  'time, [itemprop="datePublished"], [class*="date"], [class*="time"], [class*="publish"], [class*="posted"], [class*="meta"], [class*="byline"]';
const CANDIDATES = 30;

const ELSEWHERE = 'nav, footer, aside, [class*="comment"], [class*="related"]';

function printedDate(document: Document, lang: string | undefined): string | undefined {
  const candidates = safeQueryAll(document.body ?? document, DATE_ELEMENTS)
    .slice(0, CANDIDATES)
    .filter((element) => !element.closest(ELSEWHERE));
  // A <time datetime> anywhere in the post's area says it exactly.
  for (const element of candidates) {
    const machine = toIsoDate(element.getAttribute('datetime') ?? element.getAttribute('content'));
    if (machine) return machine;
  }
  for (const element of candidates) {
    const text = normalizeSpace(element.textContent);
    if (!text || text.length > 160) continue;
    const date = parseLocalDate(text, lang);
    if (date) return date;
  }
  return undefined;
}
