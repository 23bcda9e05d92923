#!/usr/bin/env node
// @ts-check
// `npm run new-theme -- <id> <single.html> <home.html>`: starts a theme from two saved pages of a
// site that runs it. Writes src/themes/<id>.ts from a template (fingerprints from what the pages
// show), adds it to the registry (src/themes/index.ts), copies the pages to
// tests/fixtures/<id>-single.html and <id>-home.html with their address on line 1, and writes
// their expected outputs from the current engine (fixtures:update). Everything it writes is a
// draft to review: the expected files say what the engine does today, not what it should do.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES_DIR, fixtureUrl, hasFixture, urlLine } from '../tests/helpers/fixture-files.mjs';
import { freePriority, pageUrl, THEME_ID, themeClassPrefix, themeEvidence, themeSource, withThemeRegistered } from './new-theme/template.mjs';

const repo = resolve(import.meta.dirname, '..');
const [id, singleFile, homeFile] = process.argv.slice(2);
if (!id || !singleFile || !homeFile) fail('usage: npm run new-theme -- <id> <single.html> <home.html>', 2);
if (!THEME_ID.test(id)) fail(`new-theme: "${id}" is not a theme id (lower-case words joined by "-", e.g. zox-news)`, 2);
const themeFile = join(repo, 'src', 'themes', `${id}.ts`);
if (existsSync(themeFile)) fail(`new-theme: src/themes/${id}.ts exists already`, 1);
const pages = { single: readPage(singleFile), home: readPage(homeFile) };
for (const kind of Object.keys(pages)) if (hasFixture(`${id}-${kind}`)) fail(`new-theme: tests/fixtures/${id}-${kind}.html exists already`, 1);

const themesDir = join(repo, 'src', 'themes');
const priorities = readdirSync(themesDir)
  .flatMap((file) => /^\s*priority: (\d+),$/m.exec(readFileSync(join(themesDir, file), 'utf8'))?.[1] ?? [])
  .map(Number);
const classPrefix = themeClassPrefix([pages.single, pages.home]);
const evidence = { ...themeEvidence(pages.single), ...(classPrefix ? { classPrefix } : {}) };
writeFileSync(themeFile, themeSource(id, evidence, freePriority(priorities)));
const registry = join(repo, 'src', 'themes', 'index.ts');
writeFileSync(registry, withThemeRegistered(readFileSync(registry, 'utf8'), id));
console.log(
  `new-theme: wrote src/themes/${id}.ts (fingerprints: ${Object.values(evidence).join(', ') || 'none found, write them in'}) and added it to src/themes/index.ts`,
);

const names = [];
for (const [kind, html] of Object.entries(pages)) {
  const name = `${id}-${kind}`;
  // A page saved from the site keeps its address; one saved without it gets the theme's own.
  const url = pageUrl(html, `https://${id}.example/${kind === 'home' ? '' : 'news/sample-post/'}`);
  const body = fixtureUrl(html) === url ? html : `${urlLine(url)}\n${html}`;
  writeFileSync(join(FIXTURES_DIR, `${name}.html`), body);
  names.push(name);
}
console.log(`new-theme: wrote tests/fixtures/${names.join('.html, tests/fixtures/')}.html`);
const update = spawnSync('node', [join(repo, 'scripts', 'fixtures-update.mjs'), ...names], { cwd: repo, stdio: 'inherit' });
if (update.status !== 0) process.exit(update.status ?? 1);
console.log(`new-theme: review the theme file and the expected files, then run npm run test:unit.`);

/** @param {string} file */
function readPage(file) {
  if (!existsSync(file)) fail(`new-theme: no such file: ${file}`, 2);
  return readFileSync(file, 'utf8');
}

/** @param {string} message @param {number} code @returns {never} */
function fail(message, code) {
  console.error(message);
  process.exit(code);
}
