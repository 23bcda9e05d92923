// What Listen reads, in order, from the rendered ArticleView: the title, the byline, then each
// block of the body (paragraphs, headings, list items, quotes). Captions, credits and the
// source line only when the reader asks for them. Each block keeps its element, for the
// highlight. Collecting is cheap (one query, no splitting): sentences are split per block
// when the player reaches it, so a 20,000-word article starts speaking at once.

export interface SpeechBlock {
  element: Element;
  /** The element's text as the DOM holds it; sentence offsets index into it. */
  text: string;
}

export interface PlanOptions {
  readCaptions: boolean;
}

const BODY_BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td, th';
const CAPTIONS = '.bs-figcaption, figcaption';
/** The elements a reading can start from (the title, the byline, a body block). */
export const START_BLOCKS = `.bs-title, .bs-byline, .bs-body :is(${BODY_BLOCKS})`;

/** The index of the planned block that is, holds or lies in `element`; -1 when none. */
export function blockIndexOf(blocks: SpeechBlock[], element: Element): number {
  return blocks.findIndex((block) => block.element === element || block.element.contains(element) || element.contains(block.element));
}

export function planSpeech(article: Element, options: PlanOptions): SpeechBlock[] {
  const blocks: SpeechBlock[] = [];
  const add = (element: Element | null) => {
    const text = element?.textContent ?? '';
    if (element && text.trim()) blocks.push({ element, text });
  };
  add(article.querySelector('.bs-title'));
  add(article.querySelector('.bs-byline'));
  const lead = article.querySelector('.bs-figure-lead');
  if (options.readCaptions && lead) add(lead.querySelector(CAPTIONS));
  const body = article.querySelector('.bs-body');
  if (body) {
    const selector = options.readCaptions ? `${BODY_BLOCKS}, ${CAPTIONS}` : BODY_BLOCKS;
    for (const element of body.querySelectorAll(selector)) {
      if (!options.readCaptions && element.closest('figure, figcaption')) continue;
      // A block holding other blocks (a quote of paragraphs, a list item with a paragraph) is read
      // through them, once.
      if (element.querySelector(selector)) continue;
      add(element);
    }
  }
  if (options.readCaptions) add(article.querySelector('.bs-source-line'));
  return blocks;
}
