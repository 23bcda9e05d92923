#!/usr/bin/env node
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

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, list) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), list[index + 1]?.startsWith('--') || list[index + 1] === undefined ? true : list[index + 1]]);
    return pairs;
  }, []),
);
const name = args.corpus;
const corpus = CORPORA[name];
const dir = corpusDir(args.root, name);
const { extract, detect } = await import(pathToFileURL(join(args.dist, 'lib', 'broadsheet.js')).href);
const cacheFile = join(args.cache, `${name}-readability.json`);
const cached = args.fast && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : null;
const now = () => performance.now();

warmUp();
const pages = corpus.list(dir);
const ours = [];
const theirs = [];
// One page at a time: a corpus of a thousand parsed documents does not fit the heap comfortably.
for (const page of pages) {
  const document = parseHTML(readPage(page)).document;
  ours.push(runOurs(page, document.cloneNode(true)));
  // --why: the detection's signals (its last one says why the page is or is not an article).
  if (args.why) ours.at(-1).signals = detect(document.cloneNode(true)).signals;
  theirs.push(cached?.[page.id] ? { ...cached[page.id], ms: undefined } : runReadability(document.cloneNode(true)));
  if (args.progress) process.stderr.write(`${name} ${page.id} ${ours.at(-1).ms.toFixed(0)} ms / ${theirs.at(-1).ms?.toFixed(0)} ms\n`);
}

function runOurs(page, clone) {
  const start = now();
  let article = null;
  let error;
  try {
    article = extract(clone, { url: page.url || undefined });
  } catch (caught) {
    error = String(caught?.message ?? caught);
  }
  return { text: article?.text ?? '', ms: now() - start, none: !article, error };
}

function runReadability(clone) {
  const start = now();
  let result = null;
  let error;
  try {
    result = new Readability(clone, { serializer: (element) => element }).parse();
  } catch (caught) {
    error = String(caught?.message ?? caught);
  }
  const ms = now() - start;
  return { text: result?.content ? blockText(result.content) : '', ms, none: !result?.content, error };
}

if (!cached) {
  mkdirSync(args.cache, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(pages.map((page, index) => [page.id, { text: theirs[index].text, none: theirs[index].none }]))));
}
if (args.dump) {
  const out = join(args.dump, name);
  mkdirSync(out, { recursive: true });
  for (const [index, page] of pages.entries()) writeFileSync(join(out, `${page.id}.txt`), ours[index].text);
}

const score = (page, result) => (corpus.kind === 'snippets' ? snippetScore(result.text, page.snippets) : pageScore(result.text, page.truth));
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
writeFileSync(args.out, JSON.stringify({ corpus: name, kind: corpus.kind, rows }));

function warmUp() {
  const { document } = parseHTML(
    `<html><head><title>Warm</title></head><body><article><h1>Warm</h1><p>${'Warm-up paragraph text. '.repeat(20)}</p><p>${'Second paragraph. '.repeat(20)}</p></article></body></html>`,
  );
  extract(document.cloneNode(true), { url: 'https://example.test/warm' });
  new Readability(document.cloneNode(true)).parse();
}
