#!/usr/bin/env node
// @ts-check
// `npm run bench [-- --corpus a,b] [--folds 5] [--holdout K] [--fast] [--rows FILE] [--dump DIR]
//                  [--speed [--runs N] [--passes N] [--clock cpu]] [--dist DIR] [--root DIR] [--verbose]`
// A benchmark, not a test: prints numbers. Every development corpus of ../shared/corpus (its
// README defines them) is run through Broadsheet's built library and @mozilla/readability on
// the same linkedom documents, one corpus per process, two at a time; each prints its own line.
//   --folds N     five fixed folds by site (a site never sits in two), a line per fold
//   --holdout K   with --folds: the folds you develop on against fold K, held back
//   --fast        reuse Readability's cached results (no Readability timings)
//   --rows FILE   every page's scores as JSON, for studying failures (fold included)
//   --dump DIR    Broadsheet's text per page, DIR/<corpus>/<id>.txt
//   --why         each row also records detect()'s signals (why a page is or is not an article)
//   --speed       the Zyte speed detail (first pass in fresh processes, steady state, with HTML)
//   --real-themes real news-theme pages: theme recognised, headline, first paragraph, license bar;
//                 then readability-pages as false positives (recognised as a theme, clean() removals)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPORA, corpusPresent } from './bench/corpora.mjs';
import { foldOf } from './bench/folds.mjs';
import { aggregate } from './bench/metric.mjs';
import { benchReadabilityPages } from './bench/readability-pages.mjs';
import { benchRealThemes, benchThemeFalsePositives } from './bench/real-themes.mjs';
import { fixed, mean, median, parseArgs, printTable, stringArg } from './bench/stats.mjs';

/**
 * @typedef {import('./bench/run-corpus.mjs').CorpusResult} CorpusResult
 * @typedef {import('./bench/run-corpus.mjs').TruthResult} TruthResult
 * @typedef {import('./bench/run-corpus.mjs').Row} Row
 * @typedef {import('./bench/run-corpus.mjs').Row<import('./bench/metric.mjs').PageScore>} TruthRow
 * @typedef {import('./bench/run-corpus.mjs').Row<import('./bench/run-corpus.mjs').SnippetScore>} SnippetRow
 * @typedef {import('./bench/metric.mjs').PageScore} PageScore
 * @typedef {'ours' | 'theirs'} Side
 * @typedef {import('./bench/real-themes.mjs').Library} Library
 */

const repo = resolve(import.meta.dirname, '..');
const args = parseArgs(process.argv.slice(2));
const dist = resolve(stringArg(args, 'dist') ?? join(repo, 'dist'));
const root = resolve(stringArg(args, 'root') ?? join(repo, '..', 'shared', 'corpus'));
const folds = Number(args.folds ?? 0);
const holdout = args.holdout === undefined ? undefined : Number(args.holdout);
const libFile = join(dist, 'lib', 'broadsheet.js');
if (!existsSync(libFile)) {
  console.log(`bench: no built library at ${libFile}; run \`npm run build\` (or pass --dist DIR).`);
  process.exit(0);
}
if (!existsSync(root)) {
  console.log(`bench: no corpora at ${root}; nothing to measure.`);
  process.exit(0);
}

const wanted = args.corpus ? String(args.corpus).split(',') : args['real-themes'] ? [] : [...Object.keys(CORPORA), 'readability-pages'];
const textCorpora = wanted.filter((name) => CORPORA[name]);
for (const name of textCorpora.filter((name) => !corpusPresent(root, name))) console.log(`bench: corpus ${name} is missing under ${root}; skipped.`);
const rowsFile = stringArg(args, 'rows');
const results = await runAll(textCorpora.filter((name) => corpusPresent(root, name)));
for (const result of results) for (const row of result.rows) row.fold = foldOf(row.site, folds || 5);

report(results);
if (rowsFile) writeFileSync(rowsFile, JSON.stringify(results));
if (wanted.includes('readability-pages')) {
  const dir = join(root, 'readability-pages');
  if (existsSync(dir)) {
    /** @type {Library} */
    const { extract } = await import(pathToFileURL(libFile).href);
    benchReadabilityPages(dir, extract, { verbose: !!args.verbose });
  } else console.log(`bench: corpus ${dir} is missing; skipped.`);
}
if (args['real-themes'] || wanted.includes('real-themes')) {
  /** @type {Library} */
  const library = await import(pathToFileURL(libFile).href);
  benchRealThemes(join(root, 'real-themes'), library, { verbose: !!args.verbose });
  benchThemeFalsePositives(join(root, 'readability-pages'), library, { verbose: !!args.verbose });
}
if (args.speed && corpusPresent(root, 'zyte-dev')) {
  const forwarded = ['runs', 'passes', 'clock'].flatMap((name) => (args[name] ? [`--${name}`, String(args[name])] : []));
  spawnSync(process.execPath, [join(repo, 'tools/bench/zyte-speed.mjs'), '--dist', dist, '--root', root, ...forwarded], { stdio: 'inherit' });
}

