// No false positives (issue 4): pages that are not news-theme articles load in Chromium with the
// built extension and without it, and the DOM after load must be byte-for-byte the same.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { FIXTURES } from './harness/paths.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

/** After `load`, long enough for the content script's DOMContentLoaded sweep and a settle. */
const WATCH_AFTER_LOAD_MS = 700;
const NOT_NEWS = readdirSync(FIXTURES)
  .filter((file) => /^notnews-.*\.html$/.test(file))
  .map((file) => file.replace(/\.html$/, ''))
  .sort();

let server: FixtureServer;
let withExtension: ChromiumSession;
let plain: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  [withExtension, plain] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await withExtension.waitForRegistration();
});

afterAll(async () => {
  await Promise.all([withExtension?.close(), plain?.close()]);
  await server?.close();
});

async function domAfterLoad(session: ChromiumSession, name: string, shot?: string) {
  const page = await session.newPage();
  await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
  await sleep(WATCH_AFTER_LOAD_MS);
  const result = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    hidden: document.querySelectorAll('[data-broadsheet-hidden]').length,
  }));
  if (shot) saveScreenshot(shot, await page.screenshot());
  await page.close();
  return result;
}

describe('pages that are not news-theme articles are left exactly as they are (Chromium)', () => {
  it('has at least 15 such pages', () => {
    expect(NOT_NEWS.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of NOT_NEWS) {
    it(`${name}: DOM after load is identical with and without the extension`, async () => {
      const raw = await domAfterLoad(plain, name);
      const cleaned = await domAfterLoad(withExtension, name, `false-positives/${name}`);
      // The page really rendered (an empty document would trivially compare equal).
      expect(raw.html.length).toBeGreaterThan(500);
      expect(cleaned.hidden).toBe(0);
      expect(cleaned.html).toBe(raw.html);
    });
  }
});
