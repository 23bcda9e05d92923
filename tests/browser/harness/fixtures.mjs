// @ts-check
// Fixture pages and their expected Article (the one loader, tests/helpers/fixture-files.mjs),
// and what the browser tests compare of an Article.

export { expectedArticle, fixtureHtml, hasFixture } from '../../helpers/fixture-files.mjs';

/** @typedef {import('../../helpers/fixture-files.mjs').Article} Article */

/** @param {string} text */
export function normalizeSpace(text) {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The body paragraphs of an expected Article.
 * @param {Article} article
 */
export function paragraphsOf(article) {
  return article.text.split(/\n\n+/).map(normalizeSpace).filter(Boolean);
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
