#!/usr/bin/env node
// @ts-check
// `npm test`: every check, in the order that fails fastest. Typecheck, lint and format (Biome), the
// security lint, the build (which fails when a size budget is exceeded), unit tests (vitest; they include contract tests of the built library and CLI),
// then browser tests on the built extension (Chromium and Firefox).
// Ends with one "N passed, N failed" line summing the vitest runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'artifacts/test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** @type {Array<[string, string, string[]]>} */
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['security lint', 'node', ['scripts/check-no-raw-html.mjs']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`]],
  [
    'browser tests',
    'npx',
    ['vitest', 'run', '--config', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/browser.json`],
  ],
];

let failed = null;
for (const [name, command, args] of steps) {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

let passed = 0;
let failedTests = 0;
for (const file of ['unit.json', 'browser.json']) {
  try {
    const summary = JSON.parse(readFileSync(`${reports}/${file}`, 'utf8'));
    passed += summary.numPassedTests ?? 0;
    failedTests += summary.numFailedTests ?? 0;
  } catch {
    // That step did not run.
  }
}
if (failed) process.stdout.write(`\nstep failed: ${failed}\n`);
process.stdout.write(`\n${passed} passed, ${failedTests} failed\n`);
process.exit(failed ? 1 : 0);
