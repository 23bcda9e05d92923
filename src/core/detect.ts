import { readArticle } from './read-article';
import type { Detection } from './types';

export { matchTheme, type ThemeMatch } from './match-theme';

/**
 * Whether the page is an article, which theme it runs and the signals seen: the same reading
 * extract() makes (read-article.ts), so the two never disagree. `url` is the page's address
 * where the document does not know it (a site's front page needs more than a headline).
 */
export function detect(document: Document, options: { url?: string } = {}): Detection {
  return readArticle(document, { url: options.url }).detection;
}
