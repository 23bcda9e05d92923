#!/usr/bin/env node
// @ts-check
// `npm run fixtures:update -- <name…>` (or `-- --all`): the one way to rewrite a fixture's
// expected outputs from what the current engine gives: the Article (<name>.expected.json, or
// null) and the clean() report (<name>.clean.json). It builds the library first and reads the
// page under jsdom at its line-1 URL. Review the diff before committing. It never runs in CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { JSDOM } from 'jsdom';
import { expectedFile, fixtureNames, loadFixture } from '../tests/helpers/fixture-files.mjs';
import { viteBuild } from './vite-build.mjs';

if (process.env.CI) {
  console.error('fixtures:update rewrites expected outputs; it does not run in CI.');
  process.exit(1);
}
const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const all = fixtureNames();
const names = args.includes('--all') ? all.filter((name) => existsSync(expectedFile(name, 'expected'))) : args;
if (!names.length) {
  console.error('usage: npm run fixtures:update -- <fixture name…> | --all');
  process.exit(2);
}
const unknown = names.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`fixtures:update: no such fixture: ${unknown.join(', ')}`);
  process.exit(2);
}
if (!viteBuild('vite.lib.config.ts', { TARGET: 'lib' }, 'error')) process.exit(1);
const { clean, extract } = await import(pathToFileURL(join(repo, 'dist', 'lib', 'broadsheet.js')).href);
for (const name of names) {
  const { html, url } = loadFixture(name);
  const article = extract(new JSDOM(html, { url }).window.document, { url });
  const report = clean(new JSDOM(html, { url }).window.document);
  const summary = {
    recognised: report.recognised,
    removed: report.removed.map((/** @type {{ kind: string, element: string }} */ { kind, element }) => ({ kind, element })),
  };
  console.log(
    `${name}: article ${write(expectedFile(name, 'expected'), article)}${article ? '' : ' (null)'}, clean report ${write(expectedFile(name, 'clean'), summary)}`,
  );
}

/**
 * Writes the value unless the file already holds the same (tests compare values, not key order).
 * @param {string} file
 * @param {unknown} value
 */
function write(file, value) {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = `${JSON.stringify(value, null, 2)}\n`;
  if (before !== '' && isDeepStrictEqual(JSON.parse(before), JSON.parse(after))) return 'unchanged';
  writeFileSync(file, after);
  return before ? 'rewritten' : 'written';
}
