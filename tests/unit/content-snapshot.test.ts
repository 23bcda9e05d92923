// @vitest-environment node
// The content script's snapshot (src/content/snapshot.ts) under jsdom: the page's markup without
// the text of scripts and style sheets and without style attributes, taken without touching the
// page or running its code, and extraction from it gives the same article as extraction from
// the page, on every fixture (auto-cleaned, as the popup gets it, and not).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/content/snapshot';
import { clean } from '../../src/core/clean';
import { extract } from '../../src/core/extract';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

const PAGE = `<!doctype html><html lang="en"><head>
<title>Council approves the river park</title>
<link rel="stylesheet" href="https://news.example/wp-content/themes/jannah/style.css">
<style>.entry-content { color: #222 } /* a long theme stylesheet */</style>
<script src="https://news.example/wp-includes/js/jquery.min.js"></script>
<script>var tie = { ajaxurl: "https://news.example/wp-admin/admin-ajax.php", is_rtl: "" };</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the river park"}</script>
<script type="APPLICATION/LD+JSON">{"@type":"BreadcrumbList"}</script>
<script type="text/template"><div class="tmpl">{{ title }}</div></script>
</head><body>
<article><h1>Council approves the river park</h1>
<p>The council voted on Tuesday to turn the old rail yard into a park.</p>
<noscript><img src="https://news.example/park.jpg" alt="The rail yard"></noscript>
<svg viewBox="0 0 10 10"><style>.icon { fill: red }</style><title>share</title></svg>
</article>
<script>document.write("<p>written by a script</p>");</script>
</body></html>`;

function pageDocument(html = PAGE, url = 'https://news.example/2024/05/park/'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('content snapshot', () => {
  it('drops the text of scripts and style sheets, keeps the elements, JSON-LD and everything else', () => {
    const snapshot = takeSnapshot(pageDocument(), null);
    const copy = new JSDOM(snapshot.html).window.document;
    const scripts = [...copy.querySelectorAll('script')];
    expect(scripts.map((script) => [script.getAttribute('src'), script.getAttribute('type'), script.textContent])).toEqual([
      ['https://news.example/wp-includes/js/jquery.min.js', null, ''],
      [null, null, ''],
      [null, 'application/ld+json', '{"@type":"NewsArticle","headline":"Council approves the river park"}'],
      [null, 'APPLICATION/LD+JSON', '{"@type":"BreadcrumbList"}'],
      [null, 'text/template', ''],
      [null, null, ''],
    ]);
    expect([...copy.querySelectorAll('style')].map((style) => style.textContent)).toEqual(['', '']);
    expect(copy.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('https://news.example/wp-content/themes/jannah/style.css');
    expect(copy.querySelector('noscript')?.innerHTML).toBe('<img src="https://news.example/park.jpg" alt="The rail yard">');
    expect(copy.querySelector('svg title')?.textContent).toBe('share');
    expect(copy.querySelector('article p')?.textContent).toBe('The council voted on Tuesday to turn the old rail yard into a park.');
    expect(snapshot.url).toBe('https://news.example/2024/05/park/');
    expect(snapshot.html).not.toContain('ajaxurl');
    expect(snapshot.html).not.toContain('fill: red');
  });

  it('says with `hidden` what style attributes hid, and drops every style attribute', () => {
    const page = pageDocument(`<!doctype html><html><body><article>
<p style="color: red">Shown, in red.</p>
<div class="ad" style="margin:0;display:none!important">Advertisement</div>
<p style="VISIBILITY: hidden">Hidden by visibility.</p>
<p hidden>Hidden already.</p>
<p style="display: block">Shown.</p>
</article></body></html>`);
    const copy = new JSDOM(takeSnapshot(page, null).html).window.document;
    expect(copy.querySelectorAll('[style]')).toHaveLength(0);
    expect([...copy.querySelectorAll('article > *')].map((element) => [element.textContent, element.hasAttribute('hidden')])).toEqual([
      ['Shown, in red.', false],
      ['Advertisement', true],
      ['Hidden by visibility.', true],
      ['Hidden already.', true],
      ['Shown.', false],
    ]);
    expect(page.querySelectorAll('[style]')).toHaveLength(4); // the page keeps its own
  });

  it('leaves the page as it was', () => {
    const document = pageDocument();
    const before = document.documentElement.outerHTML;
    takeSnapshot(document, null);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector('head script:not([src]):not([type])')?.textContent).toContain('ajaxurl');
  });

  it("does not run the page's code: its custom elements are not constructed for the copy", () => {
    const dom = new JSDOM('<!doctype html><html><body><article><p>Text.</p><x-share-bar></x-share-bar></article></body></html>', {
      url: 'https://news.example/',
    });
    const window = dom.window as unknown as Window & typeof globalThis & { constructed: number };
    window.constructed = 0;
    class ShareBar extends window.HTMLElement {
      constructor() {
        super();
        window.constructed += 1;
      }
    }
    window.customElements.define('x-share-bar', ShareBar);
    expect(window.constructed).toBe(1); // the page's own element, upgraded on define
    const snapshot = takeSnapshot(window.document, null);
    expect(snapshot.html).toContain('<x-share-bar></x-share-bar>');
    expect(window.constructed).toBe(1);
  });

  it("falls back to the page's markup, whole, when a copy cannot be made", () => {
    const document = pageDocument();
    Object.defineProperty(document, 'implementation', {
      value: {
        createHTMLDocument() {
          throw new Error('no inert documents here');
        },
      },
    });
    expect(takeSnapshot(document, null).html).toBe(document.documentElement.outerHTML);
  });

  it('is empty for a document that is not HTML', () => {
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>', { contentType: 'image/svg+xml' }).window.document;
    expect(takeSnapshot(svg, null).html).toBe('');
  });

  describe('extraction from the snapshot equals extraction from the page', () => {
    for (const name of fixtureNames()) {
      it(name, () => {
        const fixture = loadFixture(name);
        const page = new JSDOM(fixture.html, { url: fixture.url }).window;
        const fromPage = extract(page.document, { url: fixture.url });
        const snapshot = takeSnapshot(page.document, null);
        const parsed = new page.DOMParser().parseFromString(snapshot.html, 'text/html');
        expect(extract(parsed, { url: fixture.url })).toEqual(fromPage);
        expect(snapshot.html.length).toBeLessThanOrEqual(page.document.documentElement.outerHTML.length);
      });
      it(`${name}, auto-cleaned (items hidden by style attributes)`, () => {
        const fixture = loadFixture(name);
        const page = new JSDOM(fixture.html, { url: fixture.url }).window;
        clean(page.document, { mode: 'hide' });
        const fromPage = extract(page.document, { url: fixture.url });
        const snapshot = takeSnapshot(page.document, null);
        const parsed = new page.DOMParser().parseFromString(snapshot.html, 'text/html');
        expect(parsed.querySelectorAll('[style]')).toHaveLength(0);
        expect(extract(parsed, { url: fixture.url })).toEqual(fromPage);
      });
    }
  });
});
