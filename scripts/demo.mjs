#!/usr/bin/env node
// `npm run demo`: build, serve the fixtures, and take three pictures of the seed page with
// headless Chromium: before.png (no extension), after.png (auto-cleaned), popup.png (the
// real toolbar popup). Writes them to artifacts/demo/ and prints the folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, sleep } from '../tests/browser/harness/chromium.mjs';
import { ARTIFACTS, ROOT } from '../tests/browser/harness/paths.mjs';
import { readPopup } from '../tests/browser/harness/probes.mjs';
import { startServer } from '../tests/browser/harness/server.mjs';

const out = resolve(ARTIFACTS, 'demo');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('demo: the build failed\n');
    process.exit(build.status ?? 1);
  }
}

mkdirSync(out, { recursive: true });
const server = await startServer();
const url = server.url('/jannah-seed.html');
const sessions = [];
try {
  const [plain, withExtension] = await Promise.all([launchChromium({ extension: false }), launchChromium()]);
  sessions.push(plain, withExtension);

  const before = await plain.newPage();
  await before.goto(url, { waitUntil: 'load' });
  await sleep(300);
  await before.screenshot({ path: resolve(out, 'before.png') });

  await withExtension.waitForRegistration();
  const after = await withExtension.newPage();
  await after.goto(url, { waitUntil: 'load' });
  await sleep(500);
  await after.screenshot({ path: resolve(out, 'after.png') });
  const counts = await after.evaluate(() => ({
    licenseBars: document.querySelectorAll('.theme-notice').length,
    hidden: document.querySelectorAll('[data-broadsheet-hidden]').length,
  }));

  const popup = await withExtension.openToolbarPopup(after);
  const view = await popup.waitFor(readPopup);
  await sleep(300);
  await popup.screenshot(resolve(out, 'popup.png'));
  await popup.close();

  process.stdout.write(
    `demo: license bars left ${counts.licenseBars}, clutter hidden ${counts.hidden}; popup: ${view.state}` +
      (view.title ? ` "${view.title}"` : '') +
      `\n${out}\n`,
  );
} finally {
  await Promise.all(sessions.map((s) => s.close()));
  await server.close();
}
