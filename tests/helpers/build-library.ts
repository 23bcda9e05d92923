import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { viteBuild } from '../../scripts/vite-build.mjs';

// Unit tests include contract tests of the built library and CLI. `npm test` builds first; on
// a fresh clone `npm run test:unit` builds the two it needs here (a few seconds) instead of
// failing. An existing build is used as it is: `npm run build` refreshes it.
export default function buildLibraryIfMissing(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = [
    ['lib', pkg.exports['.']],
    ['cli', pkg.bin.broadsheet],
  ] as const;
  for (const [target, file] of targets) {
    if (existsSync(join(root, file))) continue;
    if (!viteBuild('vite.lib.config.ts', { TARGET: target }, 'error')) throw new Error(`building ${file} for the contract tests failed`);
  }
}
