// @ts-check
// The development corpora under ../shared/corpus (see its README), each as a list of pages with
// what it is judged against: a text (`truth`), snippets that must and must not appear, or only
// whether it is an article. Pages are read lazily: a worker loads one corpus at a time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { siteOf } from './folds.mjs';

/**
 * A corpus page: `truth` (the article's text) on a truth corpus, `snippets` on a snippets corpus.
 * @typedef {{ id: string, url: string, site: string, pageType: string, lang: string | undefined, file: string, truth?: string, snippets?: Snippets }} Page
 * @typedef {{ with: string[], without: string[] }} Snippets
 * @typedef {{ kind: 'truth' | 'snippets', list: (dir: string) => Page[] }} Corpus
 */

/**
 * name → how to list its pages. `kind` says how a page is scored.
 * @type {Record<string, Corpus>}
 */
export const CORPORA = {
  'zyte-dev': { kind: 'truth', list: truthPages },
  'wcxb-dev': { kind: 'truth', list: truthPages },
  'fundus-dev': { kind: 'truth', list: truthPages },
  'dragnet-dev': { kind: 'truth', list: truthPages },
  'trafilatura-eval-dev': { kind: 'snippets', list: snippetPages },
};

/** @param {string} root @param {string} name */
export function corpusDir(root, name) {
  return join(root, name);
}

/** @param {string} root @param {string} name */
export function corpusPresent(root, name) {
  const dir = corpusDir(root, name);
  return existsSync(join(dir, 'ground-truth.json')) || existsSync(join(dir, 'snippets.json'));
}

/** @param {string} dir @returns {Page[]} */
function truthPages(dir) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id];
      return {
        id,
        url: entry.url ?? '',
        site: siteOf(entry.url ?? '', id),
        pageType: entry.pageType ?? 'article',
        lang: entry.lang ?? undefined,
        truth: entry.articleBody ?? '',
        file: join(dir, 'html', `${id}.html.gz`),
      };
    })
    .filter((page) => existsSync(page.file));
}

/** @param {string} dir @returns {Page[]} */
function snippetPages(dir) {
  const snippets = JSON.parse(readFileSync(join(dir, 'snippets.json'), 'utf8'));
  return Object.keys(snippets)
    .sort()
    .map((id) => {
      const entry = snippets[id];
      return {
        id,
        url: entry.url ?? '',
        site: siteOf(entry.url ?? '', id),
        pageType: 'article',
        lang: entry.lang ?? undefined,
        snippets: { with: entry.with ?? [], without: entry.without ?? [] },
        file: join(dir, 'html', `${id}.html.gz`),
      };
    })
    .filter((page) => existsSync(page.file));
}

/** @param {Page} page */
export function readPage(page) {
  const bytes = readFileSync(page.file);
  return (page.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
