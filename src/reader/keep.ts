import articleCss from '../ui/article.css?inline';
import themeCss from '../ui/theme.css?inline';
import { escapeHtml, safeHttpUrl } from '../core/sanitize';
import type { Article, Figure } from '../core/types';
import type { ReaderSettings } from '../shared/settings-schema';
import { articleToMarkdown } from '../core/format/markdown';
import { buildBody } from '../ui/body';
import { formatDate, safeImageUrl, sourceDisplay } from '../ui/format';
import { plural, t, uiLocale } from '../shared/i18n';

// "Keep what you read": Markdown to the clipboard, and the article as ONE self-contained HTML
// file (inline CSS, sanitized body, every page-provided string escaped, a CSP that forbids
// scripts), downloaded through a Blob and <a download>, so no `downloads` permission is needed.

export async function copyMarkdown(article: Article): Promise<void> {
  await navigator.clipboard.writeText(articleToMarkdown(article));
}

export function saveHtmlFile(article: Article, look: ReaderSettings, doc: Document = document): string {
  const name = fileNameFor(article);
  const blob = new Blob([savedHtml(article, look, doc)], { type: 'text/html;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** "Vladimir Putin arrives in China….html"; letters of any script are kept. */
export function fileNameFor(article: Article): string {
  const stem = article.title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'article'}.html`;
}

const SAVED_CSS = `
body { padding: 2.5rem 1.25rem 4rem; }
.bs-article { max-width: var(--bs-measure); margin: 0 auto; }
.bs-saved-note { margin-top: 0.5em; color: var(--bs-muted); font-size: 0.9em; }
`;

/**
 * The saved page. Attribute and text values are escaped; the body is the same sanitized DOM the
 * view shows (core/sanitize via ui/body.ts), serialised.
 */
export function savedHtml(article: Article, look: ReaderSettings, doc: Document = document): string {
  const e = escapeHtml;
  const dir = article.dir === 'rtl' ? 'rtl' : 'ltr';
  const lang = article.lang ? ` lang="${e(article.lang)}"` : '';
  const date = formatDate(article.published, uiLocale());
  const meta = [
    article.byline ? `<bdi class="bs-byline">${e(article.byline)}</bdi>` : '',
    date ? `<time class="bs-date" datetime="${e(date.datetime)}">${e(date.text)}</time>` : '',
    article.readingMinutes > 0 ? `<bdi class="bs-reading-time">${e(plural('article_reading_minutes', article.readingMinutes))}</bdi>` : '',
  ].filter(Boolean);
  const lead = look.showImages && article.leadImage ? figureHtml(article.leadImage, article.url) : '';
  const holder = doc.createElement('div');
  holder.append(buildBody(doc, article, { showImages: look.showImages, leadSrc: lead ? article.leadImage?.src : undefined }));
  const body = holder.innerHTML;
  const source = sourceDisplay(article.source);
  const original = safeHttpUrl(article.url);
  const parts = [
    '<header class="bs-header">',
    article.category ? `<p class="bs-category">${e(article.category)}</p>` : '',
    `<h1 class="bs-title">${e(article.title)}</h1>`,
    meta.length ? `<p class="bs-meta">${meta.join('')}</p>` : '',
    '</header>',
    lead,
    article.dateline ? `<p class="bs-dateline">${e(article.dateline)}</p>` : '',
    `<div class="bs-body">${body}</div>`,
    '<footer class="bs-footer">',
    article.tags.length ? `<ul class="bs-tags">${article.tags.map((tag) => `<li class="bs-tag">${e(tag)}</li>`).join('')}</ul>` : '',
    source
      ? `<p class="bs-source-line"><span class="bs-source-label">${e(t('article_source_label'))} </span><a class="bs-source" href="${e(source.href)}">${e(source.text)}</a> <span class="bs-source-url">${e(source.href)}</span></p>`
      : '',
    original ? `<p class="bs-saved-note">${e(t('saved_from'))} <a class="bs-original" href="${e(original)}">${e(original)}</a></p>` : '',
    '</footer>',
  ];
  return [
    '<!doctype html>',
    `<html lang="${e(uiLocale())}" data-theme="${e(look.theme)}" data-font="${look.font === 'dyslexic' ? 'sans' : e(look.font)}" data-width="${e(look.width)}" data-align="${e(look.align)}" style="--bs-font-size: ${look.fontSize}px; --bs-line-height: ${look.lineHeight}">`,
    '<head>',
    '<meta charset="utf-8">',
    // No script can run in the saved file, whatever it contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Broadsheet">',
    `<title>${e(article.title)}</title>`,
    `<style>${themeCss}\n${articleCss}\n${SAVED_CSS}</style>`,
    '</head>',
    '<body>',
    `<article class="bs-article"${lang} dir="${dir}">`,
    ...parts.filter(Boolean),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function figureHtml(figure: Figure, base: string): string {
  const src = safeImageUrl(figure.src, base);
  if (!src) return '';
  const e = escapeHtml;
  const caption = figure.caption ? `<span class="bs-caption" dir="auto">${e(figure.caption)}</span>` : '';
  const credit = figure.credit
    ? `<span class="bs-credit-line"><span class="bs-credit-label">${e(t('figure_credit_label'))} </span><span class="bs-credit" dir="auto">${e(figure.credit)}</span></span>`
    : '';
  const figcaption = caption || credit ? `<figcaption class="bs-figcaption">${caption}${credit}</figcaption>` : '';
  return `<figure class="bs-figure bs-figure-lead"><img src="${e(src)}" alt="${e(figure.alt ?? '')}" referrerpolicy="no-referrer">${figcaption}</figure>`;
}
