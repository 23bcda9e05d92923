// Fixture pages and their expected Article JSON (tests/fixtures/<name>.html / .expected.json).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from './paths.mjs';

/**
 * @typedef {{ src: string, alt?: string, caption?: string, credit?: string }} Figure
 * @typedef {{ title: string, category?: string, dateline?: string, text: string, figures: Figure[],
 *   leadImage?: Figure, source?: { label: string, url: string, exact: boolean }, tags: string[], [k: string]: unknown }} Article
 */

/** @param {string} name fixture name without extension */
export function fixtureHtml(name) {
  return readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
}

/** @param {string} name */
export function hasFixture(name) {
  return existsSync(resolve(FIXTURES, `${name}.html`));
}

/**
 * @param {string} name
 * @returns {Article | null}
 */
export function expectedArticle(name) {
  return JSON.parse(readFileSync(resolve(FIXTURES, `${name}.expected.json`), 'utf8'));
}

/** @param {string} text */
export function normalizeSpace(text) {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The body paragraphs of an expected Article.
 * @param {Article} article
 */
export function paragraphsOf(article) {
  return article.text
    .split(/\n\n+/)
    .map(normalizeSpace)
    .filter(Boolean);
}

/**
 * Every caption and credit text of an expected Article (lead image and figures).
 * @param {Article} article
 */
export function figureTextsOf(article) {
  /** @type {string[]} */
  const texts = [];
  for (const figure of [article.leadImage, ...(article.figures ?? [])]) {
    if (!figure) continue;
    for (const text of [figure.caption, figure.credit]) {
      if (text && !texts.includes(normalizeSpace(text))) texts.push(normalizeSpace(text));
    }
  }
  return texts;
}
