import { describe, expect, it } from 'vitest';
import { foldOf, siteOf } from '../../tools/bench/folds.mjs';
import { snippetScore } from '../../tools/bench/snippets.mjs';

describe('bench folds', () => {
  it('groups a site by its registrable domain, whatever the subdomain', () => {
    expect(siteOf('https://www.example.com/a')).toBe('example.com');
    expect(siteOf('http://news.example.com/b')).toBe('example.com');
    expect(siteOf('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(siteOf('https://www.smh.com.au/y')).toBe('smh.com.au');
    expect(siteOf('not a url', 'id-7')).toBe('id-7');
  });

  it('puts every page of a site in the same fold, and the same fold on every run', () => {
    const folds = ['https://a.example.org/1', 'https://b.example.org/2', 'https://example.org/3'].map((url) => foldOf(siteOf(url), 5));
    expect(new Set(folds).size).toBe(1);
    expect(foldOf('example.org', 5)).toBe(folds[0]);
  });

  it('spreads sites over all folds', () => {
    const sites = Array.from({ length: 200 }, (_, index) => `site${index}.com`);
    const counts = [0, 0, 0, 0, 0];
    for (const site of sites) counts[foldOf(site, 5)] += 1;
    for (const count of counts) expect(count).toBeGreaterThan(20);
  });
});

describe('bench snippet score', () => {
  it('counts wanted snippets found and unwanted ones absent, whitespace-insensitively', () => {
    const text = 'The council voted\n\non Tuesday to close the plant.';
    expect(snippetScore(text, { with: ['voted on Tuesday', 'missing line'], without: ['Cookies & Tracking', 'close the plant'] })).toEqual({
      found: 0.5,
      absent: 0.5,
    });
  });

  it('scores an empty answer as finding nothing and leaking nothing', () => {
    expect(snippetScore('', { with: ['a b'], without: ['c d'] })).toEqual({ found: 0, absent: 1 });
  });
});
