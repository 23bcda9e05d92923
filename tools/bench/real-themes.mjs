// @ts-check
// Real pages of WordPress news-theme sites (../shared/corpus/real-themes, see its README): per
// page and per theme, whether Broadsheet recognises the theme, prints the headline as the
// page's <h1> shows it, keeps the article's first paragraph, and, on TieLabs themes (Jannah,
// Sahifa, Jarida), removes a license bar inserted as the theme prints it while keeping the
// article. Run as `npm run bench -- --real-themes`. A false-positive check follows: the real
// pages of other sites in ../shared/corpus/readability-pages (no news theme among them) must
// never be recognised as a theme, and clean() should remove nothing from them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { combineAssets } from '../../tests/helpers/cache-plugin.mjs';
import { printTable } from './stats.mjs';

/**
 * The built library (dist/lib/broadsheet.js), typed by its source.
 * @typedef {typeof import('../../src/lib/index.ts')} Library
 */
/**
 * An entry of the corpus's index.json.
 * @typedef {{ file: string, url: string, theme: string, pageType: string, title: string, firstParagraph: string }} ThemePage
 */
/**
 * A page's checks: true/false, or undefined where a check does not apply to the page.
 * @typedef {{ file: string, theme: string, single: boolean, recognised: boolean, seen: string, combined: boolean, headline: boolean | undefined, title: string | undefined, first: boolean | undefined, none: boolean, barRemoved?: boolean, articleKept?: boolean }} ThemeRow
 * @typedef {'recognised' | 'combined' | 'headline' | 'first' | 'barRemoved' | 'articleKept'} Check
 */

/**
 * The bar as TieLabs themes print it before </body> when the purchase code is not validated.
 * @type {Record<string, string>}
 */
const TIELABS = { jannah: 'Jannah', sahifa: 'Sahifa', jarida: 'Jarida' };
/** @param {string} name @param {string} slug */
const licenseBar = (name, slug) =>
  `<div class="theme-notice" style="z-index:9999999!important;position:fixed!important;width:100%!important;bottom:0!important;display:block!important;text-align:center;background:#f44336!important;color:#fff!important;"><a style="color: #fff; text-decoration: underline;" href="https://tielabs.com/buy/${slug}?utm_source=footer-bar&amp;utm_medium=link&amp;utm_campaign=${slug}">${name} Theme</a> License is not validated, Go to the theme options page to validate the license, You need a single license for each domain name.</div>`;

