import type { Article, Figure } from '../core/types';
import { articleBodyFragment } from '../core/article-body';
import { buildFigureCaption, hideBrokenImage } from './FigureView';
import { imageKey } from './format';

// The article body as DOM: sanitized by core/sanitize (the one place untrusted HTML becomes
// DOM; core/article-body picks the path), then adjusted with plain DOM calls before it is
// attached, so images load only once their final attributes are set (the sanitized fragment
// belongs to an inert document):
// - the lead image, already shown above the body, is not repeated;
// - figures known to Article.figures get the same caption/credit structure as the lead;
// - with images off, figures and images are removed (so nothing is fetched);
// - images load lazily, send no referrer and always have an alt; one that fails to load is
//   hidden (no broken-image icon).

export interface BodyOptions {
  showImages: boolean;
  /** The lead image's src when the view renders it above the body. */
  leadSrc?: string;
}

export function buildBody(doc: Document, article: Article, options: BodyOptions): DocumentFragment {
  const fragment = articleBodyFragment(article) ?? textFallback(doc, article.text);
  const owner = fragment.ownerDocument ?? doc;
  const figures = new Map<string, Figure>();
  for (const figure of article.figures) {
    const key = imageKey(figure.src, article.url);
    if (key && !figures.has(key)) figures.set(key, figure);
  }
  const leadKey = imageKey(options.leadSrc, article.url);
  let leadRemoved = false;

  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const key = imageKey(img.getAttribute('src'), article.url);
    const holder = img.closest('figure') ?? img.closest('picture') ?? img;
    if (!options.showImages || (!leadRemoved && key !== null && key === leadKey)) {
      if (options.showImages) leadRemoved = true;
      holder.remove();
      continue;
    }
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
    img.addEventListener('error', hideBrokenImage);
    const figureElement = img.closest('figure');
    const figure = key ? figures.get(key) : undefined;
    // Every image gets a text alternative: the page's, else the figure's alt or caption, else
    // empty (decorative) so screen readers don't read out its file name.
    if (!img.hasAttribute('alt')) img.setAttribute('alt', figure?.alt ?? figure?.caption ?? '');
    if (figureElement && figure) {
      const caption = buildFigureCaption(owner, figure);
      if (caption) {
        for (const old of figureElement.querySelectorAll('figcaption')) old.remove();
        figureElement.append(caption);
      }
      figureElement.classList.add('bs-figure');
    }
  }
  if (!options.showImages) for (const element of fragment.querySelectorAll('picture, source')) element.remove();
  return fragment;
}

/** When no sanitizer can run, the body is its plain text, one paragraph per block. */
function textFallback(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of text.split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = block.trim();
    fragment.append(paragraph);
  }
  return fragment;
}
