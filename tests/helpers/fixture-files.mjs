// @ts-check
// The one place that knows how fixture pages are stored: tests/fixtures/<name>.html with its
// address on line 1 (`<!-- url: https://… -->`), and its expected outputs beside it
// (<name>.expected.json, <name>.clean.json). Unit tests, browser tests and the scripts that
// write fixtures (fixtures:update, new-theme) all read them through here. Plain JavaScript so
// that Node scripts load it as it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');

/** Where a page is read when its first line names no address. */
export const DEFAULT_FIXTURE_URL = 'https://fixture.example/';

/** What `npm run fixtures:update` writes beside every page: <name>.<suffix>.json. */
export const EXPECTED_SUFFIXES = ['expected', 'clean'];

/**
 * @typedef {{ name: string, url: string, html: string }} Fixture
 * @typedef {{ src: string, alt?: string, caption?: string, credit?: string }} Figure
 * @typedef {{ title: string, category?: string, dateline?: string, text: string, figures: Figure[],
 *   leadImage?: Figure, source?: { label: string, url: string, exact: boolean }, tags: string[], [k: string]: unknown }} Article
 */

/** Every fixture page's name (the .html files of tests/fixtures; hostile/ has its own corpus). */
export function fixtureNames() {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .sort();
}

/** @param {string} name fixture name without extension */
export function hasFixture(name) {
  return existsSync(join(FIXTURES_DIR, `${name}.html`));
}

/** @param {string} name */
export function fixtureHtml(name) {
  return readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
}

/**
 * The address a page's first line gives it.
 * @param {string} html
 */
export function fixtureUrl(html) {
  return /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? DEFAULT_FIXTURE_URL;
}

/**
 * The first line that gives a page its address.
 * @param {string} url
 */
export function urlLine(url) {
  return `<!-- url: ${url} -->`;
}

/**
 * @param {string} name
 * @returns {Fixture}
 */
export function loadFixture(name) {
  const html = fixtureHtml(name);
  return { name, url: fixtureUrl(html), html };
}

/**
 * @param {string} name
 * @param {string} suffix 'expected', 'clean', …
 */
export function expectedFile(name, suffix) {
  return join(FIXTURES_DIR, `${name}.${suffix}.json`);
}

/**
 * @template T
 * @param {string} name
 * @param {string} suffix
 * @returns {T | undefined}
 */
export function readExpected(name, suffix) {
  const file = expectedFile(name, suffix);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * The expected Article of a page (null for a page that has none); throws when the file is missing.
 * @param {string} name
 * @returns {Article | null}
 */
export function expectedArticle(name) {
  return JSON.parse(readFileSync(expectedFile(name, 'expected'), 'utf8'));
}