/**
 * Each corpus in its own process, two at a time (this machine has two cores).
 * @param {string[]} names
 */
async function runAll(names) {
  const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
  const queue = [...names].sort((a, b) => weight(b) - weight(a));
  /** @type {CorpusResult[]} */
  const done = [];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const out = join(scratch, `${name}.json`);
      const workerArgs = ['--corpus', name, '--root', root, '--dist', dist, '--out', out, '--cache', join(repo, 'artifacts', 'bench-cache')];
      if (args.fast) workerArgs.push('--fast');
      if (args.why) workerArgs.push('--why');
      if (args.dump) workerArgs.push('--dump', resolve(String(args.dump)));
      const code = await new Promise((resolveExit) => {
        const child = spawn(process.execPath, ['--max-old-space-size=4096', join(repo, 'tools/bench/run-corpus.mjs'), ...workerArgs], {
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        child.on('exit', resolveExit);
      });
      if (code === 0 && existsSync(out)) done.push(JSON.parse(readFileSync(out, 'utf8')));
      else console.log(`bench: ${name} failed (exit ${code})`);
    }
  };
  await Promise.all([worker(), worker()]);
  rmSync(scratch, { recursive: true, force: true });
  return wanted.flatMap((name) => done.filter((result) => result.corpus === name));
}

/** @param {string} name */
function weight(name) {
  /** @type {Record<string, number>} */
  const weights = { 'wcxb-dev': 4, 'dragnet-dev': 3, 'trafilatura-eval-dev': 2 };
  return weights[name] ?? 1;
}

/** @param {CorpusResult[]} all */
function report(all) {
  const truth = all.filter((result) => result.kind === 'truth');
  const snippets = all.filter((result) => result.kind === 'snippets');
  if (truth.length) {
    console.log(`\nExtraction quality: the Zyte benchmark's metric on Article.text (Readability: its content, block text), corpora under ${root}\n`);
    const lines = truth.flatMap((result) => splitByArticle(result).map(([label, rows]) => truthLine(label, rows)));
    printTable(
      [
        'corpus',
        'pages',
        'P',
        'R',
        'F1',
        'exact',
        'F1<0.5',
        'no article',
        'Readability P',
        'R',
        'F1',
        'exact',
        'F1<0.5',
        'no article',
        'ms',
        'Readability ms',
        'ratio',
      ],
      lines,
    );
    const articleScores = truth.map((result) => [score(articleRows(result.rows), 'ours'), score(articleRows(result.rows), 'theirs')]);
    console.log(
      `\nmean over corpora (article pages): Broadsheet F1 ${fixed(mean(articleScores.map(([ours]) => ours.f1)))}, Readability F1 ${fixed(mean(articleScores.map(([, theirs]) => theirs.f1)))}`,
    );
    const typed = truth.filter((result) => new Set(result.rows.map((row) => row.pageType)).size > 1);
    for (const result of typed) {
      console.log(`\n"No article" by page type, ${result.corpus}\n`);
      const types = [...new Set(result.rows.map((row) => row.pageType))].sort();
      printTable(
        ['pageType', 'pages', 'Broadsheet: no article', 'Readability: no article', 'Broadsheet F1', 'Readability F1'],
        types.map((type) => {
          const rows = result.rows.filter((row) => row.pageType === type);
          return [type, rows.length, count(rows, 'ours'), count(rows, 'theirs'), fixed(score(rows, 'ours').f1), fixed(score(rows, 'theirs').f1)];
        }),
      );
    }
  }
  for (const result of snippets) {
    console.log(`\nSnippet judgements, ${result.corpus} (${result.rows.length} pages): share of wanted snippets found, of unwanted snippets absent\n`);
    printTable(
      ['extractor', 'found', 'absent', 'no article'],
      [
        [
          'Broadsheet',
          fixed(mean(result.rows.map((row) => row.ours.score.found))),
          fixed(mean(result.rows.map((row) => row.ours.score.absent))),
          count(result.rows, 'ours'),
        ],
        [
          'Readability',
          fixed(mean(result.rows.map((row) => row.theirs.score.found))),
          fixed(mean(result.rows.map((row) => row.theirs.score.absent))),
          count(result.rows, 'theirs'),
        ],
      ],
    );
  }
  if (folds) reportFolds(all);
  if (args.verbose) reportWorst(truth);
}

/**
 * Per fold, and the spread of the folds: what a page of an unseen site can expect.
 * @param {CorpusResult[]} all
 */
