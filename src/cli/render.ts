import { articleToMarkdown } from '../core/format/markdown';
import { articleToText } from '../core/format/text';
import type { Article } from '../core/types';
import type { Format } from './args';

export const EXTENSIONS: Record<Format, string> = { json: 'json', markdown: 'md', text: 'txt', html: 'html' };

export function renderArticle(article: Article, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'markdown':
      return articleToMarkdown(article);
    case 'text':
      return articleToText(article);
    case 'html':
      return `${article.html}\n`;
  }
}
