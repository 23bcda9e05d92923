// "Show original" in Chromium: auto-clean a Jannah page, click the popup's Show original button,
// and the page's DOM is again exactly the DOM of the same page loaded without the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { CLUTTER_SELECTORS, pageState } from './harness/probes.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const FIXTURES = ['jannah-seed', 'jannah-full'];

let server: FixtureServer;
let session: ChromiumSession;
let plain: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  [session, plain] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await session.waitForRegistration();
});

afterAll(async () => {
  await Promise.all([session?.close(), plain?.close()]);
  await server?.close();
});

const serialise = () => document.documentElement.outerHTML;

async function loaded(target: ChromiumSession, path: string): Promise<Page> {
  const page = await target.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await sleep(800);
  return page;
}

describe('Show original (Chromium)', () => {
  for (const name of FIXTURES) {
    it(`${name}: the popup button restores the page to exactly what it is without the extension`, async () => {
      const rawPage = await loaded(plain, `/${name}.html`);
      const original = await rawPage.evaluate(serialise);
      await rawPage.close();

      const page = await loaded(session, `/${name}.html`);
      try {
        const cleaned = await page.evaluate(pageState, CLUTTER_SELECTORS);
        // Control: auto-clean really changed the page, so a pass below means something.
        expect(cleaned.noticeCount).toBe(0);
        expect(cleaned.hiddenCount).toBeGreaterThan(0);
        expect(await page.evaluate(serialise)).not.toBe(original);

        const popup = await session.openPopupTab(await session.tabIdOf(page));
        const reported = Number(await popup.getAttribute('#clean-count', 'data-count'));
        expect(reported).toBeGreaterThan(cleaned.hiddenCount);
        await popup.click('#show-original');
        const status = await popup.waitForSelector('#show-original-status[data-restored]', { timeout: 10_000 });
        const restored = Number(await status.getAttribute('data-restored'));
        const message = (await status.textContent()) ?? '';
        saveScreenshot(`restore/${name}-popup`, await popup.screenshot());
        await popup.close();

        // Every item of the clean report was put back (hidden elements and the license bar).
        expect(restored).toBe(reported);
        expect(message).toContain(String(restored));
        await sleep(300);
        const after = await page.evaluate(pageState, CLUTTER_SELECTORS);
        // caret 'initial': Playwright's default caret hiding leaves style="" on text inputs.
        saveScreenshot(`restore/${name}-page-restored`, await page.screenshot({ caret: 'initial' }));
        expect(after.noticeCount).toBe(1);
        expect(after.noticeVisible).toBe(true);
        expect(after.hiddenCount).toBe(0);
        const now = await page.evaluate(serialise);
        expect(now === original, firstDifference(original, now)).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});

/** Where two serialisations part, with some context on each side (readable failure). */
function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  return `differs at ${at}:\n  without extension: …${expected.slice(Math.max(0, at - 120), at + 200)}\n  after restore:     …${actual.slice(Math.max(0, at - 120), at + 200)}`;
}
