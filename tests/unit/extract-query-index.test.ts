// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { THEMES } from '../../src/themes';
import { elementsByTag, safeQuery, safeQueryAll, withQueryIndex } from '../../src/core/query';
// Importing the module installs the index behind query.ts (as the library and CLI entries do).
import { installQueryIndex, parseSelectorList } from '../../src/lib/query-index';
import { extract } from '../../src/core/extract';
import { detect } from '../../src/core/detect';
import { fixtureNames, jsdomDocument, linkedomDocument, loadFixture, readExpected } from '../helpers/fixtures';

installQueryIndex();

// The query index answers whole-document queries in JS DOMs. It must give exactly what the
// DOM's own selector engine gives, for every selector the rules and the engine ask, on every
// fixture page, under both parsers.

const ENGINE_SELECTORS = [
  'meta',
  'script',
  'h1',
  'a[href]',
  'article a[rel="tag"], .tags-links a',
  '[itemprop="articleBody"]',
  'figure.wp-block-post-featured-image, .post-thumbnail, article figure.featured-image',
  'meta[property="og:type"][content="article" i]',
  'meta[property="article:published_time"]',
  'body.single-post, body.single-format-standard',
  'h1.entry-title, h1.post-title',
  'link[rel="canonical"][href]',
  'article time[datetime], time[itemprop="datePublished"][datetime], time.published[datetime]',
  'meta[name="original-source"], meta[name="syndication-source"]',
  'a.feedzy-rss-link-icon[href]',
  '[rel="author"], [itemprop~="author"], .byline, .author',
  'body > div',
  'html > body > *',
  '*',
  'div p',
  'div > p > a',
  'ul li a[href^="https://"]',
  'img[src$=".jpg"], img[src*="wp-content"]',
  '[lang|="en"]',
  '[class~="entry-content"]',
  'LINK[REL="STYLESHEET"]',
  'div#nope, .nope-either',
  '[id]',
  'p[class=""]',
  'a[href^=""]',
  '[class~="a b"]',
  // Class attribute tests answered from the class names that contain the value.
  '[class*="byline"]',
  '[class*="post"]',
  '[class^="td-"]',
  '[class$="-meta"]',
  '[class*="ENTRY" i]',
  '[class*="Entry"]',
  '[class="entry-content"]',
  '[class|="post"]',
  'div[class*="author"] a',
  '[class*="ti"][class*="le"]',
  '[class*="a b"]',
  // Attribute-only compounds answered from one scan per attribute name.
  '[hidden]',
  '[aria-hidden="true"]',
  '[itemprop="name"]',
  '[ITEMPROP~="author"]',
  '[data-src]',
  'article [role]',
  '[rel="author" i]',
];

function ruleSelectors(): string[] {
  const out = new Set<string>();
  for (const rule of THEMES) {
    for (const fingerprint of rule.fingerprints) out.add(fingerprint.selector);
    for (const notice of rule.licenseNotices) out.add(notice.selector);
    for (const list of Object.values(rule.clutter)) for (const selector of list ?? []) out.add(selector);
    for (const list of Object.values(rule.extraction)) for (const selector of list) out.add(selector);
  }
  return [...out];
}

function nativeAll(document: Document, selector: string): Element[] | 'throws' {
  try {
    return Array.from(document.querySelectorAll(selector));
  } catch {
    return 'throws';
  }
}

const selectors = [...ENGINE_SELECTORS, ...ruleSelectors()];
const parsers = { jsdom: jsdomDocument, linkedom: linkedomDocument };

