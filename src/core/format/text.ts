import type { Article } from '../types';

/** Plain-text rendering for the CLI: title, then the body text. */
export function articleToText(article: Article): string {
  return `${article.title}\n\n${article.text}\n`;
}
