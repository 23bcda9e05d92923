// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';

// Hostile input: 100,000 elements, nesting 5,000 deep and a 10 MB text node on one page, next
// to a real article. Extraction must not throw and must still find the article. The time is
// printed, not asserted (benchmarks are scripts; the budget is 1 s).

const PROSE = 'The council met on Tuesday evening to discuss the new budget, which includes funding for schools, roads and the library.';

function pathologicalPage(): string {
  const article = `<article><h1>Budget approved</h1>${Array.from({ length: 6 }, (_, index) => `<p>${PROSE} Paragraph ${index + 1}.</p>`).join('')}</article>`;
  const wide = `<div class="grid">${'<span>x</span>'.repeat(100_000)}</div>`;
  const deep = `${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`;
  const huge = `<div class="blob">${'lorem '.repeat((10 * 1024 * 1024) / 6)}</div>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Budget approved</title><meta property="og:type" content="article"></head><body>${article}${wide}${deep}${huge}</body></html>`;
}

describe('pathological page', () => {
  test('100,000 nodes, depth 5,000, a 10 MB text node: no throw, the article is found', () => {
    const { document } = parseHTML(pathologicalPage());
    expect(document.getElementsByTagName('span').length).toBe(100_000);
    // Warm up once on a normal page: in Node the sanitizer creates its jsdom window on first use.
    const warm = parseHTML(
      `<html><head><meta property="og:type" content="article"></head><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`,
    );
    expect(extract(warm.document as unknown as Document, { url: 'https://news.example/warm' })).not.toBeNull();
    const start = performance.now();
    let article: ReturnType<typeof extract> = null;
    expect(() => {
      article = extract(document as unknown as Document, { url: 'https://news.example/budget' });
      // Article.html is built on first read: the budget covers it too.
      expect(article?.html).toContain('<p>');
    }).not.toThrow();
    const ms = performance.now() - start;
    console.log(`pathological page: extract took ${ms.toFixed(0)} ms`);
    expect(article).not.toBeNull();
    const found = article as unknown as { title: string; text: string };
    expect(found.title).toBe('Budget approved');
    expect(found.text.split('\n\n')).toHaveLength(6);
    expect(found.text).not.toContain('lorem');
  }, 10_000);
});