function reportFolds(all) {
  console.log(`\nCross-validation: ${folds} folds by site${holdout === undefined ? '' : `, fold ${holdout} held back`}\n`);
  const lines = [];
  for (const result of all) {
    const rows = result.kind === 'truth' ? articleRows(result.rows) : result.rows;
    /** @type {number[]} */
    const perFold = [];
    for (let fold = 0; fold < folds; fold += 1) {
      const inFold = rows.filter((row) => row.fold === fold);
      if (!inFold.length) continue;
      const figure = foldFigure(result.kind, inFold);
      perFold.push(figure.ours);
      lines.push([
        result.corpus,
        fold === holdout ? `${fold} (held)` : String(fold),
        inFold.length,
        new Set(inFold.map((row) => row.site)).size,
        fixed(figure.ours),
        fixed(figure.theirs),
        count(inFold, 'ours'),
        count(inFold, 'theirs'),
      ]);
    }
    const spread = Math.sqrt(mean(perFold.map((value) => (value - mean(perFold)) ** 2)));
    lines.push([
      result.corpus,
      'mean ± sd',
      rows.length,
      new Set(rows.map((row) => row.site)).size,
      `${fixed(mean(perFold))} ± ${fixed(spread)}`,
      '',
      count(rows, 'ours'),
      count(rows, 'theirs'),
    ]);
    if (holdout !== undefined) {
      const develop = rows.filter((row) => row.fold !== holdout);
      const figure = foldFigure(result.kind, develop);
      lines.push([
        result.corpus,
        'develop folds',
        develop.length,
        new Set(develop.map((row) => row.site)).size,
        fixed(figure.ours),
        fixed(figure.theirs),
        count(develop, 'ours'),
        count(develop, 'theirs'),
      ]);
    }
  }
  printTable(['corpus', 'fold', 'pages', 'sites', 'Broadsheet F1 (found)', 'Readability F1 (found)', 'B no article', 'R no article'], lines);
}

/**
 * @param {CorpusResult['kind']} kind
 * @param {Row[]} rows rows of a corpus of that kind
 */
function foldFigure(kind, rows) {
  if (kind === 'snippets') {
    const snippetRows = /** @type {SnippetRow[]} */ (rows);
    return { ours: mean(snippetRows.map((row) => row.ours.score.found)), theirs: mean(snippetRows.map((row) => row.theirs.score.found)) };
  }
  const truthRows = /** @type {TruthRow[]} */ (rows);
  return { ours: score(truthRows, 'ours').f1, theirs: score(truthRows, 'theirs').f1 };
}

/**
 * The pages where we lose most against the truth (--verbose).
 * @param {TruthResult[]} truth
 */
function reportWorst(truth) {
  for (const result of truth) {
    const worst = articleRows(result.rows)
      .map((row) => ({ row, f1: pageF1(row.ours.score), theirs: pageF1(row.theirs.score) }))
      .filter(({ f1 }) => f1 < 0.8)
      .sort((a, b) => a.f1 - b.f1);
    if (!worst.length) continue;
    console.log(`\n${result.corpus}: article pages under F1 0.8 (Broadsheet / Readability)`);
    for (const { row, f1, theirs } of worst)
      console.log(`  ${row.id} fold ${row.fold} ${fixed(f1)} / ${fixed(theirs)}${row.ours.none ? ' no article' : ''}  ${row.url}`);
  }
}

/** @param {TruthResult} result @returns {Array<[string, TruthRow[]]>} */
function splitByArticle(result) {
  const types = new Set(result.rows.map((row) => row.pageType));
  if (types.size <= 1) return [[result.corpus, result.rows]];
  return [
    [`${result.corpus} articles`, result.rows.filter((row) => row.pageType === 'article')],
    [`${result.corpus} other types`, result.rows.filter((row) => row.pageType !== 'article')],
  ];
}

/** @template {Row} R @param {R[]} rows */
function articleRows(rows) {
  return rows.filter((row) => row.pageType === 'article');
}

/** @param {string} label @param {TruthRow[]} rows */
function truthLine(label, rows) {
  const ours = score(rows, 'ours');
  const theirs = score(rows, 'theirs');
  const oursMs = median(rows.map((row) => row.ours.ms));
  const theirsMs = median(rows.map((row) => row.theirs.ms));
  return [
    label,
    rows.length,
    ...cells(ours),
    low(rows, 'ours'),
    count(rows, 'ours'),
    ...cells(theirs),
    low(rows, 'theirs'),
    count(rows, 'theirs'),
    fixed(oursMs, 1),
    fixed(theirsMs, 1),
    Number.isFinite(theirsMs) ? `${(oursMs / theirsMs).toFixed(2)}x` : '-',
  ];
}

/** @param {TruthRow[]} rows @param {Side} side */
function score(rows, side) {
  return aggregate(rows.map((row) => row[side].score));
}

/** @param {ReturnType<typeof aggregate>} figure */
function cells(figure) {
  return [fixed(figure.precision), fixed(figure.recall), fixed(figure.f1), fixed(figure.accuracy)];
}

/** @param {Row[]} rows @param {Side} side */
function count(rows, side) {
  return rows.filter((row) => row[side].none).length;
}

/** @param {TruthRow[]} rows @param {Side} side */
function low(rows, side) {
  return rows.filter((row) => row[side].score.hasTruth && pageF1(row[side].score) < 0.5).length;
}

/** @param {PageScore} page */
function pageF1(page) {
  const denominator = 2 * page.tp + page.fp + page.fn;
  return denominator ? (2 * page.tp) / denominator : 1;
}
