#!/usr/bin/env node
// @ts-check
// `npm run package`: builds, then zips dist/chrome and dist/firefox for their stores.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** @param {string} command @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [options] */
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', '--silent', 'build']);
mkdirSync('artifacts/packages', { recursive: true });
const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
run('npx', ['web-ext', 'build', '-s', 'dist/firefox', '-a', 'artifacts/packages', '-n', `broadsheet-firefox-${version}.zip`, '--overwrite-dest']);
run('npx', [
  'web-ext',
  'build',
  '-s',
  'dist/chrome',
  '-a',
  'artifacts/packages',
  '-n',
  `broadsheet-chrome-${version}.zip`,
  '--overwrite-dest',
  '--ignore-files',
  '.vite/**',
]);
process.stdout.write('packages: artifacts/packages/\n');
