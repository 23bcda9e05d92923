import { render } from 'preact';
import { Icon } from './icons';
import { START_BLOCKS } from './plan';

// "Read from here": a small play button beside the block under the pointer, in the margin at
// the block's inline start. It lives at the end of <body>, positioned in page coordinates: the
// toolbar is sticky (a containing block) and the article view is shared with the popup, so
// neither is its home. One button for the page, moved as the pointer moves.

export function attachReadFromHere(doc: Document, label: string, onStart: (block: Element) => void): () => void {
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'listen-from-here';
  button.className = 'bs-button-quiet bs-listen-button bs-listen-from-here';
  button.setAttribute('aria-label', label);
  button.title = label;
  button.hidden = true;
  render(Icon({ name: 'play' }), button);
  let block: Element | null = null;

  const onOver = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    const over = target?.closest(START_BLOCKS);
    if (!over || over === block || !over.closest('.bs-article')) return;
    block = over;
    const rect = over.getBoundingClientRect();
    const view = doc.defaultView!;
    const rtl = getComputedStyle(over).direction === 'rtl';
    button.hidden = false;
    button.style.top = `${rect.top + view.scrollY}px`;
    button.style.left = `${(rtl ? rect.right + 8 : rect.left - 8 - button.offsetWidth) + view.scrollX}px`;
  };
  button.addEventListener('click', () => {
    if (block) onStart(block);
  });
  doc.addEventListener('pointerover', onOver);
  doc.body.append(button);
  return () => {
    doc.removeEventListener('pointerover', onOver);
    render(null, button);
    button.remove();
  };
}
