#!/usr/bin/env node
// @ts-check
// `npm run demo`: build, serve the fixtures, and take three pictures of the seed page with
// headless Chromium: before.png (no extension), after.png (auto-cleaned), popup.png (the
// real toolbar popup), plus overview.png, the three side by side (the README's picture).
// The fixture is "dressed" (scripts/demo-site/): its offline hosts are served locally with a
// stand-in theme stylesheet and pictures, so it looks like the page a reader meets.
// Writes them to artifacts/demo/ and prints the folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, sleep } from '../tests/browser/harness/chromium.mjs';
import { ARTIFACTS, ROOT } from '../tests/browser/harness/paths.mjs';
import { readPopup } from '../tests/browser/harness/probes.mjs';
import { startServer } from '../tests/browser/harness/server.mjs';
import { dressPage } from './demo-site/dress.mjs';

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
const seed = readFileSync(resolve(ROOT, 'tests/fixtures/jannah-seed.html'), 'utf8');
const url = dressPage(server, seed, 'https://news-autoblog.example');
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
  await composeOverview(plain, ['before.png', 'after.png', 'popup.png']);

  process.stdout.write(
    `demo: license bars left ${counts.licenseBars}, clutter hidden ${counts.hidden}; popup: ${view.state}` +
      (view.title ? ` "${view.title}"` : '') +
      `\n${out}\n`,
  );
} finally {
  await Promise.all(sessions.map((s) => s.close()));
  await server.close();
}

/**
 * The three pictures side by side with captions, for the README.
 * @param {import('../tests/browser/harness/chromium.mjs').ChromiumSession} session
 * @param {string[]} files
 */
async function composeOverview(session, files) {
  const page = await session.newPage();
  const labels = ['Before: as served', 'After: auto-cleaned on load', 'The toolbar popup'];
  const cells = files
    .map((/** @type {string} */ file, /** @type {number} */ index) => {
      const data = readFileSync(resolve(out, file)).toString('base64');
      return `<figure><img src="data:image/png;base64,${data}"><figcaption>${labels[index]}</figcaption></figure>`;
    })
    .join('');
  await page.setViewportSize({ width: 1800, height: 700 });
  await page.setContent(
    `<style>body{margin:0;padding:16px;background:#e9ecef;font:600 18px "DejaVu Sans",sans-serif;display:flex;gap:16px;align-items:flex-start}
     figure{margin:0;flex:1;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 2px 8px rgba(0,0,0,.15)}
     img{width:100%;display:block;max-height:620px;object-fit:cover;object-position:top}figcaption{padding:8px 12px;color:#1f2a37}</style>${cells}`,
  );
  await page.screenshot({ path: resolve(out, 'overview.png'), fullPage: true });
  await page.close();
}
