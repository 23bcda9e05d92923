#!/usr/bin/env node
// @ts-check
// `npm run build`: the extension (pages, content script, popup script) built once into
// dist/chrome and copied to dist/firefox with the Firefox manifest (the builds differ only
// there), then the library and the CLI, then the size budgets (scripts/size.mjs). Each step is
// a separate `vite build` (scripts/vite-build.mjs) so its config stays simple.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFor } from './manifest-for.mjs';
import { viteBuild } from './vite-build.mjs';

// BROADSHEET_DIST=<dir> builds somewhere else than dist/ (parallel work, comparisons).
const out = process.env.BROADSHEET_DIST ?? 'dist';

/** @type {Array<[string, Record<string, string>]>} */
const extension = [
  ['vite.config.ts', {}],
  ['vite.content.config.ts', {}],
  ['vite.popup.config.ts', {}],
];
/** @type {Array<[string, Record<string, string>]>} */
const library = [
  ['vite.lib.config.ts', { TARGET: 'lib' }],
  ['vite.lib.config.ts', { TARGET: 'cli' }],
];

for (const step of extension) buildStep(...step);
const chrome = join(out, 'chrome');
const firefox = join(out, 'firefox');
rmSync(firefox, { recursive: true, force: true });
cpSync(chrome, firefox, { recursive: true });
const built = JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8'));
writeFileSync(join(firefox, 'manifest.json'), `${JSON.stringify(manifestFor(built, 'firefox'), null, 2)}\n`);
process.stdout.write(`build: ${firefox} (a copy of ${chrome} with the Firefox manifest)\n`);
for (const step of library) buildStep(...step);
chmodSync(join(out, 'cli', 'broadsheet.js'), 0o755);
process.stdout.write(`build: ${out}/chrome, ${out}/firefox, ${out}/lib, ${out}/cli\n`);
// The size budgets are part of the build: exceeding one fails it.
const size = spawnSync('node', [join(import.meta.dirname, 'size.mjs')], { stdio: 'inherit' });
if (size.status !== 0) process.exit(size.status ?? 1);

/** @param {string} config @param {Record<string, string>} env */
function buildStep(config, env) {
  const label = [config, ...Object.values(env)].join(' ');
  process.stdout.write(`build: ${label}\n`);
  if (viteBuild(config, env)) return;
  process.stderr.write(`build failed: ${label}\n`);
  process.exit(1);
}
