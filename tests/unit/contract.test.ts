// The public contract, exercised on the BUILT artifacts (npm test builds first): the library
// that package.json exports["."] names, and the `broadsheet` CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES_DIR, loadFixture, readExpected } from '../helpers/fixtures';

const root = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const libPath = join(root, pkg.exports['.']);
const cliPath = join(root, pkg.bin.broadsheet);

type Library = typeof import('../../src/lib/index');
let lib: Library;

beforeAll(async () => {
  if (!existsSync(libPath)) throw new Error(`${libPath} is missing: the unit tests' global setup builds it (tests/helpers/build-library.ts)`);
  lib = (await import(libPath)) as Library;
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd: root });
}

describe('library (package.json exports["."])', () => {
  test('exports extract, detect and clean', () => {
    expect(typeof lib.extract).toBe('function');
    expect(typeof lib.detect).toBe('function');
    expect(typeof lib.clean).toBe('function');
  });

  test.each(['jsdom', 'linkedom'])('extract on a %s document matches the expected Article and does not mutate it', (parser) => {
    const fixture = loadFixture('jannah-seed');
    const document =
      parser === 'jsdom' ? new JSDOM(fixture.html, { url: fixture.url }).window.document : (parseHTML(fixture.html).document as unknown as Document);
    const before = document.documentElement.outerHTML;
    const article = lib.extract(document, { url: fixture.url });
    expect(JSON.parse(JSON.stringify(article))).toEqual(readExpected('jannah-seed', 'expected'));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('Article.html, built when first read, is in its place for JSON, spread and structured clone', () => {
    const fixture = loadFixture('jannah-seed');
    const expected = readExpected('jannah-seed', 'expected') as Record<string, unknown>;
    const article = lib.extract(parseHTML(fixture.html).document as unknown as Document, { url: fixture.url });
    expect(article).not.toBeNull();
    const found = article as unknown as Record<string, unknown>;
    // The key order of the written-out Article: html keeps its place before text.
    expect(Object.keys(found)).toEqual(Object.keys(expected));
    expect(Object.keys(JSON.parse(JSON.stringify(found)))).toEqual(Object.keys(expected));
    expect({ ...found }.html).toBe(expected.html);
    expect(structuredClone(found).html).toBe(expected.html);
    // Read again: the same string (built once).
    expect(found.html).toBe(found.html);
    expect(found.html).toBe(expected.html);
  });

  test('detect and clean', () => {
    const fixture = loadFixture('jannah-seed');
    const document = new JSDOM(fixture.html, { url: fixture.url }).window.document;
    const detection = lib.detect(document);
    expect(detection.isArticle).toBe(true);
    expect(detection.theme).toEqual({ id: 'jannah', name: 'Jannah' });
    expect(detection.signals).toContain('jannah:body#tie-body');
    const report = lib.clean(document);
    expect(report.counts.license).toBe(1);
    expect(document.querySelector('.theme-notice')).toBeNull();
  });
});

describe('broadsheet CLI', () => {
  const seed = join(FIXTURES_DIR, 'jannah-seed.html');
  const notArticle = join(FIXTURES_DIR, 'not-article-webapp.html');

  test('extract prints the Article as JSON', () => {
    const run = cli('extract', seed);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(readExpected('jannah-seed', 'expected'));
  });

  test('--out-dir writes one file per input; exit 1 when one input has no article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-cli-'));
    const run = cli('extract', '--out-dir', dir, seed, notArticle);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not-article-webapp.html');
    expect(JSON.parse(readFileSync(join(dir, 'jannah-seed.json'), 'utf8')).title).toBe(
      'Vladimir Putin arrives in China for state visit as Russian troops advance into Ukraine',
    );
    expect(existsSync(join(dir, 'not-article-webapp.json'))).toBe(false);
  });

  test('markdown and text formats', () => {
    const markdown = cli('extract', '--format', 'markdown', seed);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^# Vladimir Putin arrives in China/);
    expect(markdown.stdout).toContain('Source: [amp.cnn.com (homepage)](https://amp.cnn.com/)');
    const text = cli('extract', '--format=text', seed);
    expect(text.stdout.split('\n\n')[1]).toMatch(/^Russian President Vladimir Putin arrived in Beijing/);
  });

  test('detect and clean commands', () => {
    const detect = cli('detect', seed);
    expect(detect.status).toBe(0);
    expect(JSON.parse(detect.stdout).theme.id).toBe('jannah');
    const cleaned = cli('clean', seed);
    expect(cleaned.status).toBe(0);
    expect(cleaned.stdout).not.toContain('License is not validated');
    expect(cleaned.stdout).toContain('Harbin Institute of Technology');
  });

  test('bad usage and unreadable input exit 2 with a one-line message naming the input', () => {
    const usage = cli('extract', '--format', 'pdf', seed);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('broadsheet: unknown format: pdf');
    const missing = cli('extract', '/nonexistent/page.html');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('/nonexistent/page.html');
    expect(cli('frobnicate', seed).status).toBe(2);
  });

  test('a file with no URL comment still extracts (URLs resolve against its canonical link)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-cli-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, loadFixture('jannah-seed').html.replace(/^<!--.*-->\n/, ''));
    const run = cli('extract', file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).source.url).toBe('https://amp.cnn.com/');
  });
});
