#!/usr/bin/env node
// `npm run build`: both browser builds (extension pages + content script), the library and
// the CLI. Each step is a separate `vite build` so its config stays simple.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';

// BROADSHEET_DIST=<dir> builds somewhere else than dist/ (parallel work, comparisons).
const out = process.env.BROADSHEET_DIST ?? 'dist';

const steps = [
  ['vite.config.ts', { BROWSER: 'chrome' }],
  ['vite.content.config.ts', { BROWSER: 'chrome' }],
  ['vite.popup.config.ts', { BROWSER: 'chrome' }],
  ['vite.config.ts', { BROWSER: 'firefox' }],
  ['vite.content.config.ts', { BROWSER: 'firefox' }],
  ['vite.popup.config.ts', { BROWSER: 'firefox' }],
  ['vite.lib.config.ts', { TARGET: 'lib' }],
  ['vite.lib.config.ts', { TARGET: 'cli' }],
];

for (const [config, env] of steps) {
  const label = `${config} ${Object.values(env).join(' ')}`;
  process.stdout.write(`build: ${label}\n`);
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '-c', config], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    process.stderr.write(`build failed: ${label}\n`);
    process.exit(result.status ?? 1);
  }
}
chmodSync(join(out, 'cli', 'broadsheet.js'), 0o755);
process.stdout.write(`build: ${out}/chrome, ${out}/firefox, ${out}/lib, ${out}/cli\n`);