const squash = (/** @type {string | null | undefined} */ text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
/** Text compared without whitespace: page markup splits words from punctuation in ways the index's text does not. */
const bare = (/** @type {string | null | undefined} */ text) => String(text ?? '').replace(/\s+/g, '');

/** @param {string} dir @param {Library} library */
export function benchRealThemes(dir, { detect, extract, clean }, { verbose = false } = {}) {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    console.log(`bench: corpus ${dir} is missing; skipping the real theme pages.`);
    return;
  }
  /** @type {ThemePage[]} */
  const pages = JSON.parse(readFileSync(indexFile, 'utf8'));
  const rows = pages.map((entry) => {
    const html = readFileSync(join(dir, entry.file), 'utf8');
    const detection = detect(parseHTML(html).document);
    const article = extract(parseHTML(html).document, { url: entry.url });
    const single = entry.pageType === 'single';
    /** @type {ThemeRow} */
    const row = {
      file: entry.file,
      theme: entry.theme,
      single,
      recognised: detection.theme?.id === entry.theme,
      seen: detection.theme?.id ?? '-',
      // The same page behind a cache plugin that combined and renamed every asset.
      combined: detect(parseHTML(combineAssets(html)).document).theme?.id === entry.theme,
      headline: single ? squash(article?.title) === squash(entry.title) : undefined,
      title: article?.title,
      first: single ? bare(article?.text).includes(bare(entry.firstParagraph)) : undefined,
      none: single && !article,
    };
    const vendor = TIELABS[entry.theme];
    if (vendor) {
      const withBar = html.replace(/<\/body>/i, `${licenseBar(vendor, entry.theme)}</body>`);
      const document = parseHTML(withBar).document;
      clean(document);
      const after = bare(document.body?.textContent);
      row.barRemoved = !after.includes(bare('License is not validated'));
      row.articleKept = !single || after.includes(bare(entry.firstParagraph));
    }
    return row;
  });
  console.log(`\nReal news-theme pages, ${dir} (${rows.length} pages)\n`);
  const themes = [...new Set(rows.map((row) => row.theme))].sort();
  /** @param {ThemeRow[]} list @param {Check} key */
  const count = (list, key) => list.filter((row) => row[key] === true).length;
  /** @param {ThemeRow[]} list @param {Check} key */
  const of = (list, key) => list.filter((row) => row[key] !== undefined).length;
  /** @param {ThemeRow[]} list @param {Check} key */
  const cell = (list, key) => (of(list, key) ? `${count(list, key)}/${of(list, key)}` : '-');
  printTable(
    ['theme', 'pages', 'recognised', 'assets combined', 'headline = h1', 'first paragraph', 'license bar removed', 'article kept'],
    [
      ...themes.map((theme) => {
        const list = rows.filter((row) => row.theme === theme);
        return [
          theme,
          list.length,
          `${count(list, 'recognised')}/${list.length}`,
          `${count(list, 'combined')}/${list.length}`,
          cell(list, 'headline'),
          cell(list, 'first'),
          cell(list, 'barRemoved'),
          cell(list, 'articleKept'),
        ];
      }),
      [
        'all',
        rows.length,
        `${count(rows, 'recognised')}/${rows.length}`,
        `${count(rows, 'combined')}/${rows.length}`,
        cell(rows, 'headline'),
        cell(rows, 'first'),
        cell(rows, 'barRemoved'),
        cell(rows, 'articleKept'),
      ],
    ],
  );
  if (verbose) {
    for (const row of rows) {
      const misses = [
        row.recognised ? '' : `recognised as ${row.seen}`,
        row.combined ? '' : 'not recognised with assets combined',
        row.headline === false ? `title ${JSON.stringify(row.title)}` : '',
        row.first === false ? (row.none ? 'no article' : 'first paragraph missing') : '',
        row.barRemoved === false ? 'license bar left' : '',
        row.articleKept === false ? 'article lost by clean()' : '',
      ].filter(Boolean);
      if (misses.length) console.log(`  ${row.file}: ${misses.join('; ')}`);
    }
  }
}

/**
 * detect() and clean() over Readability's test pages, none of which runs a supported news
 * theme: how many are recognised as a theme (must be 0) and how many lose anything to clean().
 * @param {string} dir
 * @param {Library} library
 */
export function benchThemeFalsePositives(dir, { detect, clean }, { verbose = false } = {}) {
  if (!existsSync(dir)) {
    console.log(`bench: corpus ${dir} is missing; skipping the false-positive check.`);
    return;
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  /** @type {string[]} */
  const recognised = [];
  /** @type {string[]} */
  const cleaned = [];
  for (const name of names) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const detection = detect(parseHTML(html).document);
    const { theme } = detection;
    if (theme) recognised.push(`${name}: ${theme.id} (${detection.signals.filter((signal) => signal.startsWith(`${theme.id}:`)).join(' ')})`);
    const report = clean(parseHTML(html).document);
    if (report.removed.length > 0)
      cleaned.push(
        `${name}: ${report.removed.length} removed (${Object.entries(report.counts)
          .map(([kind, count]) => `${kind} ${count}`)
          .join(', ')})`,
      );
  }
  console.log(`\nFalse positives: other sites' pages, ${dir} (${names.length} pages)\n`);
  printTable(['pages', 'recognised as a theme', 'any clean() removal'], [[names.length, recognised.length, cleaned.length]]);
  for (const line of recognised) console.log(`  recognised: ${line}`);
  if (verbose) for (const line of cleaned) console.log(`  cleaned: ${line}`);
}
