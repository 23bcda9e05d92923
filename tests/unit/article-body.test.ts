// @vitest-environment jsdom
// core/article-body: a view builds an extracted article's body from its markup tree in one
// sanitizer pass (sanitizeMarkupToFragment) instead of parsing and sanitizing Article.html
// again. Both paths must give the same DOM, on every fixture, in whatever order html and the
// fragment are asked for, and an Article that came as JSON takes the string path.
import { describe, expect, test } from 'vitest';
// @ts-ignore jsdom ships no type declarations in this repo
import { JSDOM } from 'jsdom';
import { articleBodyFragment } from '../../src/core/article-body';
import { extract } from '../../src/core/extract';
import { sanitizeToFragment } from '../../src/core/sanitize';
import type { Article } from '../../src/core/types';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

function extracted(name: string): Article | null {
  const fixture = loadFixture(name);
  return extract(new JSDOM(fixture.html, { url: fixture.url }).window.document as Document, { url: fixture.url });
}

function markupOf(fragment: DocumentFragment | null): string {
  if (!fragment) throw new Error('no fragment');
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

const articles = fixtureNames().filter((name) => extracted(name) !== null);

describe('articleBodyFragment', () => {
  test('most fixtures are articles', () => {
    expect(articles.length).toBeGreaterThan(20);
  });

  test.each(articles)('%s: the tree path gives the DOM the string path gives', (name) => {
    const viewed = extracted(name)!;
    const reference = extracted(name)!;
    const expected = markupOf(sanitizeToFragment(reference.html));
    expect(expected.length).toBeGreaterThan(100);
    expect(markupOf(articleBodyFragment(viewed))).toBe(expected);
    // Again (a view re-renders, e.g. images turned off), then html, which the tree still makes.
    expect(markupOf(articleBodyFragment(viewed))).toBe(expected);
    expect(viewed.html).toBe(reference.html);
    // Once html is built the tree is let go: the string path, same DOM.
    expect(markupOf(articleBodyFragment(viewed))).toBe(expected);
  });

  test('an Article from JSON (no tree) takes the string path', () => {
    const article = extracted('jannah-seed')!;
    const copy = JSON.parse(JSON.stringify(article)) as Article;
    expect(markupOf(articleBodyFragment(copy))).toBe(markupOf(sanitizeToFragment(article.html)));
  });

  test('the fragment is sanitized: hostile markup in the page does not reach it', () => {
    const page = `<!doctype html><html lang="en"><head><title>Council approves the river park</title>
      <meta property="og:type" content="article"></head><body><article><h1>Council approves the river park</h1>
      <p>The council voted on Tuesday to turn the old rail yard into a park, a plan first put forward in 2019.</p>
      <p onclick="alert(1)">Residents <a href="javascript:alert(1)">welcomed</a> the vote <img src="x" onerror="alert(1)">
      and asked for <a href="https://news.example/trees" style="color:red">more trees</a> along the river.</p>
      <p>Work on the first phase, a path along the river and a playground, is to start in the spring of next year.</p>
      <p>The park is to open in stages; the last phase, a market hall, is planned for 2028 at the earliest.</p>
      </article></body></html>`;
    const article = extract(new JSDOM(page, { url: 'https://news.example/park/' }).window.document as Document, { url: 'https://news.example/park/' });
    expect(article).not.toBeNull();
    const markup = markupOf(articleBodyFragment(article!));
    expect(markup).toContain('welcomed');
    expect(markup).toContain('<a href="https://news.example/trees" rel="noopener noreferrer" target="_blank">more trees</a>');
    expect(markup).not.toMatch(/onclick|onerror|javascript:|style=/i);
  });
});
