// @vitest-environment jsdom
// What Listen reads from the rendered article, in order, and which element each block highlights.
import { describe, expect, it } from 'vitest';
import { blockIndexOf, planSpeech } from '../../src/ui/listen/plan';

function article(): HTMLElement {
  const root = document.createElement('article');
  // Built with DOM calls: the test page is ours, but the house keeps innerHTML out of the source.
  const add = (parent: Element, tag: string, className: string, text = '') => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = text;
    parent.append(element);
    return element;
  };
  const header = add(root, 'header', 'bs-header');
  add(header, 'h1', 'bs-title', 'The title');
  add(add(header, 'p', 'bs-meta'), 'bdi', 'bs-byline', 'By A. Writer');
  const lead = add(root, 'figure', 'bs-figure bs-figure-lead');
  add(lead, 'figcaption', 'bs-figcaption', 'Lead caption.');
  const body = add(root, 'div', 'bs-body');
  add(body, 'p', '', 'First paragraph.');
  const figure = add(body, 'figure', 'bs-figure');
  add(figure, 'figcaption', 'bs-figcaption', 'Inline caption.');
  add(body, 'h2', '', 'A heading');
  const quote = add(body, 'blockquote', '');
  add(quote, 'p', '', 'Quoted paragraph.');
  add(body, 'p', '', '   ');
  const list = add(body, 'ul', '');
  add(list, 'li', '', 'An item');
  add(add(root, 'footer', 'bs-footer'), 'p', 'bs-source-line', 'Source: example.com');
  return root;
}

describe('planSpeech', () => {
  it('reads title, byline, then the body blocks in order, without captions or the source line', () => {
    const blocks = planSpeech(article(), { readCaptions: false });
    expect(blocks.map((block) => block.text)).toEqual(['The title', 'By A. Writer', 'First paragraph.', 'A heading', 'Quoted paragraph.', 'An item']);
    expect(blocks.map((block) => block.element.tagName)).toEqual(['H1', 'BDI', 'P', 'H2', 'P', 'LI']);
  });

  it('reads captions and the source line in reading order when asked', () => {
    const blocks = planSpeech(article(), { readCaptions: true });
    expect(blocks.map((block) => block.text)).toEqual([
      'The title',
      'By A. Writer',
      'Lead caption.',
      'First paragraph.',
      'Inline caption.',
      'A heading',
      'Quoted paragraph.',
      'An item',
      'Source: example.com',
    ]);
  });

  it('plans a 20,000-word article quickly (sentences are split per block, later)', () => {
    const root = article();
    const body = root.querySelector('.bs-body')!;
    for (let i = 0; i < 400; i++) {
      const p = document.createElement('p');
      p.textContent = 'Fifty words of news about the council and the vote. '.repeat(5);
      body.append(p);
    }
    const started = performance.now();
    expect(planSpeech(root, { readCaptions: false })).toHaveLength(406);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('finds the block a reading starts from: the block itself, one inside it, or the one holding it', () => {
    const root = article();
    const blocks = planSpeech(root, { readCaptions: false });
    const quote = root.querySelector('blockquote')!;
    const heading = root.querySelector('h2')!;
    expect(blockIndexOf(blocks, heading)).toBe(3);
    expect(blockIndexOf(blocks, heading.firstChild!.parentElement!)).toBe(3);
    expect(blockIndexOf(blocks, quote)).toBe(4);
    expect(blockIndexOf(blocks, root.querySelector('figcaption')!)).toBe(-1);
  });
});
