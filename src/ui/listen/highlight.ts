import type { Sentence } from './sentences';

// Following along: the block being read gets a class (article.css styles it in every theme),
// the sentence a CSS Custom Highlight where the browser has them (no DOM is changed, so the
// sanitized body stays as it was). The page scrolls only when the sentence leaves the viewport.

export const READING_CLASS = 'bs-listen-reading';
const SENTENCE_HIGHLIGHT = 'bs-listen-sentence';

let current: Element | null = null;

export function showReading(element: Element | null, sentence: Sentence | null): void {
  if (current !== element) {
    current?.classList.remove(READING_CLASS);
    element?.classList.add(READING_CLASS);
    current = element;
  }
  const range = element && sentence ? rangeOf(element, sentence) : null;
  const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (highlights && typeof Highlight !== 'undefined') {
    if (range) highlights.set(SENTENCE_HIGHLIGHT, new Highlight(range));
    else highlights.delete(SENTENCE_HIGHLIGHT);
  }
  if (element) keepInView(element, range);
}

export function clearReading(): void {
  showReading(null, null);
}

/** A Range over the sentence's offsets in the element's textContent. */
function rangeOf(element: Element, sentence: Sentence): Range | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && sentence.start < offset + length) {
      range.setStart(node, sentence.start - offset);
      started = true;
    }
    if (started && sentence.end <= offset + length) {
      range.setEnd(node, sentence.end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Scrolls (smoothly, unless the reader asked for less motion) when the text is out of view. */
function keepInView(element: Element, range: Range | null): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const rect = range?.getBoundingClientRect() ?? element.getBoundingClientRect();
  const bar = element.ownerDocument.querySelector('.bs-reader-bar')?.getBoundingClientRect().bottom ?? 0;
  if (rect.top >= bar && rect.bottom <= view.innerHeight) return;
  const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  view.scrollBy({ top: rect.top - bar - view.innerHeight / 4, behavior: still ? 'auto' : 'smooth' });
}
