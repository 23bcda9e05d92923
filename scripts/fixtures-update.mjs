#!/usr/bin/env node
// `npm run fixtures:update -- <name…>` (or `-- --all`): the one way to rewrite a fixture's
// expected Article (tests/fixtures/<name>.expected.json) from what the current engine gives.
// It builds the library first, reads the page under jsdom at its line-1 URL, and writes the
// article (or null). Review the diff before committing. It never runs in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { JSDOM } from 'jsdom';

if (process.env.CI) {
  console.error('fixtures:update rewrites expected outputs; it does not run in CI.');
  process.exit(1);
}
const repo = resolve(import.meta.dirname, '..');
const fixtures = join(repo, 'tests', 'fixtures');
const args = process.argv.slice(2);
const all = readdirSync(fixtures).filter((file) => file.endsWith('.html')).map((file) => file.replace(/\.html$/, ''));
const names = args.includes('--all') ? all.filter((name) => existsSync(join(fixtures, `${name}.expected.json`))) : args;
if (!names.length) {
  console.error('usage: npm run fixtures:update -- <fixture name…> | --all');
  process.exit(2);
}
const unknown = names.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`fixtures:update: no such fixture: ${unknown.join(', ')}`);
  process.exit(2);
}
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '-c', 'vite.lib.config.ts'], { cwd: repo, stdio: 'inherit', env: { ...process.env, TARGET: 'lib' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const { extract } = await import(pathToFileURL(join(repo, 'dist', 'lib', 'broadsheet.js')).href);
for (const name of names) {
  const html = readFileSync(join(fixtures, `${name}.html`), 'utf8');
  const url = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://fixture.example/';
  const article = extract(new JSDOM(html, { url }).window.document, { url });
  const file = join(fixtures, `${name}.expected.json`);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = `${JSON.stringify(article, null, 2)}\n`;
  // The same content in another key order is left as it is (tests compare values, not text).
  const same = before !== '' && isDeepStrictEqual(JSON.parse(before), JSON.parse(after));
  if (!same) writeFileSync(file, after);
  console.log(`${name}: ${same ? 'unchanged' : before ? 'rewritten' : 'written'}${article ? '' : ' (null)'}`);
}
