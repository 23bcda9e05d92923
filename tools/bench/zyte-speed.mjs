#!/usr/bin/env node
// @ts-check
// Speed against @mozilla/readability on the Zyte pages, in more detail than bench's table:
// `--runs N` repeats the first pass in fresh processes (a first pass on a shared machine is a
// noisy sample) and prints the median of the runs; `--passes N` adds the steady state of a
// long-running process; and one more pass of each shows what making HTML costs (Broadsheet's
// sanitized Article.html against Readability's unsanitized innerHTML). `--clock cpu` times by the
// process's CPU time instead of the wall clock. Run through `npm run bench -- --speed`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { CORPORA, corpusDir, readPage } from './corpora.mjs';
import { median, p95, fixed, parseArgs, stringArg } from './stats.mjs';

/** An extractor timed on one page (its result is not used). @typedef {(document: Document, url: string) => unknown} Run */

const args = parseArgs(process.argv.slice(2));
const now = args.clock === 'cpu' ? cpuMs : () => performance.now();
const libFile = join(required('dist'), 'lib', 'broadsheet.js');
/** @type {typeof import('../../src/lib/index.ts')} */
const { extract } = await import(pathToFileURL(libFile).href);
const pages = CORPORA['zyte-dev'].list(corpusDir(required('root'), 'zyte-dev')).map((page) => ({ ...page, document: parseHTML(readPage(page)).document }));

/** @type {Run} */
const mine = (document, url) => extract(document, { url });
/** @type {Run} */
const reader = (document) => new Readability(document, { serializer: (element) => element }).parse();

warmUp();
const first = { mine: timeAll(mine), reader: timeAll(reader) };
const summary = { mine: median(first.mine), mineP95: p95(first.mine), reader: median(first.reader), readerP95: p95(first.reader) };
if (args['first-pass-only']) {
  console.log(JSON.stringify(summary));
  process.exit(0);
}
console.log(`\nspeed on ${pages.length} Zyte pages${args.clock === 'cpu' ? ' (process CPU time)' : ''}`);
console.log(
  `first pass: Broadsheet median ${fixed(summary.mine, 1)} p95 ${fixed(summary.mineP95, 1)}, Readability median ${fixed(summary.reader, 1)} p95 ${fixed(summary.readerP95, 1)}; ratio median ${(summary.mine / summary.reader).toFixed(2)}x`,
);
const runs = Number(args.runs ?? 1);
if (runs > 1) reportRuns(runs, summary);
const passes = Number(args.passes ?? 1);
if (passes > 1) {
  /** @type {number[]} */
  let steadyMine = [];
  /** @type {number[]} */
  let steadyReader = [];
  for (let pass = 2; pass <= passes; pass += 1) {
    steadyMine = timeAll(mine);
    steadyReader = timeAll(reader);
  }
  console.log(
    `pass ${passes} (steady state): Broadsheet median ${fixed(median(steadyMine), 1)}, Readability median ${fixed(median(steadyReader), 1)}; ratio median ${(median(steadyMine) / median(steadyReader)).toFixed(2)}x`,
  );
}
const mineHtml = timeAll((document, url) => extract(document, { url })?.html.length);
const readerHtml = timeAll((document) => new Readability(document).parse()?.content?.length);
console.log(
  `with HTML made (Broadsheet's sanitized Article.html; Readability's innerHTML, unsanitized): Broadsheet median ${fixed(median(mineHtml), 1)} p95 ${fixed(p95(mineHtml), 1)}, Readability median ${fixed(median(readerHtml), 1)} p95 ${fixed(p95(readerHtml), 1)}; ratio median ${(median(mineHtml) / median(readerHtml)).toFixed(2)}x`,
);

/** An option bench.mjs always passes (--dist, --root). @param {string} key */
function required(key) {
  const value = stringArg(args, key);
  if (value === undefined) throw new Error(`zyte-speed: --${key} is required`);
  return value;
}

/**
 * Milliseconds per page for one extractor; clones are made outside the timed region.
 * @param {Run} run
 */
function timeAll(run) {
  return pages.map(({ document, url }) => {
    const clone = /** @type {Document} */ (document.cloneNode(true));
    const start = now();
    try {
      run(clone, url);
    } catch {
      // A throw is timed like a result.
    }
    return now() - start;
  });
}

/**
 * @param {number} count
 * @param {typeof summary} firstRun
 */
function reportRuns(count, firstRun) {
  const forwarded = ['dist', 'root', 'clock'].flatMap((name) => (args[name] ? [`--${name}`, String(args[name])] : []));
  const results = [firstRun];
  for (let run = 2; run <= count; run += 1) {
    const child = spawnSync(process.execPath, [import.meta.filename, ...forwarded, '--first-pass-only'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    try {
      results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? ''));
    } catch {
      console.log(`bench: run ${run} failed: ${child.stderr.trim().split('\n').at(-1) ?? ''}`);
    }
  }
  const ratios = results.map((result) => result.mine / result.reader);
  console.log(
    `first pass in ${results.length} fresh processes: ratio per run ${ratios.map((ratio) => ratio.toFixed(2)).join(' ')}; median ${median(ratios).toFixed(2)}x`,
  );
}

function warmUp() {
  const { document } = parseHTML(
    `<html><body><article><h1>Warm</h1><p>${'Warm-up paragraph text. '.repeat(20)}</p><p>${'Second paragraph. '.repeat(20)}</p></article></body></html>`,
  );
  extract(/** @type {Document} */ (document.cloneNode(true)), { url: 'https://example.test/warm' });
  new Readability(/** @type {Document} */ (document.cloneNode(true))).parse();
}

function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
