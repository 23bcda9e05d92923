import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types';
import { buildBody } from './body';
import { FigureView } from './FigureView';
import { formatDate, safeImageUrl, sourceDisplay } from './format';

// The article, shared by the popup and (later) the full reader tab. Page-provided strings are
// rendered as JSX text; only the body goes through core/sanitize, appended as a fragment.

export interface ArticleViewProps {
  article: Article;
  /** From settings.reader.showImages. */
  showImages?: boolean;
  /** For dates; the user's locale when absent. */
  locale?: string | string[];
}

export function ArticleView({ article, showImages = true, locale }: ArticleViewProps) {
  const date = formatDate(article.published, locale);
  const lead = showImages && article.leadImage && safeImageUrl(article.leadImage.src, article.url) ? article.leadImage : undefined;
  const source = sourceDisplay(article.source);

  return (
    <article class="bs-article" lang={article.lang || undefined} dir={article.dir === 'rtl' ? 'rtl' : 'ltr'}>
      <header class="bs-header">
        {article.category && <p class="bs-category">{article.category}</p>}
        <h1 class="bs-title">{article.title}</h1>
        <Meta article={article} date={date} />
      </header>
      {lead && <FigureView figure={lead} base={article.url} lead />}
      {article.dateline && <p class="bs-dateline">{article.dateline}</p>}
      <Body article={article} showImages={showImages} leadSrc={lead?.src} />
      <footer class="bs-footer">
        {article.tags.length > 0 && (
          <ul class="bs-tags" aria-label="Tags">
            {article.tags.map((tag) => (
              <li key={tag} class="bs-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {source && (
          <p class="bs-source-line">
            <span class="bs-source-label">Source: </span>
            <a class="bs-source" href={source.href} target="_blank" rel="noopener noreferrer" title={article.source?.label}>
              {source.text}
            </a>
          </p>
        )}
      </footer>
    </article>
  );
}

function Meta({ article, date }: { article: Article; date: ReturnType<typeof formatDate> }) {
  if (!article.byline && !article.published && !article.readingMinutes) return null;
  return (
    <p class="bs-meta">
      {article.byline && <span class="bs-byline">{article.byline}</span>}
      {article.published &&
        (date ? (
          <time class="bs-date" dateTime={date.datetime} title={date.full}>
            {date.text}
          </time>
        ) : (
          <time class="bs-date">{article.published}</time>
        ))}
      {article.readingMinutes > 0 && <span class="bs-reading-time">{article.readingMinutes} min read</span>}
    </p>
  );
}

/** The sanitized body, appended into a ref'd container (never innerHTML). */
function Body({ article, showImages, leadSrc }: { article: Article; showImages: boolean; leadSrc?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    element.replaceChildren(buildBody(element.ownerDocument, article, { showImages, leadSrc }));
    return () => element.replaceChildren();
  }, [article, showImages, leadSrc]);
  return <div class="bs-body" ref={container} />;
}
