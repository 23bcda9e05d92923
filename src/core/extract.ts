import { readArticle, type ReadOptions } from './read-article';
import type { Article } from './types';

export type ExtractOptions = ReadOptions;

/**
 * The article of a page, or null when the page is not an article (the same decision as
 * detect().isArticle). Never mutates the document and never throws.
 */
export function extract(document: Document, options: ExtractOptions = {}): Article | null {
  return readArticle(document, options).article;
}
