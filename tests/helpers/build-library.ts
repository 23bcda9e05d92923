import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--configLoader', 'runner', '-c', 'vite.lib.config.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TARGET: target },
    });
    if (result.status !== 0) throw new Error(`building ${file} for the contract tests failed`);
  }
}
