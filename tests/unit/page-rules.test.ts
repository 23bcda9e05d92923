// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { checkHideRule } from '../../src/core/check-hide-rule';
import { clean } from '../../src/core/clean';
import { extract } from '../../src/core/extract';
import { jsdomDocument, loadFixture } from '../helpers/fixtures';

// The reader's rules (PageRules): `article` names the container, `hide` leaves parts out of the
// body and clean() takes them away; checkHideRule refuses a rule that would take the article.

const URL = 'https://blog.example/2026/harbour-plan';
const LONG = 'The harbour board approved the dredging plan after a long debate, and officials said work would begin next spring, weeks ahead of schedule.';
const paragraphs = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `<p>${prefix} ${index + 1}. ${LONG}</p>`).join('');

/** A small blog page: a story with an in-text promo box, and a long reader-letters column beside it. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title>
<meta property="og:type" content="article"></head><body>
<header class="site"><a href="/">Harbour Times</a></header>
<main><article class="post"><h1>Harbour plan approved</h1>
<div class="post-body">${paragraphs(3, 'Story')}
<div class="promo-box"><p>Subscribe today and read every story of the Harbour Times without limits, on every device you own.</p></div>
${paragraphs(2, 'More')}</div></article>
<section class="letters">${paragraphs(8, 'Letter')}</section></main>
<footer><p>© Harbour Times</p></footer></body></html>`;

function page(html = PAGE): Document {
  return new JSDOM(html, { url: URL }).window.document;
}

describe('extract() with rules', () => {
  test('article names the container, whatever the engine would have chosen', () => {
    const article = extract(page(), { url: URL, rules: { article: '.post-body' } });
    expect(article?.text.split('\n\n').map((line) => line.slice(0, 7))).toEqual(['Story 1', 'Story 2', 'Story 3', 'Subscri', 'More 1.', 'More 2.']);
    expect(article?.text).not.toContain('Letter');
    const letters = extract(page(), { url: URL, rules: { article: 'section.letters' } });
    expect(letters?.text.startsWith('Letter 1.')).toBe(true);
  });

  test('an article rule that matches nothing, or nothing with text, or does not parse, is ignored', () => {
    const plain = extract(page(), { url: URL })?.text;
    expect(plain).toBeTruthy();
    for (const article of ['.missing', 'header.site + nothing', 'div[', ':not(', 'javascript:alert(1)', '']) {
      expect(extract(page(), { url: URL, rules: { article } })?.text).toBe(plain);
    }
    const empty = page(PAGE.replace('<main>', '<main><div class="empty-box"><img src="/a.png" alt=""></div>'));
    expect(extract(empty, { url: URL, rules: { article: '.empty-box' } })?.text).toBe(plain);
  });

  test('hide leaves the matches out of the body; invalid selectors are ignored', () => {
    const article = extract(page(), { url: URL, rules: { article: '.post-body', hide: ['div[', '.promo-box', ':not('] } });
    expect(article?.text).not.toContain('Subscribe');
    expect(article?.text.split('\n\n')).toHaveLength(5);
    expect(article?.html).not.toContain('Subscribe');
  });

  test('a hide rule that would take most of the body is skipped', () => {
    const article = extract(page(), { url: URL, rules: { article: '.post-body', hide: ['p'] } });
    expect(article?.text.split('\n\n')).toHaveLength(6);
  });

  test('never mutates the document', () => {
    const document = page();
    const before = document.documentElement.outerHTML;
    extract(document, { url: URL, rules: { article: '.post-body', hide: ['.promo-box', 'header', 'p'] } });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('rules that are not what the types say are ignored, never thrown', () => {
    const plain = extract(page(), { url: URL })?.text;
    const hostile = [{ article: 42, hide: 'p' }, { hide: [null, 7, {}, '.promo-box'] }, null] as never[];
    expect(extract(page(), { url: URL, rules: hostile[0] })?.text).toBe(plain);
    expect(extract(page(), { url: URL, rules: hostile[1] })?.text).not.toContain('Subscribe');
    expect(extract(page(), { url: URL, rules: hostile[2] })?.text).toBe(plain);
  });
});

describe('clean() with rules', () => {
  test('on a page no theme rule knows, only the hide rules apply, reported as kind user', () => {
    const document = page();
    const report = clean(document, { rules: { hide: ['.promo-box', 'div['] } });
    expect(report.recognised).toBe(false);
    expect(report.removed).toEqual([{ kind: 'user', selector: '.promo-box', element: 'div.promo-box' }]);
    expect(report.counts).toEqual({ user: 1 });
    expect(document.querySelector('.promo-box')).toBeNull();
  });

  test('hide mode marks instead of removing; kinds.user false leaves them', () => {
    const document = page();
    clean(document, { mode: 'hide', rules: { hide: ['.promo-box'] } });
    expect(document.querySelector('.promo-box')?.getAttribute('style')).toMatch(/display: none !important/);
    const untouched = page();
    expect(clean(untouched, { kinds: { user: false }, rules: { hide: ['.promo-box'] } }).removed).toEqual([]);
    expect(untouched.querySelector('.promo-box')).not.toBeNull();
  });

  test('never takes the page itself or the reader-chosen article', () => {
    const document = page();
    const report = clean(document, { rules: { article: '.post-body', hide: ['html', 'body', 'head', 'main', 'article.post'] } });
    expect(report.removed).toEqual([]);
    expect(document.querySelector('.post-body')).not.toBeNull();
  });

  test('on a theme page, the theme clutter goes and the user rules after it; the article body is guarded', () => {
    const fixture = loadFixture('jannah-single');
    const plain = clean(jsdomDocument(fixture));
    const document = jsdomDocument(fixture);
    const report = clean(document, { rules: { hide: ['.tagcloud', '#the-post', '.entry-content', '.entry-header'] } });
    expect(report.recognised).toBe(true);
    const user = report.removed.filter((item) => item.kind === 'user');
    const tagClouds = jsdomDocument(fixture).querySelectorAll('.tagcloud').length;
    expect(tagClouds).toBeGreaterThan(0);
    expect(user.map((item) => item.selector)).toEqual(Array(tagClouds).fill('.tagcloud'));
    expect(report.removed.length).toBe(plain.removed.length + tagClouds);
    expect(document.querySelector('.entry-content')).not.toBeNull();
  });
});

describe('checkHideRule()', () => {
  test('accepts a box inside the story', () => {
    expect(checkHideRule(page(), '.promo-box', { url: URL })).toEqual({ ok: true, matches: 1 });
    expect(checkHideRule(page(), 'section.letters', { url: URL, rules: { article: '.post-body' } })).toEqual({ ok: true, matches: 1 });
  });

  test('refuses a selector that holds the article', () => {
    const result = checkHideRule(page(), 'main > article', { url: URL, rules: { article: '.post-body' } });
    expect(result).toMatchObject({ ok: false, reason: 'article' });
    expect(checkHideRule(page(), 'p', { url: URL, rules: { article: '.post-body' } })).toMatchObject({ ok: false, reason: 'article' });
    expect(checkHideRule(page(), 'body', { url: URL })).toMatchObject({ ok: false, reason: 'page' });
  });

  test('refuses what does not parse or matches nothing, without throwing', () => {
    for (const selector of ['div[', ':not(', 'a{color:red}', '', 'javascript:alert(1)', 'p::before', 'x'.repeat(600)]) {
      expect(checkHideRule(page(), selector)).toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(checkHideRule(page(), '.nowhere')).toMatchObject({ ok: false, reason: 'no-match' });
    // Escaped colons (utility classes), colons in attribute values and known pseudo-classes are fine.
    for (const selector of ['.md\\:flex', 'a[href^="https:"]', 'div.promo-box:not(:first-child)', 'p:nth-of-type(2n+1)']) {
      expect(checkHideRule(page(), selector)).not.toMatchObject({ reason: 'invalid' });
    }
    expect(checkHideRule(page(), 42 as never)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('on a theme page, the story wrapper is refused and a share bar is not', () => {
    const fixture = loadFixture('jannah-single');
    expect(checkHideRule(jsdomDocument(fixture), '#the-post', { url: fixture.url })).toMatchObject({ ok: false, reason: 'article' });
    const document = jsdomDocument(fixture);
    const before = document.documentElement.outerHTML;
    expect(checkHideRule(document, '.tagcloud', { url: fixture.url })).toMatchObject({ ok: true });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the popup and reader tab', () => {
  test("extract the snapshot with the site's rules", async () => {
    const { articleState } = await import('../../src/ui/page/read-page');
    const snapshot = { url: URL, html: PAGE, cleanReport: null };
    const state = articleState(snapshot, { article: '.post-body', hide: ['.promo-box'] });
    expect(state.kind).toBe('article');
    const text = state.kind === 'article' ? state.article.text : '';
    expect(text.startsWith('Story 1.')).toBe(true);
    expect(text).not.toContain('Subscribe');
    expect(text).not.toContain('Letter');
  });
});
