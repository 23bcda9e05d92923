import type { ThemeReading } from '../../themes/types';
import { safeQuery, safeQueryAll } from '../query';
import { contentRoot } from '../page-root';
import { normalizeSpace } from '../text';
import { namesOf, type JsonLd } from './jsonld';
import { bylineName, isBylineLabel } from './byline-words';
import { wordpress } from '../../themes/wordpress';
import { AUTHOR_METAS, firstMeta, themeText } from './meta-tags';

// Article.byline: the theme's byline, the JSON-LD authors, the author meta, or a byline printed
// on the page, without the word that introduces it in the page's language ("By", "بقلم", "Автор:").

export function readByline(document: Document, rule: ThemeReading | undefined, jsonLd: JsonLd): string | undefined {
  const themed = rule ? themeText(document, rule.extraction.byline) : undefined;
  if (themed) return themed;
  const authors = namesOf(jsonLd.article?.author, jsonLd.nodes);
  if (authors.length) return [...new Set(authors)].join(', ');
  const fromMeta = firstMeta(document, AUTHOR_METAS);
  if (fromMeta && !/^https?:/i.test(fromMeta)) return fromMeta;
  return rule ? undefined : (themeText(document, wordpress.extraction.byline) ?? pageByline(document));
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
    const text = bylineName(normalizeSpace((named ?? element).textContent));
    // A label alone ("Written by", its name in a sibling) is not a byline.
    if (isBylineLabel(text)) continue;
    if (text.length >= 3 && text.length <= 100 && /\p{L}/u.test(text)) return text;
  }
  return undefined;
}