describe('query index', () => {
  test('the rules and the engine ask mostly selectors the index answers itself', () => {
    const supported = selectors.filter((selector) => parseSelectorList(selector) !== null);
    expect(supported.length / selectors.length).toBeGreaterThan(0.8);
  });

  test('a page that starts with <head>: linkedom puts <body> beside the document element, and the index still sees it', () => {
    const document = parseHTML(
      '<!DOCTYPE html><head><title>Bridge</title><meta property="og:type" content="article"></head><body class="single-post"><article><div itemprop="articleBody"><p>One.</p><p>Two.</p></div></article></body>',
    ).document as unknown as Document;
    expect(document.documentElement.localName).toBe('head');
    for (const selector of ['p', '[itemprop="articleBody"]', 'meta[property="og:type"][content="article" i]', 'body.single-post', '*']) {
      const want = Array.from(document.querySelectorAll(selector));
      withQueryIndex(document, () => expect(safeQueryAll(document, selector), selector).toEqual(want));
    }
  });

  for (const [parser, load] of Object.entries(parsers)) {
    test(`answers every selector exactly as the DOM does, on every fixture (${parser})`, () => {
      let compared = 0;
      for (const name of fixtureNames()) {
        const document = load(loadFixture(name));
        const expected = selectors.map((selector) => nativeAll(document, selector));
        withQueryIndex(document, () => {
          selectors.forEach((selector, index) => {
            const want = expected[index];
            if (want === 'throws') return;
            const all = safeQueryAll(document, selector);
            expect(all, `${name}: ${selector}`).toEqual(want);
            expect(safeQuery(document, selector), `${name}: first ${selector}`).toBe(want[0] ?? null);
            compared += 1;
          });
          expect(elementsByTag(document, 'script')).toEqual(Array.from(document.getElementsByTagName('script')));
          // Queries rooted at elements of the page: their descendants only, matched against the whole page.
          // (linkedom only: jsdom's own engine is too slow for this many queries in a unit test.)
          const roots =
            parser === 'jsdom'
              ? []
              : [document.head, document.body, document.querySelector('article, main, .entry-content, div div')].filter((root): root is HTMLElement => !!root);
          for (const root of roots) {
            selectors.forEach((selector, index) => {
              if (expected[index] === 'throws' || index % 4) return;
              const want = Array.from(root.querySelectorAll(selector));
              expect(safeQueryAll(root, selector), `${name}: ${root.localName} ${selector}`).toEqual(want);
              expect(safeQuery(root, selector), `${name}: ${root.localName} first ${selector}`).toBe(want[0] ?? null);
            });
          }
        });
      }
      expect(compared).toBeGreaterThan(fixtureNames().length * 100);
      // Every selector of every rule on every fixture, through jsdom's own engine: it grows with
      // both, and the machine is shared.
    }, 90_000);
  }

  // extract.test.ts checks the fixtures with the DOM's own engine (the extension's path); this
  // checks them again with the index installed (the library's and CLI's path).
  for (const [parser, load] of Object.entries(parsers)) {
    test(`extract() and detect() with the index give every fixture's expected output (${parser})`, () => {
      let checked = 0;
      for (const name of fixtureNames()) {
        const expected = readExpected<unknown>(name, 'expected');
        if (expected === undefined) continue;
        const fixture = loadFixture(name);
        const document = load(fixture);
        expect(extract(document, { url: fixture.url }), name).toEqual(expected);
        expect(detect(document, { url: fixture.url }).isArticle, name).toBe(expected !== null);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(20);
    });
  }

  test('pseudo-classes, sibling combinators and escapes go to the DOM engine', () => {
    for (const selector of ['a:not(.x)', 'h2 + p', 'h2 ~ p', '.a\\:b', 'p:first-child', 'svg|a', ':is(.a, .b)']) {
      expect(parseSelectorList(selector), selector).toBeNull();
    }
    const { document } = parseHTML('<html><body><h2>t</h2><p class="x">a</p><p>b</p></body></html>');
    const doc = document as unknown as Document;
    withQueryIndex(doc, () => {
      expect(safeQueryAll(doc, 'h2 + p').map((p) => p.textContent)).toEqual(['a']);
      expect(safeQuery(doc, 'p:not(.x)')?.textContent).toBe('b');
    });
  });

  for (const [parser, load] of Object.entries(parsers)) {
    test(`long selector lists on a detached clone give what the DOM gives (${parser})`, () => {
      const lists = [
        ...THEMES.map((rule) => [...Object.values(rule.clutter).flat(), ...rule.extraction.bodyStrip].join(', ')),
        'p, div, li, span, h2, h3, h4, h5, h6, strong, em, b',
        'script, style, noscript, nav, aside, header, footer, form, h1, .entry-meta, [hidden], [aria-hidden="true"], #comments',
      ];
      for (const name of fixtureNames()) {
        const document = load(loadFixture(name));
        const clone = document.body.cloneNode(true) as Element;
        withQueryIndex(document, () => {
          for (const list of lists) {
            let want: Element[];
            try {
              want = Array.from(clone.querySelectorAll(list));
            } catch {
              continue;
            }
            expect(safeQueryAll(clone, list), `${name}: ${list}`).toEqual(want);
          }
        });
      }
    });
  }

  test('a detached clone is queried by the DOM itself, not from the index of its document', () => {
    const { document } = parseHTML('<html><body><div class="a"><p class="b">one</p></div></body></html>');
    const doc = document as unknown as Document;
    withQueryIndex(doc, () => {
      const clone = doc.querySelector('.a')!.cloneNode(true) as Element;
      clone.querySelector('.b')!.setAttribute('class', 'c');
      expect(safeQueryAll(doc, '.b')).toHaveLength(1);
      expect(safeQueryAll(clone, '.b')).toHaveLength(0);
      expect(safeQueryAll(clone, '.c')).toHaveLength(1);
    });
  });

  for (const [parser, load] of Object.entries(parsers)) {
    test(`what a <template> holds is not on the page, as for the DOM (${parser})`, () => {
      const html =
        '<html><head></head><body><div class="x" id="a"><template><p class="x">in</p><div><span class="x">deep</span></div></template>' +
        '<p class="x">out</p></div><template><i class="x"></i></template><b class="x">after</b></body></html>';
      const document = load({ html, url: 'https://example.test/t' } as ReturnType<typeof loadFixture>);
      const selectors = ['.x', 'span', 'div .x', 'template', '[class="x"]', 'b, p, i'];
      const want = selectors.map((selector) => Array.from(document.querySelectorAll(selector)));
      // div.x, p.x "out" and b.x: nothing from inside either template.
      expect(want[0].map((element) => element.localName)).toEqual(['div', 'p', 'b']);
      withQueryIndex(document, () => {
        for (const [index, selector] of selectors.entries()) expect(safeQueryAll(document, selector), selector).toEqual(want[index]);
      });
    });
  }

  // Callers who keep their page intact extract from document.cloneNode(true) (Readability's
  // README asks for it). In linkedom the clone's elements still name the original document as
  // their ownerDocument; the index must find the clone through the tree, not through that.
  test('a document cloned by linkedom is answered from its own index, head, elements and detached bodies alike', () => {
    const fixture = loadFixture(fixtureNames()[0]);
    const original = linkedomDocument(fixture);
    const clone = original.cloneNode(true) as Document;
    const strip = 'script, style, noscript, nav, aside, header, footer, form, h1, [hidden], [aria-hidden="true"]';
    const detached = clone.body.cloneNode(true) as Element;
    const want = {
      meta: Array.from(clone.head.querySelectorAll('meta[property^="og:"]')),
      links: Array.from(clone.body.querySelectorAll('a[href]')),
      strip: Array.from(detached.querySelectorAll(strip)),
    };
    expect(want.meta.length * want.links.length * want.strip.length).toBeGreaterThan(0);
    const domAsked: string[] = [];
    for (const root of [clone.head, clone.body, detached]) {
      const native = root.querySelectorAll.bind(root);
      root.querySelectorAll = ((selector: string) => {
        domAsked.push(selector);
        return native(selector);
      }) as ParentNode['querySelectorAll'];
    }
    withQueryIndex(clone, () => {
      expect(safeQueryAll(clone.head, 'meta[property^="og:"]')).toEqual(want.meta);
      expect(safeQueryAll(clone.body, 'a[href]')).toEqual(want.links);
      expect(safeQueryAll(detached, strip)).toEqual(want.strip);
    });
    expect(domAsked).toEqual([]);
    expect(extract(clone, { url: fixture.url })).toEqual(extract(original, { url: fixture.url }));
  });

  test('the index lives only for the call: later changes to the page are seen', () => {
    const { document } = parseHTML('<html><body><p class="a">one</p></body></html>');
    const doc = document as unknown as Document;
    withQueryIndex(doc, () => expect(safeQueryAll(doc, '.a')).toHaveLength(1));
    const added = doc.createElement('p');
    added.setAttribute('class', 'a');
    doc.body.appendChild(added);
    withQueryIndex(doc, () => expect(safeQueryAll(doc, '.a')).toHaveLength(2));
    expect(safeQueryAll(doc, '.a')).toHaveLength(2);
  });

  test('a deep page with descendant selectors stays linear', () => {
    const depth = 3000;
    const { document } = parseHTML(`<html><body>${'<div class="d">'.repeat(depth)}<p>x</p>${'</div>'.repeat(depth)}</body></html>`);
    const doc = document as unknown as Document;
    withQueryIndex(doc, () => {
      expect(safeQueryAll(doc, 'body .d .d .d .nope')).toEqual([]);
      expect(safeQueryAll(doc, '.d .d .d')).toHaveLength(depth - 2);
    });
  });
});
