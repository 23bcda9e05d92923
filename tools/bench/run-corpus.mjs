#!/usr/bin/env node
// @ts-check
// One corpus in one process (bench.mjs runs two at a time): parses every page with linkedom,
// runs Broadsheet's built library and @mozilla/readability on clones of the same document,
// scores both and writes one JSON row per page to --out.
// `--fast` reuses Readability's results from artifacts/bench-cache (Readability does not change
// between our runs) and reports no Readability timings; `--dump DIR` writes our text per page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { blockText } from './block-text.mjs';
import { CORPORA, corpusDir, readPage } from './corpora.mjs';
import { pageScore } from './metric.mjs';
import { snippetScore } from './snippets.mjs';
import { parseArgs } from './stats.mjs';

/**
 * What run-corpus.mjs writes to --out, one row per page; bench.mjs reads it.
 * @typedef {import('./metric.mjs').PageScore} PageScore
 * @typedef {ReturnType<typeof snippetScore>} SnippetScore
 * @typedef {PageScore | SnippetScore} Score
 */
/**
 * One extractor's result on a page; `ms` is missing for Readability's cached results (--fast).
 * @template {Score} [S=Score]
 * @typedef {{ ms?: number, none: boolean, error?: string, length: number, signals?: string[], score: S }} Side
 */
/**
 * A page's row; `fold` is set by bench.mjs.
 * @template {Score} [S=Score]
 * @typedef {{ id: string, url: string, site: string, pageType: string, lang?: string, ours: Side<S>, theirs: Side<S>, fold?: number }} Row
 */
/**
 * @typedef {{ corpus: string, kind: 'truth', rows: Row<PageScore>[] }} TruthResult
 * @typedef {{ corpus: string, kind: 'snippets', rows: Row<SnippetScore>[] }} SnippetResult
 * @typedef {TruthResult | SnippetResult} CorpusResult
 */
/** @typedef {{ text: string, ms?: number, none: boolean, error?: string, signals?: string[] }} Run */

const args = parseArgs(process.argv.slice(2));
const name = option('corpus');
const corpus = CORPORA[name];
const dir = corpusDir(option('root'), name);
/** @type {typeof import('../../src/lib/index.ts')} */
const { extract, detect } = await import(pathToFileURL(join(option('dist'), 'lib', 'broadsheet.js')).href);
const cacheFile = join(option('cache'), `${name}-readability.json`);
/** @type {Record<string, { text: string, none: boolean }> | null} */
const cached = args.fast && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : null;
const now = () => performance.now();

warmUp();
const pages = corpus.list(dir);
/** @type {Run[]} */
const ours = [];
/** @type {Run[]} */
const theirs = [];
// One page at a time: a corpus of a thousand parsed documents does not fit the heap comfortably.
for (const page of pages) {
  const document = parseHTML(readPage(page)).document;
  const mine = runOurs(page, clone(document));
  ours.push(mine);
  // --why: the detection's signals (its last one says why the page is or is not an article).
  if (args.why) mine.signals = detect(clone(document)).signals;
  const reader = cached?.[page.id] ? { ...cached[page.id], ms: undefined } : runReadability(clone(document));
  theirs.push(reader);
  if (args.progress) process.stderr.write(`${name} ${page.id} ${mine.ms?.toFixed(0)} ms / ${reader.ms?.toFixed(0)} ms\n`);
}

/** A worker's option that bench.mjs always passes (a path or the corpus name). @param {string} key */
function option(key) {
  const value = args[key];
  if (typeof value !== 'string') throw new Error(`run-corpus: --${key} is required`);
  return value;
}

/** A deep copy of a document for one extractor (cloneNode is typed as returning a Node). @param {Document} document */
function clone(document) {
  return /** @type {Document} */ (document.cloneNode(true));
}

/** @param {import('./corpora.mjs').Page} page @param {Document} clone @returns {Run} */
function runOurs(page, clone) {
  const start = now();
  let article = null;
  let error;
  try {
    article = extract(clone, { url: page.url || undefined });
  } catch (caught) {
    error = errorText(caught);
  }
  return { text: article?.text ?? '', ms: now() - start, none: !article, error };
}

/** @param {unknown} caught */
function errorText(caught) {
  return String(/** @type {{ message?: unknown } | null | undefined} */ (caught)?.message ?? caught);
}

/** @param {Document} clone @returns {Run} */
function runReadability(clone) {
  const start = now();
  let result = null;
  let error;
  try {
    result = new Readability(clone, { serializer: (element) => element }).parse();
  } catch (caught) {
    error = errorText(caught);
  }
  const ms = now() - start;
  return { text: result?.content ? blockText(result.content) : '', ms, none: !result?.content, error };
}

if (!cached) {
  mkdirSync(option('cache'), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(pages.map((page, index) => [page.id, { text: theirs[index].text, none: theirs[index].none }]))));
}
if (args.dump) {
  const out = join(option('dump'), name);
  mkdirSync(out, { recursive: true });
  for (const [index, page] of pages.entries()) writeFileSync(join(out, `${page.id}.txt`), ours[index].text);
}

/** @param {import('./corpora.mjs').Page} page @param {Run} result @returns {Score} */
const score = (page, result) => (corpus.kind === 'snippets' && page.snippets ? snippetScore(result.text, page.snippets) : pageScore(result.text, page.truth));
const rows = pages.map((page, index) => ({
  id: page.id,
  url: page.url,
  site: page.site,
  pageType: page.pageType,
  lang: page.lang,
  ours: {
    ms: ours[index].ms,
    none: ours[index].none,
    error: ours[index].error,
    length: ours[index].text.length,
    signals: ours[index].signals,
    score: score(page, ours[index]),
  },
  theirs: { ms: theirs[index].ms, none: theirs[index].none, error: theirs[index].error, length: theirs[index].text.length, score: score(page, theirs[index]) },
}));
writeFileSync(option('out'), JSON.stringify({ corpus: name, kind: corpus.kind, rows }));

function warmUp() {
  const { document } = parseHTML(
    `<html><head><title>Warm</title></head><body><article><h1>Warm</h1><p>${'Warm-up paragraph text. '.repeat(20)}</p><p>${'Second paragraph. '.repeat(20)}</p></article></body></html>`,
  );
  extract(clone(document), { url: 'https://example.test/warm' });
  new Readability(clone(document)).parse();
}
