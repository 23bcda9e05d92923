// @vitest-environment jsdom
// The hostile corpus (tests/fixtures/hostile/) through the engine: for every vector in every
// slot, extract() yields inert body HTML under jsdom AND linkedom (sanitize fails closed there),
// page strings render as text in the article view, and clean() never adds a script-bearing
// construct to the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/core/clean';
import { detect } from '../../src/core/detect';
import { extract } from '../../src/core/extract';
import type { Article } from '../../src/core/types';
import { ArticleView } from '../../src/ui/ArticleView';
import { corpus, HOSTILE_DIR } from '../fixtures/hostile/generate.mjs';
import { addedConstructs, dangerIn, scriptBearing } from '../fixtures/hostile/inert.mjs';
import { VECTORS } from '../fixtures/hostile/vectors.mjs';

interface Entry {
  file: string;
  vector: string;
  kind: string;
  slot: string;
}

// The article view reads UI strings through browser.i18n; give the shared mock one if it has none.
const mock = browser as unknown as { i18n?: { getMessage(key: string, subs?: string[]): string } };
mock.i18n ??= { getMessage: (key) => (key === '@@ui_locale' ? 'en' : key === '@@bidi_dir' ? 'ltr' : '') };

const INDEX: Entry[] = JSON.parse(readFileSync(join(HOSTILE_DIR, 'corpus.json'), 'utf8'));
const PAGE_URL = (html: string) => /^<!-- url: (\S+) -->/.exec(html)?.[1] ?? 'https://x.example/';
const pageHtml = (file: string) => readFileSync(join(HOSTILE_DIR, file), 'utf8');

function jsdomDoc(html: string): Document {
  // No runScripts: the page's own vectors stay inert here; we test what WE do with them.
  return new JSDOM(html, { url: PAGE_URL(html) }).window.document;
}

function fragmentOf(html: string): DocumentFragment {
  const template = document.createElement('template');
  // Parsing into an inert <template> for inspection only (never attached, never rendered).
  template.innerHTML = html;
  return template.content;
}

/** Every page-provided string of an Article. */
function textFields(article: Article): Array<[string, string]> {
  const fields: Array<[string, string | undefined]> = [
    ['title', article.title],
    ['category', article.category],
    ['byline', article.byline],
    ['dateline', article.dateline],
    ['siteName', article.siteName],
    ['source.label', article.source?.label],
    ...article.figures.flatMap(
      (f, i): Array<[string, string | undefined]> => [
        [`figures[${i}].caption`, f.caption],
        [`figures[${i}].credit`, f.credit],
        [`figures[${i}].alt`, f.alt],
      ],
    ),
    ...article.tags.map((tag, i): [string, string] => [`tags[${i}]`, tag]),
  ];
  return fields.filter((field): field is [string, string] => typeof field[1] === 'string');
}

function executableIn(root: Element): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'style'].includes(element.localName)) found.push(element.localName);
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name) || name === 'srcdoc' || name === 'style') found.push(`${element.localName}[${name}]`);
      if (
        ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name) &&
        !/^(?:https?:\/\/|#|data:image\/(?:png|jpe?g|gif|webp|avif);)/i.test(value.trim())
      ) {
        found.push(`${element.localName}[${name}=${value.slice(0, 40)}]`);
      }
    }
  }
  return found;
}

describe('hostile corpus', () => {
  test('is generated from vectors.mjs (no stale files) and has at least 40 vectors of every kind', () => {
    const generated = corpus();
    expect(INDEX.map((e) => e.file)).toEqual(generated.map((p) => p.file));
    for (const page of generated) expect(pageHtml(page.file), page.file).toBe(page.html);
    expect(VECTORS.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(VECTORS.map((v) => v.kind));
    for (const kind of [
      'event handler',
      'URL scheme',
      'SVG / MathML',
      'mutation XSS',
      'DOM clobbering',
      'CSS exfiltration',
      'script / JSON-LD',
      'srcdoc / meta / base',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    const slots = new Set(INDEX.map((e) => e.slot));
    for (const slot of ['title', 'caption', 'credit', 'source', 'jsonld', 'body', 'generic-body']) expect(slots, slot).toContain(slot);
  });
});

describe.each(INDEX)('$vector in $slot', (entry) => {
  const html = pageHtml(entry.file);

  test('extract() html is inert under jsdom and linkedom; text fields are text', () => {
    const themed = !entry.slot.startsWith('generic');
    const fromJsdom = extract(jsdomDoc(html), { url: PAGE_URL(html) });
    const fromLinkedom = extract(parseHTML(html).document as unknown as Document, { url: PAGE_URL(html) });
    for (const article of [fromJsdom, fromLinkedom]) {
      // The vector must not cost the reader the article (clobbering included).
      expect(article, 'an article was extracted').not.toBeNull();
      expect(dangerIn(fragmentOf(article!.html))).toEqual([]);
      expect(article!.text).toContain('The city port reopened on Monday');
      if (themed) expect(article!.theme?.id).toBe('jannah');
      for (const [name, value] of textFields(article!)) {
        // Text fields hold text: never a live element, never an executable URL scheme.
        expect(typeof value, name).toBe('string');
        expect(value, name).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
      }
      for (const figure of article!.figures) expect(figure.src, 'figure src').toMatch(/^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp|avif);)/i);
      if (article!.source) expect(article!.source.url).toMatch(/^https?:\/\//);
      if (article!.leadImage) expect(article!.leadImage.src).toMatch(/^https?:\/\//);
    }
  });

  test('the article view renders page strings as text and stays inert', () => {
    const article = extract(jsdomDoc(html), { url: PAGE_URL(html) })!;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      act(() => render(h(ArticleView, { article, showImages: true }), host));
      // The body (page markup) is inert by the full rule; the view's own chrome (icons,
      // buttons) by the basic one: no handlers, no scripts, no executable URLs.
      expect(dangerIn(host.querySelector('.bs-body')!)).toEqual([]);
      expect(executableIn(host)).toEqual([]);
      const title = host.querySelector('h1.bs-title')!;
      expect(title.children.length, 'title has no child elements').toBe(0);
      expect(title.textContent).toBe(article.title);
      for (const selector of ['.bs-caption', '.bs-credit', '.bs-byline', '.bs-category', 'a.bs-source']) {
        for (const element of Array.from(host.querySelectorAll(selector))) expect(element.children.length, selector).toBe(0);
      }
      if (entry.vector === 'text-escaped-markup' && entry.slot === 'title') {
        // Escaped markup in the page is shown literally, not parsed.
        expect(article.title).toContain('<img src=x onerror=');
      }
    } finally {
      act(() => render(null, host));
      host.remove();
    }
  });

  test('clean() never adds or changes a script-bearing construct', () => {
    const doc = jsdomDoc(html);
    const before = scriptBearing(doc);
    expect(() => clean(doc)).not.toThrow();
    expect(addedConstructs(before, scriptBearing(doc))).toEqual([]);
    expect(() => detect(doc)).not.toThrow();
  });
});
