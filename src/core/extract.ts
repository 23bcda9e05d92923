import { detectPage } from './detect';
import { queryFirst, withQueryIndex } from './query';
import { keepBodyTree } from './article-body';
import { escapeHtml, sanitizeMarkup, sanitizeMarkupToFragment, type MarkupNode } from './sanitize';
import type { Article } from './types';
import { prepareBody } from './extract/body';
import { leadBeforeContent, readLeadFigure } from './extract/figures';
import { findGenericBody } from './extract/generic';
import { bodyMarkup } from './extract/markup';
import { readMetadata } from './extract/metadata';
import { readThemeSource } from './extract/source';
import { bodyText } from './extract/text';
import { baseUrlOf, pageUrlOf } from './extract/urls';
import { countWords, readingMinutes } from './extract/words';

export interface ExtractOptions {
  /** The page URL; relative links and images resolve against it. Defaults to document.URL. */
  url?: string;
  /**
   * Use the generic engine when no theme rule matches (or the theme's body selector finds
   * nothing). Default true; false proves a theme's selectors work alone.
   */
  generic?: boolean;
}

/**
 * The article of a page, or null when the page is not an article. Never mutates the document
 * (all body work happens on a detached clone) and never throws.
 */
export function extract(document: Document, options: ExtractOptions = {}): Article | null {
  try {
    return withQueryIndex(document, () => extractArticle(document, options));
  } catch {
    return null;
  }
}

function extractArticle(document: Document, options: ExtractOptions): Article | null {
  if (!document?.documentElement || !document.body) return null;
  const { detection, match } = detectPage(document);
  if (!detection.isArticle) return null;
  const allowGeneric = options.generic !== false;
  const rule = match?.rule;
  const themed = rule ? queryFirst(document, rule.extraction.body) : null;
  const container = themed ?? (allowGeneric ? findGenericBody(document) : null);
  if (!container) return null;

  const pageUrl = pageUrlOf(document, options.url);
  const base = baseUrlOf(document, pageUrl);
  const metadata = readMetadata(document, rule, base);
  const lead =
    rule || allowGeneric ? (readLeadFigure(document, rule, base) ?? (themed ? undefined : leadBeforeContent(container, base))) : undefined;
  const body = prepareBody(container, {
    document,
    rule,
    generic: !themed,
    base,
    pageUrl,
    lead,
    themeSource: readThemeSource(document, rule, base),
    title: metadata.title,
  });

  const text = bodyText(body.root, body.figures);
  if (!text) return null;
  const wordCount = countWords(text);
  // The body's markup tree is made when first needed (Article.html, or articleBodyFragment for
  // a view), and let go once html is built: html is then the body.
  let source: typeof body | undefined = body;
  let markup: MarkupNode[] | undefined;
  const bodyTree = (): MarkupNode[] | undefined => {
    if (source) {
      markup = bodyMarkup(source.root, source.figures, base);
      source = undefined;
    }
    return markup;
  };
  let html: string | undefined;
  const article: Article = {
    url: pageUrl ?? metadata.canonicalUrl ?? '',
    canonicalUrl: metadata.canonicalUrl,
    title: metadata.title ?? '',
    category: metadata.category,
    byline: metadata.byline,
    published: metadata.published,
    modified: metadata.modified,
    siteName: metadata.siteName,
    lang: metadata.lang,
    dir: metadata.dir,
    dateline: body.dateline,
    leadImage: body.lead,
    figures: body.lead ? [body.lead, ...body.inline] : body.inline,
    source: body.source,
    tags: metadata.tags,
    // JSON.stringify, spread and structured clone read it too; a caller that wants only the
    // text pays nothing for it. Reading it never throws (a failure gives the text, escaped).
    get html() {
      if (html === undefined) {
        try {
          html = sanitizeMarkup(bodyTree() ?? []);
        } catch {
          html = `<p>${escapeHtml(text).replace(/\n\n/g, '</p><p>')}</p>`;
        }
        source = undefined;
        markup = undefined;
      }
      return html;
    },
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    theme: rule && themed ? { id: rule.id, name: rule.name } : undefined,
  };
  // Once html is built the tree is gone (bodyTree() is undefined): the string path then.
  keepBodyTree(article, () => {
    try {
      const tree = bodyTree();
      return tree ? sanitizeMarkupToFragment(tree) : null;
    } catch {
      return null;
    }
  });
  return withoutUndefined(article);
}

/** JSON has no undefined: drop absent optional fields so results compare and serialise cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    // html is a getter, never undefined: reading it here would build it.
    if (key !== 'html' && value[key] === undefined) delete value[key];
  }
  return value;
}
