// @ts-check
// Mozilla Readability's own test pages: metadata agreement (title, byline, lang, dir) with the
// expected-metadata.json each page carries, and how often each side says "no article" on a page
// Readability's own isProbablyReaderable calls readerable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { median, p95, fixed, printTable } from './stats.mjs';

const READABILITY_URL = 'http://fakehost/test/page.html';
const FIELDS = /** @type {const} */ (['title', 'byline', 'lang', 'dir']);

/**
 * @param {string} dir
 * @param {typeof import('../../src/lib/index.ts').extract} extract the built library's extract()
 */
export function benchReadabilityPages(dir, extract, { verbose = false } = {}) {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  const agree = Object.fromEntries(FIELDS.map((field) => [field, 0]));
  /** @type {string[]} */
  const throws = [];
  /** @type {string[]} */
  const misses = [];
  /** @type {number[]} */
  const oursMs = [];
  /** @type {number[]} */
  const theirsMs = [];
  let articles = 0;
  let readerable = 0;
  let refusedReaderable = 0;
  for (const name of names) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'));
    const { document } = parseHTML(html);
    const clone = /** @type {Document} */ (document.cloneNode(true));
    let start = performance.now();
    let article = null;
    try {
      article = extract(clone, { url: READABILITY_URL });
    } catch (error) {
      throws.push(`${name}: ${/** @type {{ message?: unknown } | null | undefined} */ (error)?.message ?? error}`);
    }
    oursMs.push(performance.now() - start);
    const other = /** @type {Document} */ (document.cloneNode(true));
    start = performance.now();
    try {
      new Readability(other).parse();
    } catch {
      // Readability's own failures are not ours to report.
    }
    theirsMs.push(performance.now() - start);
    if (article) articles += 1;
    if (expected.readerable) {
      readerable += 1;
      if (!article) refusedReaderable += 1;
    }
    for (const field of FIELDS) {
      const want = normalise(field, expected[field]);
      const got = normalise(field, article?.[field]);
      // dir: Readability reports null when the page declares none; Broadsheet always says ltr/rtl.
      const same = field === 'dir' && want === '' ? got === '' || got === 'ltr' : want === got;
      if (same) agree[field] += 1;
      else misses.push(`${name} ${field}: expected ${JSON.stringify(expected[field])} got ${JSON.stringify(article?.[field])}`);
    }
  }
  console.log(`\nReadability's test pages, ${dir} (${names.length} pages, URL ${READABILITY_URL})\n`);
  printTable(
    [
      'pages',
      'threw',
      'articles',
      'no article on readerable',
      ...FIELDS.map((field) => `${field} agree`),
      'median ms',
      'p95 ms',
      'Readability median',
      'Readability p95',
    ],
    [
      [
        names.length,
        throws.length,
        articles,
        `${refusedReaderable}/${readerable}`,
        ...FIELDS.map((field) => `${agree[field]}/${names.length}`),
        fixed(median(oursMs), 1),
        fixed(p95(oursMs), 1),
        fixed(median(theirsMs), 1),
        fixed(p95(theirsMs), 1),
      ],
    ],
  );
  for (const line of throws) console.log(`threw: ${line}`);
  if (verbose) for (const line of misses) console.log(`  ${line}`);
}

/** @param {string} field @param {unknown} value */
function normalise(field, value) {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\s+/g, ' ').trim();
  return field === 'lang' || field === 'dir' ? text.toLowerCase() : text;
}
