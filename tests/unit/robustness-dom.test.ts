// @vitest-environment node
// Property-based robustness (fast-check) over random, deep and malformed DOMs parsed by jsdom:
// detect, clean and extract never throw, and return in bounded time. Times are printed; the
// bound is deliberately generous (this is not a benchmark, it catches hangs and blow-ups).
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
// In Node the sanitizer needs the jsdom window the library and CLI entries install.
import { installNodePurifier } from '../../src/lib/node-purifier';
import { clean } from '../../src/core/clean';
import { detect } from '../../src/core/detect';
import { extract } from '../../src/core/extract';

installNodePurifier();

// jsdom is far slower than a browser on deep trees (selector matching walks ancestors), so the
// bound is wide; tests/browser/pathological.chromium.test.ts measures real pages in Chromium.
const BOUND_MS = 20_000;
const TIMEOUT_MS = 240_000;
const worst = { detect: 0, clean: 0, extract: 0 };

afterAll(() => {
  console.log(`robustness: slowest single call over all random documents: ${JSON.stringify(worst)} ms`);
});

function parse(html: string): Document {
  return new JSDOM(html, { url: 'https://random.example/post/1' }).window.document;
}

/** Runs detect, clean and extract; each must not throw and must return within BOUND_MS. */
function survive(makeDocument: () => Document): void {
  const timed = <T>(name: keyof typeof worst, work: () => T): T => {
    const started = performance.now();
    const result = work();
    const spent = performance.now() - started;
    worst[name] = Math.max(worst[name], Math.round(spent));
    expect(spent, `${name} took ${spent} ms`).toBeLessThan(BOUND_MS);
    return result;
  };
  const detection = timed('detect', () => detect(makeDocument()));
  expect(typeof detection.isArticle).toBe('boolean');
  const article = timed('extract', () => extract(makeDocument(), { url: 'https://random.example/post/1' }));
  if (article) {
    expect(typeof article.html).toBe('string');
    expect(typeof article.text).toBe('string');
  }
  const report = timed('clean', () => clean(makeDocument()));
  expect(Array.isArray(report.removed)).toBe(true);
}

// Pieces that real and broken pages are made of, including theme hooks so the themed paths run.
const TOKENS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<span>',
  '</span>',
  '<table>',
  '<tr>',
  '<td>',
  '</table>',
  '<ul><li>',
  '</li>',
  '<h1 class="post-title entry-title">',
  '</h1>',
  '<article id="the-post">',
  '</article>',
  '<div class="entry-content entry clearfix">',
  '<div class="stream-item">',
  '<div class="theme-notice">',
  'Jannah Theme License is not validated',
  '<body id="tie-body" class="wp-theme-jannah single-post">',
  '<div id="tie-container">',
  '<figure class="single-featured-image"><img src="https://i.example/a.jpg">',
  '<figcaption>',
  '</figcaption>',
  '</figure>',
  '<img src=x>',
  '<img>',
  '<svg><g>',
  '</svg>',
  '<math><mi>',
  '<script>var a=1;</script>',
  '<style>p{}</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<template>',
  '<noscript>',
  '<iframe>',
  '<form>',
  '<select><option>',
  '<textarea>',
  '<frameset>',
  '<head>',
  '<html>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&nbsp;',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '<',
  '>',
  '"',
  "'",
  '=',
  '<a href="javascript:x">',
  '</a>',
  '<p class="',
  '" id="',
  'News Source : example.com',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
  '"x"}</script>',
  'A long enough sentence of ordinary prose about the harbour, the ships and the storm that passed. ',
];

const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 120 }).map((parts) => parts.join(''));

interface Tree {
  tag: string;
  cls: string;
  id: string;
  text: string;
  children: Tree[];
}

const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'img',
  'a',
  'ul',
  'li',
  'table',
  'td',
  'h1',
  'h2',
  'script',
  'ins',
];
const CLASSES = [
  '',
  'entry-content entry',
  'stream-item',
  'theme-notice',
  'share-buttons',
  'post-title entry-title',
  'single-featured-image',
  'tie-popup',
  'side-aside',
  'post-bottom-meta',
  'adsbygoogle',
];
const IDS = ['', 'the-post', 'tie-body', 'tie-container', 'related-posts', 'comments', 'go-to-top', 'post-bottom-source'];

/** Trees up to `depth` levels, up to 4 children each. */
function treeOf(depth: number): fc.Arbitrary<Tree> {
  return fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.constantFrom(...CLASSES),
    id: fc.constantFrom(...IDS),
    text: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant(TOKENS[TOKENS.length - 1])),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 4 }),
  });
}
const tree = treeOf(5);

function treeHtml(node: Tree): string {
  const attrs = `${node.cls ? ` class="${node.cls}"` : ''}${node.id ? ` id="${node.id}"` : ''}`;
  const text = node.text.replace(/[<&]/g, ' ');
  if (node.tag === 'img') return `<img src="https://i.example/${node.id || 'x'}.jpg"${attrs}>`;
  return `<${node.tag}${attrs}>${text}${node.children.map(treeHtml).join('')}</${node.tag}>`;
}

describe('robustness: random, deep and malformed DOMs (jsdom)', () => {
  test(
    'random tag soup',
    () => {
      fc.assert(
        fc.property(soup, (html) => survive(() => parse(html))),
        { numRuns: 100 },
      );
    },
    TIMEOUT_MS,
  );

  test(
    'random trees with theme hooks (themed paths run)',
    () => {
      fc.assert(
        fc.property(tree, fc.boolean(), (root, jannahHead) => {
          const head = jannahHead ? '<link id="tie-css-base-css" rel="stylesheet" href="https://x.example/wp-content/themes/jannah/assets/a.css">' : '';
          const html = `<!DOCTYPE html><html><head>${head}</head><body id="tie-body" class="wp-theme-jannah">${treeHtml(root)}</body></html>`;
          survive(() => parse(html));
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT_MS,
  );

  test(
    'deep nesting (built with DOM calls, beyond what the HTML parser nests)',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 500, max: 2_000 }), fc.constantFrom('div', 'span', 'p', 'section'), (depth, tag) => {
          survive(() => {
            const doc = parse(
              '<!DOCTYPE html><html><head></head><body id="tie-body" class="wp-theme-jannah single-post"><div id="tie-container"></div></body></html>',
            );
            let parent: Element = doc.getElementById('tie-container')!;
            for (let level = 0; level < depth; level += 1) {
              const child = doc.createElement(level % 97 === 0 ? 'div' : tag);
              if (level % 500 === 0) child.className = 'stream-item';
              parent.append(child);
              parent = child;
            }
            parent.textContent = TOKENS[TOKENS.length - 1].repeat(5);
            return doc;
          });
        }),
        { numRuns: 3 },
      );
    },
    TIMEOUT_MS,
  );
});
