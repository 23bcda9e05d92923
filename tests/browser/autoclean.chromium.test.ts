// Auto-clean on the live page in Chromium, with the built extension (dist/chrome).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { expectedArticle, figureTextsOf, hasFixture, paragraphsOf } from './harness/fixtures.mjs';
import { FIXTURES } from './harness/paths.mjs';
import { CLUTTER_SELECTORS, installLicenseWatch, pageState } from './harness/probes.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const JANNAH_FIXTURES = ['jannah-seed', 'jannah-full', 'jannah-rtl-arabic'];
/** After `load`, how long a test keeps watching frames before it judges the page. */
const WATCH_AFTER_LOAD_MS = 1_000;

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

async function loadWatched(session: ChromiumSession, path: string): Promise<{ page: Page; state: Awaited<ReturnType<typeof pageState>> }> {
  const page = await session.newPage();
  await page.addInitScript(installLicenseWatch);
  await page.goto(server.url(path), { waitUntil: 'load' });
  await sleep(WATCH_AFTER_LOAD_MS);
  const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
  return { page, state };
}

describe('auto-clean on Jannah pages (Chromium)', () => {
  for (const name of JANNAH_FIXTURES) {
    it(`${name}: license bar never painted, clutter hidden, article intact`, async () => {
      expect(hasFixture(name), `tests/fixtures/${name}.html is missing`).toBe(true);
      const expected = expectedArticle(name);
      expect(expected, `${name}.expected.json should describe an article`).not.toBeNull();
      const paragraphs = paragraphsOf(expected!);
      expect(paragraphs.length).toBeGreaterThan(0);

      // Control run without the extension: the detectors must see the bar and the clutter,
      // otherwise a pass below would mean nothing.
      const raw = await loadWatched(plain, `/${name}.html`);
      saveScreenshot(`autoclean/${name}-before`, await raw.page.screenshot({ fullPage: true }));
      await raw.page.close();
      expect(raw.state.noticeVisible, 'control: the raw page shows the license bar').toBe(true);
      expect(raw.state.watch!.sightings.length, 'control: the frame watcher sees the raw bar').toBeGreaterThan(0);
      expect(Object.keys(raw.state.visibleClutter).length, 'control: the raw page shows clutter').toBeGreaterThan(0);

      const { page, state } = await loadWatched(withExtension, `/${name}.html`);
      saveScreenshot(`autoclean/${name}-after`, await page.screenshot({ fullPage: true }));
      await page.close();

      // (a) the license bar: never visible in any frame, and gone from the DOM.
      expect(state.watch!.frames, 'the frame watcher ran').toBeGreaterThan(5);
      expect(state.watch!.sightings, 'frames in which the license bar was visible').toEqual([]);
      expect(state.noticeCount, '.theme-notice elements left in the DOM').toBe(0);
      // (b) clutter: no selector has a visible element; what was shown raw is now hidden.
      expect(state.visibleClutter).toEqual({});
      expect(state.hiddenCount).toBeGreaterThan(0);
      // (c) every paragraph, caption and credit is still on the page and visible.
      const missing = paragraphs.filter((p) => !state.text.includes(p));
      expect(missing, 'article paragraphs missing or hidden after auto-clean').toEqual([]);
      const figureTexts = figureTextsOf(expected!);
      const missingFigureText = figureTexts.filter((t) => !state.text.includes(t));
      expect(missingFigureText, 'captions/credits missing or hidden after auto-clean').toEqual([]);
      // The same texts were visible raw (so the check above is about the extension).
      expect(paragraphs.filter((p) => !raw.state.text.includes(p))).toEqual([]);
    });
  }

  it('a license bar whose text arrives in a later part of the page is never painted either', async () => {
    // The page over a slow network: the bar's element in one part, its text 300 ms later, the
    // rest 300 ms after that. The parser adds the bar empty (nothing to recognise yet) and its
    // text in a later task; in between and after, the browser paints what it has.
    const html = readFileSync(join(FIXTURES, 'jannah-seed.html'), 'utf8');
    const notice = html.indexOf('<div class="theme-notice"');
    const opened = html.indexOf('>', notice) + 1;
    const closed = html.indexOf('</div>', opened) + '</div>'.length;
    expect(notice).toBeGreaterThan(0);
    const path = server.route('/jannah-seed-in-parts.html', {
      body: html.slice(0, opened),
      chunks: [
        { body: html.slice(opened, closed), delayMs: 300 },
        { body: html.slice(closed), delayMs: 300 },
      ],
    });
    const watch = async (session: ChromiumSession) => {
      const page = await session.newPage();
      await page.addInitScript(installLicenseWatch);
      await page.goto(path, { waitUntil: 'load' });
      await sleep(200);
      const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
      await page.close();
      return state;
    };
    // Control: without the extension the watcher sees the bar while the rest of the page is on its way.
    const raw = await watch(plain);
    expect(raw.watch!.sightings.length, 'control: the bar is painted before the page has arrived').toBeGreaterThan(0);
    const cleaned = await watch(withExtension);
    expect(cleaned.watch!.frames).toBeGreaterThan(5);
    expect(cleaned.watch!.sightings, 'frames in which the license bar was visible').toEqual([]);
    expect(cleaned.noticeCount).toBe(0);
  });

  it('not-article-webapp: the DOM after load is exactly the DOM without the extension', async () => {
    expect(hasFixture('not-article-webapp'), 'tests/fixtures/not-article-webapp.html is missing').toBe(true);
    expect(expectedArticle('not-article-webapp')).toBeNull();
    const snapshot = async (session: ChromiumSession) => {
      const page = await session.newPage();
      await page.goto(server.url('/not-article-webapp.html'), { waitUntil: 'load' });
      await sleep(WATCH_AFTER_LOAD_MS);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      const hidden = await page.evaluate(() => document.querySelectorAll('[data-broadsheet-hidden]').length);
      return { page, html, hidden };
    };
    const raw = await snapshot(plain);
    const cleaned = await snapshot(withExtension);
    saveScreenshot('autoclean/not-article-webapp-before', await raw.page.screenshot());
    saveScreenshot('autoclean/not-article-webapp-after', await cleaned.page.screenshot());
    await Promise.all([raw.page.close(), cleaned.page.close()]);
    expect(raw.html.length).toBeGreaterThan(100);
    expect(cleaned.hidden).toBe(0);
    expect(cleaned.html).toBe(raw.html);
  });
});
