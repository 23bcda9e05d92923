import { readArticle } from './read-article';
import type { Detection } from './types';

export { matchTheme, type ThemeMatch } from './match-theme';

/**
 * Whether the page is an article, which theme it runs and the signals seen: the same reading
 * extract() makes (read-article.ts), so the two never disagree.
 */
export function detect(document: Document): Detection {
  return readArticle(document).detection;
}
