#!/usr/bin/env node
// @ts-check
// `npm run size`: gzip sizes of what ships, against the budgets. `npm run build` runs it last
// and fails when a budget is exceeded: a budget is a decision, raised in this file with the
// reason, never by accident.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The content script loads on every page, but only its gate is compiled there: the page cleaner
// (every theme's full rules) is a function body compiled on theme pages alone. 12 → 14 kB when
// the themes real sites run were added (Jarida, ZoxPress, MH Magazine, the rewritten Zox News)
// with the evidence that survives cache plugins (inline settings objects, wrapper ids).
// The popup's is mostly DOMPurify (~30 kB of its minified code); the rest is the extraction
// engine, whose language data (credit, byline and month-name vocabularies) took it from 45 to
// 50 kB, and the new themes' reading data and the site's rules to 52 kB; settings v4 (the
// Listen choices, validated wherever settings are read), the picker's two buttons and
// Newspack's reading data to 54 kB (2026-12-06).
// The hide-rules script loads at document_start on the sites with hide rules alone: it must stay
// tiny. The picker is injected only when the reader asks for it; it carries the extraction
// engine (checkHideRule refuses a rule that would hide the article) and the settings validation.
/** @type {Record<string, number>} */
const BUDGETS = { 'content script': 14 * 1024, 'popup JavaScript': 54 * 1024, 'hide-rules script': 2 * 1024, 'picker script': 50 * 1024 };
const out = process.env.BROADSHEET_DIST ?? 'dist';
const dist = `${out}/chrome`;

/** @param {string[]} files */
const gz = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** @param {string} dir */
function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile() && path.endsWith('.js'));
}

/**
 * The scripts an HTML page loads, followed through static imports: its <script src>, and the
 * scripts it preloads (the popup preloads popup.js and adds the <script> after load).
 * @param {string} htmlPath
 */
function pageScripts(htmlPath) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(dist, m[1]));
  for (const [link] of html.matchAll(/<link\b[^>]*>/g)) {
    const preloadsScript = /\brel="modulepreload"/.test(link) || (/\brel="preload"/.test(link) && /\bas="script"/.test(link));
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (preloadsScript && href) queue.push(join(dist, href));
  }
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith('/') ? join(dist, m[1]) : join(file, '..', m[1]));
    }
  }
  return [...seen];
}

/** @type {Array<[string, number]>} */
const rows = [
  ['content script', gz([join(dist, 'content.js')])],
  ['hide-rules script', gz([join(dist, 'hide-rules.js')])],
  ['picker script', gz([join(dist, 'picker.js')])],
  ['popup JavaScript', gz(pageScripts('src/popup/index.html'))],
  ['options JavaScript', gz(pageScripts('src/options/index.html'))],
  ['all extension JavaScript', gz(jsFiles(dist))],
  ['library (dist/lib)', gz(jsFiles(`${out}/lib`))],
];
let over = 0;
for (const [name, bytes] of rows) {
  const budget = BUDGETS[name];
  if (budget && bytes > budget) over += 1;
  const verdict = budget ? (bytes <= budget ? `within ${kb(budget)}` : `OVER ${kb(budget)} budget`) : '';
  process.stdout.write(`${name.padEnd(26)} ${kb(bytes).padStart(9)} gzip  ${verdict}\n`);
}
if (over) {
  process.stderr.write(`size: ${over} budget${over > 1 ? 's' : ''} exceeded (scripts/size.mjs)\n`);
  process.exit(1);
}
