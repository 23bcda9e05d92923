import { Fragment } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types';
import { safeHttpUrl } from '../core/sanitize';
import { buildBody } from './body';
import { splitAfterFirstScreen } from './first-screen';
import { afterNextFrame } from './next-frame';
import { FigureView } from './FigureView';
import { formatDate, safeImageUrl, sourceDisplay } from './format';
import { plural, t, uiLocale } from '../shared/i18n';

// The article, shared by the popup and the full reader tab (one component, two pages).
// Page-provided strings are rendered as JSX text; only the body goes through core/sanitize,
// appended as a fragment. The article's own lang and dir apply to it; the UI language's
// labels inside it ("5 min read", "Photo:") are isolated so they never reorder the text.

export interface ArticleViewProps {
  article: Article;
  /** From settings.reader.showImages; off also hides captions and credits. */
  showImages?: boolean;
  /** For dates; the UI language when absent. */
  locale?: string | string[];
  /** The popup: the body past its first screen is added after the first frame (first-screen.ts). */
  firstScreenFirst?: boolean;
}

export function ArticleView({ article, showImages = true, locale, firstScreenFirst = false }: ArticleViewProps) {
  const date = formatDate(article.published, locale ?? uiLocale());
  const lead = showImages && article.leadImage && safeImageUrl(article.leadImage.src, article.url) ? article.leadImage : undefined;
  const source = sourceDisplay(article.source);
  const original = safeHttpUrl(article.url);

  return (
    <article class="bs-article" lang={article.lang || undefined} dir={article.dir === 'rtl' ? 'rtl' : 'ltr'} aria-labelledby="bs-article-title">
      <header class="bs-header">
        {article.category && <p class="bs-category">{article.category}</p>}
        <h1 class="bs-title" id="bs-article-title" elementtiming="bs-article-title">
          {article.title}
        </h1>
        <Meta article={article} date={date} />
      </header>
      {lead && <FigureView figure={lead} base={article.url} lead />}
      {article.dateline && <p class="bs-dateline">{article.dateline}</p>}
      <Body article={article} showImages={showImages} leadSrc={lead?.src} firstScreenFirst={firstScreenFirst} />
      <footer class="bs-footer">
        {article.tags.length > 0 && (
          <ul class="bs-tags" aria-label={t('article_tags')}>
            {article.tags.map((tag) => (
              <li key={tag} class="bs-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {source && (
          <p class="bs-source-line">
            <span class="bs-source-label">{t('article_source_label')} </span>
            <a class="bs-source" href={source.href} target="_blank" rel="noopener noreferrer" title={article.source?.label}>
              {source.text}
            </a>
          </p>
        )}
        {original && (
          <p class="bs-original-line">
            <a class="bs-original" href={original} rel="noreferrer">
              {t('article_original_page')}
            </a>
          </p>
        )}
      </footer>
    </article>
  );
}

function Meta({ article, date }: { article: Article; date: ReturnType<typeof formatDate> }) {
  const items = [
    article.byline && <bdi class="bs-byline">{article.byline}</bdi>,
    article.published &&
      (date ? (
        <time class="bs-date" dateTime={date.datetime} title={date.full} lang={uiLocale()}>
          {date.text}
        </time>
      ) : (
        <time class="bs-date">{article.published}</time>
      )),
    article.readingMinutes > 0 && (
      <bdi class="bs-reading-time" lang={uiLocale()}>
        {plural('article_reading_minutes', article.readingMinutes)}
      </bdi>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  // Separators are their own flex items, so they sit between items in either direction.
  return (
    <p class="bs-meta">
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <span class="bs-meta-sep" aria-hidden="true">
              ·
            </span>
          )}
          {item}
        </Fragment>
      ))}
    </p>
  );
}

interface BodyProps {
  article: Article;
  showImages: boolean;
  leadSrc?: string;
  firstScreenFirst: boolean;
}

/**
 * The sanitized body, appended into a ref'd container (never innerHTML). While blocks past the
 * first screen are still to come, the container is aria-busy.
 */
function Body({ article, showImages, leadSrc, firstScreenFirst }: BodyProps) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const body = buildBody(element.ownerDocument, article, { showImages, leadSrc });
    const rest = firstScreenFirst ? splitAfterFirstScreen(body) : null;
    element.replaceChildren(body);
    if (!rest) return () => element.replaceChildren();
    element.setAttribute('aria-busy', 'true');
    const cancel = afterNextFrame(() => {
      element.append(rest);
      element.removeAttribute('aria-busy');
    });
    return () => {
      cancel();
      element.removeAttribute('aria-busy');
      element.replaceChildren();
    };
  }, [article, showImages, leadSrc, firstScreenFirst]);
  return <div class="bs-body" ref={container} />;
}
