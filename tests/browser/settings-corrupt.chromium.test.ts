// Corrupted settings in storage.sync (written from the service worker, as a bad sync or an old
// version would leave them): the popup and the options page still render, without errors, and
// the content script still cleans with the defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { expectedArticle } from './harness/fixtures.mjs';
import { CLUTTER_SELECTORS, pageState, readPopup } from './harness/probes.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const GARBAGE: Array<[string, unknown]> = [
  ['wrong types everywhere', { version: 'x', autoClean: 5, reader: null }],
  ['a string', 'settings?'],
  ['null', null],
  [
    'future version, broken fields',
    {
      version: 999,
      autoClean: { enabled: 'yes', disabledSites: [1, null, {}, 'a'.repeat(5000)] },
      clutter: 'all',
      reader: { theme: 42, fontSize: 'huge', font: ['x'], showImages: 'no' },
    },
  ],
  ['an array', [1, 2, 3]],
];

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium();
  await session.waitForRegistration();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const INERT_STYLE_REPORT = /^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Article images on invented domains fail to load; that is the network, not the page.
    // Chromium reports each inline style of the page while the popup parses its snapshot in an
    // inert document (style-src 'self'): nothing there is applied. Violations at the popup's
    // own elements are caught by the hostile-corpus test (tests/browser/hostile.chromium.test.ts).
    const text = message.text();
    if (message.type() !== 'error' || text.startsWith('Failed to load resource') || INERT_STYLE_REPORT.test(text)) return;
    errors.push(text);
  });
  return errors;
}

describe('corrupted settings (Chromium)', () => {
  for (const [name, value] of GARBAGE) {
    it(`${name}: popup and options render, auto-clean still cleans`, async () => {
      await session.writeSettings(value);
      expect(await session.readSettings(), 'the garbage really is in storage').toEqual(value);
      // The background reacts to the change; the registration must survive it.
      await sleep(500);
      await session.waitForRegistration();

      const page = await session.newPage();
      await page.goto(server.url(`/jannah-seed.html?corrupt=${encodeURIComponent(name)}`), { waitUntil: 'load' });
      await sleep(700);
      const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
      expect(state.noticeCount, 'license bar removed').toBe(0);
      expect(state.hiddenCount, 'clutter hidden').toBeGreaterThan(0);

      const popup = await session.newPage();
      const popupErrors = collectErrors(popup);
      await popup.goto(session.extensionUrl(`src/popup/index.html?tab=${await session.tabIdOf(page)}`));
      await popup.waitForFunction(readPopup, undefined, { timeout: 20_000 });
      const view = (await popup.evaluate(readPopup))!;
      saveScreenshot(`settings-corrupt/popup-${name.replace(/\W+/g, '-')}`, await popup.screenshot());
      expect(view.state).toBe('article');
      expect(view.title).toBe(expectedArticle('jannah-seed')!.title);
      expect(popupErrors).toEqual([]);
      await popup.close();
      await page.close();

      const options = await session.newPage();
      const optionErrors = collectErrors(options);
      await options.goto(session.extensionUrl('src/options/index.html'));
      await options.waitForSelector('input#auto-clean-enabled', { timeout: 15_000 });
      // Defaults, field by field: auto-clean on, a valid theme and font size.
      expect(await options.isChecked('input#auto-clean-enabled')).toBe(true);
      expect(await options.locator('#reader-theme').count()).toBe(1);
      expect(await options.locator('#reader-font-size').count()).toBe(1);
      saveScreenshot(`settings-corrupt/options-${name.replace(/\W+/g, '-')}`, await options.screenshot());
      expect(optionErrors).toEqual([]);
      await options.close();
    });
  }
});
