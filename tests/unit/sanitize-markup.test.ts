// Runs in plain Node (no window), the path the library and the bench take: sanitizeMarkup
// builds the tree in an inert jsdom document and sanitizes it in place. It must be the same
// gate as sanitizeHtml: the same output as the string path for every tree extraction can
// write, and hostile tags and values removed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// In Node the sanitizer needs the jsdom window the library and CLI entries install.
import { installNodePurifier } from '../../src/lib/node-purifier';
import { markupToHtml, sanitizeHtml, sanitizeMarkup, sanitizeMarkupToFragment, type MarkupElement, type MarkupNode } from '../../src/core/sanitize';
import { dangerIn } from '../fixtures/hostile/inert.mjs';
// @ts-ignore jsdom ships no type declarations in this repo
import { JSDOM } from 'jsdom';

installNodePurifier();

const LINK = 'rel="noopener noreferrer" target="_blank"';

const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '&amp; &lt;',
    '"quoted" \'single\'',
    'a\u0000b',
    'line\r\nbreak\rx',
    '  ',
    ' lead',
    'trail ',
    '<!-- c -->',
    ']]>',
    '\u00a0nbsp',
  ),
);
const url = fc.constantFrom(
  'https://ok.example/a?b=1&c="2"',
  'http://ok.example/',
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'data:text/html,<script>',
  'data:image/png;base64,iVBORw0KGgo=',
  '/relative',
  '#anchor',
  'https://ok.example/"><img src=x onerror=alert(1)>',
);

// Trees shaped like the ones the body writer produces: inline content inside text blocks,
// blocks inside containers, no link inside a link.
const inline: fc.Memo<MarkupNode[]> = fc.memo((depth) =>
  fc.array(
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      hostileText,
      fc.constant<MarkupNode>({ tag: 'br', children: [] }),
      depth > 1 ? fc.record({ tag: fc.constantFrom('b', 'i', 'em', 'strong', 'code', 'small', 'sub', 'q'), children: inline(depth - 1) }) : hostileText,
      depth > 1 ? fc.record({ tag: fc.constant('a'), attributes: fc.record({ href: url }), children: fc.array(hostileText, { maxLength: 3 }) }) : hostileText,
    ),
    { maxLength: 5 },
  ),
);
const figure = fc.record({ src: url, alt: hostileText, caption: hostileText }).map(
  ({ src, alt, caption }): MarkupElement => ({
    tag: 'figure',
    children: [
      { tag: 'img', attributes: { src, alt }, children: [] },
      { tag: 'figcaption', children: [caption, ' ', { tag: 'small', attributes: { class: 'credit bs-title' }, children: ['Reuters'] }] },
    ],
  }),
);
const block: fc.Arbitrary<MarkupElement> = fc.oneof(
  fc.record({ tag: fc.constantFrom('p', 'h2', 'h3', 'pre'), children: inline(3) }),
  fc
    .array(inline(2), { minLength: 1, maxLength: 3 })
    .map((items): MarkupElement => ({ tag: 'ul', children: items.map((children) => ({ tag: 'li', children })) })),
  fc
    .array(fc.record({ tag: fc.constant('p'), children: inline(2) }), { minLength: 1, maxLength: 2 })
    .map((children): MarkupElement => ({ tag: 'blockquote', children })),
  fc.array(inline(2), { minLength: 1, maxLength: 3 }).map(
    (cells): MarkupElement => ({
      tag: 'table',
      children: [{ tag: 'tbody', children: [{ tag: 'tr', children: cells.map((children) => ({ tag: 'td', children })) }] }],
    }),
  ),
  fc.constant<MarkupElement>({ tag: 'hr', children: [] }),
  figure,
);
const body = fc.array(block, { maxLength: 6 }).map((blocks) => blocks.flatMap((item, index) => (index ? ['\n', item] : [item])));

const inspector = new JSDOM('<!DOCTYPE html>').window.document;

function fragmentOf(html: string): DocumentFragment {
  const template = inspector.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('sanitizeMarkup (Node, jsdom fallback window)', () => {
  test('gives exactly what the string path gives for every tree the body writer can produce', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    fc.assert(
      fc.property(body, (nodes) => {
        const out = sanitizeMarkup(nodes);
        expect(out).toBe(sanitizeHtml(markupToHtml(nodes)));
        expect(dangerIn(fragmentOf(out))).toEqual([]);
        expect(sanitizeHtml(out)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });

  test('removes hostile tags, attributes and URLs that reach it as data', () => {
    const nodes: MarkupNode[] = [
      {
        tag: 'p',
        attributes: { onclick: 'alert(1)', style: 'color:red', id: 'location', class: 'bs-title lead' },
        children: ['a <b>', { tag: 'a', attributes: { href: 'javascript:alert(1)' }, children: ['x'] }],
      },
      { tag: 'script', children: ['alert(1)'] },
      { tag: 'iframe', attributes: { srcdoc: '<script>alert(1)</script>' }, children: [] },
      { tag: 'img', attributes: { src: 'data:image/svg+xml;base64,PHN2Zz4=', onerror: 'alert(1)' }, children: [] },
      { tag: 'a', attributes: { href: 'https://ok.example/' }, children: ['ok'] },
      { tag: 'div', children: [{ tag: 'svg', children: [{ tag: 'foreignObject', children: ['t'] }] }] },
    ];
    const out = sanitizeMarkup(nodes);
    expect(out).toBe(`<p class="lead">a &lt;b&gt;<a>x</a></p><img><a href="https://ok.example/" ${LINK}>ok</a><div></div>`);
    expect(dangerIn(fragmentOf(out))).toEqual([]);
  });

  test('an empty tree is empty markup', () => {
    expect(sanitizeMarkup([])).toBe('');
  });
});

/** The fragment's markup, serialised in its own (inert) document. */
function markupOf(fragment: DocumentFragment | null): string {
  if (!fragment) throw new Error('no fragment');
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

describe('sanitizeMarkupToFragment (Node, jsdom fallback window)', () => {
  test('gives the DOM of exactly what sanitizeMarkup gives, for every tree the body writer can produce', () => {
    fc.assert(
      fc.property(body, (nodes) => {
        const fragment = sanitizeMarkupToFragment(nodes);
        expect(dangerIn(fragment!)).toEqual([]);
        expect(markupOf(fragment)).toBe(sanitizeMarkup(nodes));
      }),
      { numRuns: 300 },
    );
  });

  test('removes hostile tags, attributes and URLs that reach it as data', () => {
    const nodes: MarkupNode[] = [
      {
        tag: 'p',
        attributes: { onclick: 'alert(1)', class: 'bs-title lead' },
        children: ['a <b>', { tag: 'a', attributes: { href: 'javascript:alert(1)' }, children: ['x'] }],
      },
      { tag: 'script', children: ['alert(1)'] },
      { tag: 'img', attributes: { src: 'https://ok.example/a.jpg', onerror: 'alert(1)' }, children: [] },
    ];
    expect(markupOf(sanitizeMarkupToFragment(nodes))).toBe('<p class="lead">a &lt;b&gt;<a>x</a></p><img src="https://ok.example/a.jpg">');
  });

  test('an empty tree is an empty fragment', () => {
    expect(markupOf(sanitizeMarkupToFragment([]))).toBe('');
  });
});
