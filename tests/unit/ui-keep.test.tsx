// @vitest-environment jsdom
// "Keep what you read": the saved HTML file is self-contained and inert; hostile strings from
// the page stay text. Sanitizes, so jsdom (never happy-dom or linkedom).
import { describe, expect, it } from 'vitest';
import '../mocks/webextension-polyfill';
import type { Article } from '../../src/core/types';
import { fileNameFor, savedHtml } from '../../src/reader/keep';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema';

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/2024/05/16/story/',
    title: `Headline ${EVIL}`,
    category: 'World',
    byline: `Jane ${EVIL}`,
    published: '2024-05-16T01:30:00.000Z',
    dir: 'ltr',
    lang: 'en',
    dateline: 'Hong Kong',
    leadImage: { src: 'https://news.example/lead.jpg', alt: `alt ${EVIL}`, caption: `Caption ${EVIL}`, credit: 'Photographer/Agency' },
    figures: [{ src: 'https://news.example/lead.jpg', caption: 'Caption', credit: 'Photographer/Agency' }],
    source: { label: 'News Source : amp.cnn.com', url: 'https://amp.cnn.com/', exact: false },
    tags: [`tag ${EVIL}`],
    html: '<p>First <a href="javascript:alert(3)">link</a> paragraph.</p><p onclick="alert(4)">Second.</p><figure><img src="https://news.example/inline.jpg" alt="x"><figcaption>Inline caption</figcaption></figure><script>alert(5)</script>',
    text: 'First link paragraph.\n\nSecond.',
    wordCount: 4,
    readingMinutes: 1,
    ...overrides,
  };
}

const look = { ...DEFAULT_SETTINGS.reader, theme: 'sepia' as const };

describe('savedHtml', () => {
  it('is one HTML document with inline CSS, a no-script CSP, the look, and every part of the article', () => {
    const html = savedHtml(article(), look);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.dataset.theme).toBe('sepia');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    // (Vitest stubs CSS imports: the theme and article CSS inside <style> are checked in tests/browser/reader.chromium.test.ts.)
    expect(doc.querySelector('style')!.textContent).toContain('.bs-article { max-width: var(--bs-measure)');
    expect(doc.querySelector('link, script')).toBeNull();
    expect(doc.querySelector('h1.bs-title')!.textContent).toBe(`Headline ${EVIL}`);
    expect(doc.querySelector('.bs-byline')!.textContent).toBe(`Jane ${EVIL}`);
    expect(doc.querySelector('time.bs-date')!.getAttribute('datetime')).toBe('2024-05-16T01:30:00.000Z');
    expect(doc.querySelector('.bs-reading-time')!.textContent).toBe('1 min read');
    expect(doc.querySelector('.bs-dateline')!.textContent).toBe('Hong Kong');
    expect(doc.querySelector('.bs-figure-lead .bs-caption')!.textContent).toBe(`Caption ${EVIL}`);
    expect(doc.querySelector('.bs-figure-lead .bs-credit')!.textContent).toBe('Photographer/Agency');
    expect(doc.querySelector('.bs-body figcaption')!.textContent).toBe('Inline caption');
    expect(doc.querySelector('a.bs-source')!.getAttribute('href')).toBe('https://amp.cnn.com/');
    expect(doc.querySelector('.bs-source-url')!.textContent).toBe('https://amp.cnn.com/');
    expect(doc.querySelector('a.bs-original')!.getAttribute('href')).toBe('https://news.example/2024/05/16/story/');
    expect(doc.querySelector('.bs-tag')!.textContent).toBe(`tag ${EVIL}`);
  });

  it('carries nothing executable: no script, no handler, no javascript: link', () => {
    const html = savedHtml(article(), look);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /javascript:/i.test(a))).toEqual([]);
    expect(doc.querySelector('.bs-body')!.textContent).toContain('Second.');
  });

  it('keeps the article direction and language; with images off there are no figures or captions', () => {
    const html = savedHtml(article({ lang: 'ar', dir: 'rtl' }), { ...look, showImages: false });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const node = doc.querySelector('article.bs-article')!;
    expect([node.getAttribute('lang'), node.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(doc.querySelectorAll('img, figure, figcaption')).toHaveLength(0);
  });
});

describe('fileNameFor', () => {
  it('keeps letters of any script and drops everything else', () => {
    expect(fileNameFor(article({ title: 'Putin arrives: "China" / Ukraine?' }))).toBe('Putin-arrives-China-Ukraine.html');
    expect(fileNameFor(article({ title: 'بلينكن يصل القاهرة' }))).toBe('بلينكن-يصل-القاهرة.html');
    expect(fileNameFor(article({ title: '***' }))).toBe('article.html');
  });
});
