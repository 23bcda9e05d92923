// @vitest-environment jsdom
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-ignore jsdom ships no type declarations in this repo
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/core/extract';
import { detect } from '../../src/core/detect';
import type { Article } from '../../src/core/types';
import { fixtureNames, loadFixture, type Fixture } from '../helpers/fixtures';

// Every tests/fixtures/<name>.html with a <name>.expected.json is checked field by field
// (html included) under jsdom, and again under linkedom.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const withExpected = fixtureNames().filter((name) => existsSync(join(FIXTURES, `${name}.expected.json`)));

function expectedOf(name: string): Article | null {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Article | null;
}

function jsdomDoc(fixture: Fixture): Document {
  return new JSDOM(fixture.html, { url: fixture.url }).window.document as Document;
}

function linkedomDoc(fixture: Fixture): Document {
  return parseHTML(fixture.html).document as unknown as Document;
}

function serialize(document: Document): string {
  return document.documentElement.outerHTML;
}

describe('extract() over fixtures', () => {
  test('fixtures with expected output exist', () => {
    expect(withExpected).toEqual(expect.arrayContaining(['jannah-seed', 'jannah-full', 'jannah-rtl-arabic', 'not-article-webapp']));
  });

  test.each(withExpected)('%s (jsdom)', (name) => {
    const fixture = loadFixture(name);
    const article = extract(jsdomDoc(fixture), { url: fixture.url });
    expect(article).toEqual(expectedOf(name));
  });

  test.each(withExpected)('%s (linkedom)', (name) => {
    const fixture = loadFixture(name);
    const article = extract(linkedomDoc(fixture), { url: fixture.url });
    // The html goes through the same jsdom-backed DOMPurify, so it is identical too.
    expect(article).toEqual(expectedOf(name));
  });

  test.each(withExpected)('%s agrees with detect()', (name) => {
    const fixture = loadFixture(name);
    const detection = detect(jsdomDoc(fixture));
    expect(detection.isArticle).toBe(expectedOf(name) !== null);
  });

  test.each(withExpected.filter((name) => expectedOf(name)?.theme))('%s extracts with { generic: false }', (name) => {
    const fixture = loadFixture(name);
    const article = extract(jsdomDoc(fixture), { url: fixture.url, generic: false });
    expect(article).toEqual(expectedOf(name));
  });

  test.each(withExpected)('%s: extract does not mutate the document', (name) => {
    const fixture = loadFixture(name);
    for (const document of [jsdomDoc(fixture), linkedomDoc(fixture)]) {
      const before = serialize(document);
      extract(document, { url: fixture.url });
      expect(serialize(document)).toBe(before);
    }
  });
});

describe('extract() on pages that are not articles', () => {
  const pages: Record<string, string> = {
    'empty body': '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>',
    frameset: '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    'nav only':
      '<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us and our long history of reporting</a></nav></body></html>',
  };

  test.each(Object.entries(pages))('%s → null (jsdom and linkedom)', (_name, html) => {
    const fromJsdom = new JSDOM(html, { url: 'https://example.test/' }).window.document as Document;
    const fromLinkedom = parseHTML(html).document as unknown as Document;
    expect(() => extract(fromJsdom)).not.toThrow();
    expect(extract(fromJsdom)).toBeNull();
    expect(extract(fromLinkedom)).toBeNull();
  });

  test('an XML document → null', () => {
    const { DOMParser } = new JSDOM('').window;
    const xml = new DOMParser().parseFromString('<a/>', 'application/xml') as Document;
    expect(() => extract(xml)).not.toThrow();
    expect(extract(xml)).toBeNull();
  });

  test('nonsense input → null, no throw', () => {
    expect(extract(null as unknown as Document)).toBeNull();
    expect(extract({} as unknown as Document)).toBeNull();
  });
});
