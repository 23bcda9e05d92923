import { matchTheme, type ThemeMatch } from './match-theme';
import { queryFirst, safeQuery, withQueryIndex } from './query';
import { keepBodyTree } from './article-body';
import { contentRoot } from './page-root';
import { ARTICLE_SIGNALS, hasStrongArticleSignal, onlyWeakKinds, OTHER_KIND_SIGNALS, signalsOf } from './page-signals';
import { hasHeadlineAbove } from './headline';
import { escapeHtml, sanitizeMarkup, sanitizeMarkupToFragment, type MarkupNode } from './sanitize';
import { hideSelectors, userArticle } from './page-rules';
import type { Article, Detection, PageRules } from './types';
import { judgeArticle, measureTeasers, type Verdict } from './verdict';
import { prepareBody } from './extract/body';
import { leadBeforeContent, readLeadFigure } from './extract/figures';
import { findGenericBody } from './extract/generic';
import { bodyMarkup } from './extract/markup';
import { readMetadata } from './extract/metadata';
import { readThemeSource } from './extract/source';
import { bodyText } from './extract/text';
import { baseUrlOf, isFrontPage, pageUrlOf } from './extract/urls';
import { countWords, readingMinutes } from './extract/words';
import { THEME_READING } from '../themes/reading';
import { WORDPRESS_LISTING_BODY } from '../themes/wordpress';

// The one reading of a page that detect() and extract() share: the theme, the body, and the
// verdict on whether the page is an article, made from the body that was found. detect() and
// extract() cannot disagree, and the popup's "No article on this page" is the same decision.

export interface ReadOptions {
  /** The page URL; relative links and images resolve against it. Defaults to document.URL. */
  url?: string;
  /**
   * Use the generic engine when no theme rule matches (or the theme's body selector finds
   * nothing). Default true; false proves a theme's selectors work alone.
   */
  generic?: boolean;
  /**
   * The theme the page is already known to run (the content script recognised it before it
   * cleaned the page, which may have removed fingerprints): its rule is used without
   * recognising the page again. An unknown id is ignored.
   */
  themeId?: string;
  /** The reader's rules for this site: the article's container, and what to leave out of the body. */
  rules?: PageRules;
}

export interface PageReading {
  detection: Detection;
  article: Article | null;
  match: ThemeMatch | null;
}

const NOTHING: PageReading = { detection: { isArticle: false, signals: [] }, article: null, match: null };

/** Never mutates the document (all body work happens on a detached clone) and never throws. */
export function readArticle(document: Document, options: ReadOptions = {}): PageReading {
  try {
    if (!document?.documentElement || !contentRoot(document)) return NOTHING;
    return withQueryIndex(document, () => read(document, options));
  } catch {
    return NOTHING;
  }
}

function read(document: Document, options: ReadOptions): PageReading {
  // The reading parts only: what detection and extraction read (the popup and reader tab).
  const match = knownTheme(options.themeId) ?? matchTheme(document, THEME_READING);
  const rule = match?.rule;
  const articleSignals = signalsOf(document, ARTICLE_SIGNALS);
  const signals = [...(match?.signals ?? []), ...articleSignals.map((name) => `article:${name}`)];
  const themed = rule ? queryFirst(document, rule.extraction.body) : null;
  // A theme page is a single post only when the theme's title and body are both there
  // (home and archive pages share the fingerprints but not the single-post markup), and never
  // at the site's front page: a static front page prints the page's h1.entry-title and
  // article .entry-content (Newspack's front-page.php) around a grid of teasers.
  const frontPage = isFrontPage(pageUrlOf(document, options.url));
  const themeSingle = !!rule && !!themed && !frontPage && queryFirst(document, rule.extraction.title) !== null;
  if (rule && themeSingle) signals.push(`${rule.id}:single-post`);
  const decided = (verdict: Verdict, article: Article | null = null): PageReading => {
    const isArticle = verdict.isArticle && article !== null;
    const theme = match ? { theme: { id: match.rule.id, name: match.rule.name } } : {};
    return { detection: { isArticle, ...theme, signals: [...signals, verdict.reason] }, article: isArticle ? article : null, match };
  };
  // A recognised theme's home, archive or search page: excerpts are prose, but not an article.
  if (rule && !themeSingle && safeQuery(document, WORDPRESS_LISTING_BODY) !== null) return decided({ isArticle: false, reason: 'theme:listing' });

  const allowGeneric = options.generic !== false;
  // The reader's own choice of container comes first; the verdict below still judges it (a
  // site-wide rule also matches the site's listing pages).
  const chosen = userArticle(document, options.rules);
  if (chosen) signals.push('user:article');
  const container = chosen ?? themed ?? (allowGeneric ? findGenericBody(document) : null);
  if (!container) return decided({ isArticle: false, reason: 'content:none' });
  const article = buildArticle(document, options, { rule, themed: !chosen && !!themed, userChosen: !!chosen, container });
  const text = article?.text ?? '';
  const otherKinds = themeSingle ? [] : otherKindsOf(document, container);
  const verdict = themeSingle
    ? { isArticle: !!text, reason: text ? 'theme:single-post' : 'content:empty' }
    : judgeArticle({
        articleSignals,
        strongEvidence: hasStrongArticleSignal(articleSignals),
        otherKinds,
        otherKindsWeak: onlyWeakKinds(otherKinds),
        // A front page's heading presents the site or its offer, not one story.
        headline: !!text && !frontPage && hasHeadlineAbove(document, container),
        text,
        teasers: measureTeasers(container),
      });
  return decided(verdict, article);
}

/** The page's evidence of another kind, and a sign-in form in the body found (a sign-in page). */
function otherKindsOf(document: Document, container: Element): string[] {
  const kinds = signalsOf(document, OTHER_KIND_SIGNALS);
  if (safeQuery(container, 'input[type="password" i]')) kinds.push('sign-in-form');
  return kinds;
}

interface BodySource {
  rule: ThemeMatch['rule'] | undefined;
  themed: boolean;
  userChosen: boolean;
  container: Element;
}

function buildArticle(document: Document, options: ReadOptions, { rule, themed, userChosen, container }: BodySource): Article | null {
  const allowGeneric = options.generic !== false;
  const pageUrl = pageUrlOf(document, options.url);
  const base = baseUrlOf(document, pageUrl);
  const metadata = readMetadata(document, rule, base);
  const lead = rule || allowGeneric ? (readLeadFigure(document, rule, base) ?? (themed ? undefined : leadBeforeContent(container, base))) : undefined;
  const body = prepareBody(container, {
    document,
    rule,
    generic: !themed && !userChosen,
    userChosen,
    hide: hideSelectors(options.rules),
    base,
    pageUrl,
    lead,
    themeSource: readThemeSource(document, rule, base),
    title: metadata.title,
  });

  const text = bodyText(body.root, body.figures);
  if (!text) return null;
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
    byline: metadata.byline ?? body.byline,
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
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
    theme: rule && (themed || userChosen) ? { id: rule.id, name: rule.name } : undefined,
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

function knownTheme(id: string | undefined): ThemeMatch | null {
  const rule = id ? THEME_READING.find((theme) => theme.id === id) : undefined;
  return rule ? { rule, signals: [`theme:${rule.id}`] } : null;
}
