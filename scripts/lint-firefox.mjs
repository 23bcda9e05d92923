#!/usr/bin/env node
// Mozilla's add-on linter over dist/firefox: fails on any error (warnings are printed).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-ext', 'lint', '-s', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  process.stderr.write(`web-ext lint did not produce JSON:\n${result.stdout}\n${result.stderr}\n`);
  process.exit(1);
}
for (const level of ['errors', 'warnings', 'notices']) {
  for (const item of report[level] ?? []) {
    process.stdout.write(`${level.slice(0, -1)}: ${item.code} ${item.message} ${item.file ?? ''}\n`);
  }
}
const errors = report.errors?.length ?? 0;
process.stdout.write(`web-ext lint: ${errors} errors, ${report.warnings?.length ?? 0} warnings\n`);
process.exit(errors > 0 ? 1 : 0);
