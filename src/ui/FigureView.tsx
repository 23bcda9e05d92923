import type { Figure } from '../core/types';
import { safeImageUrl } from './format';
import { t } from '../shared/i18n';

// A figure with its caption and credit visibly distinct. Everything is text: captions and
// credits come from the page and are never parsed as markup.
// Every image is lazy, the lead too: Chromium starts an eager image's fetch in the task that
// renders it, on the way to the article's first frame; a lazy one in view is fetched right
// after that frame's layout, so the text is not held back (docs/performance.md).

export function FigureView({ figure, base, lead = false }: { figure: Figure; base?: string; lead?: boolean }) {
  const src = safeImageUrl(figure.src, base);
  if (!src) return null;
  return (
    <figure class={lead ? 'bs-figure bs-figure-lead' : 'bs-figure'}>
      <img onError={hideBrokenImage} referrerpolicy="no-referrer" loading="lazy" decoding="async" alt={figure.alt ?? ''} src={src} />
      <FigureCaption figure={figure} />
    </figure>
  );
}

export function FigureCaption({ figure }: { figure: Figure }) {
  if (!figure.caption && !figure.credit) return null;
  return (
    <figcaption class="bs-figcaption">
      {figure.caption && (
        <span class="bs-caption" dir="auto">
          {figure.caption}
        </span>
      )}
      {figure.credit && (
        <span class="bs-credit-line">
          <span class="bs-credit-label">{t('figure_credit_label')} </span>
          <span class="bs-credit" dir="auto">
            {figure.credit}
          </span>
        </span>
      )}
    </figcaption>
  );
}

/**
 * The same caption as DOM, for figures inside the sanitized body (built with createElement and
 * textContent only, so the structure matches FigureCaption without any markup parsing).
 */
export function buildFigureCaption(doc: Document, figure: Figure): HTMLElement | null {
  if (!figure.caption && !figure.credit) return null;
  const caption = doc.createElement('figcaption');
  caption.className = 'bs-figcaption';
  if (figure.caption) caption.append(autoDir(span(doc, 'bs-caption', figure.caption)));
  if (figure.credit) {
    const line = span(doc, 'bs-credit-line', '');
    line.append(span(doc, 'bs-credit-label', `${t('figure_credit_label')} `), autoDir(span(doc, 'bs-credit', figure.credit)));
    caption.append(line);
  }
  return caption;
}

/**
 * An image that fails to load (unreachable host, 404) leaves no broken-image icon: the image is
 * hidden and its figure marked, so the caption still reads as a caption without a picture.
 */
export function hideBrokenImage(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  img.hidden = true;
  img.closest('figure')?.classList.add('bs-figure-broken');
}

/** Captions and credits may be in another script than the article (a Latin name in Arabic). */
function autoDir(element: HTMLElement): HTMLElement {
  element.dir = 'auto';
  return element;
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
