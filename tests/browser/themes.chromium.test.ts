// Every theme rule on the live page in Chromium with the built extension: on single posts the
// license bar and clutter go while every paragraph, caption and credit stays visible; on home
// and category pages the license bar goes and the layout stays usable (the headlines that were
// visible without the extension are still visible).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { THEMES } from '../../src/themes';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { expectedArticle, figureTextsOf, hasFixture, paragraphsOf } from './harness/fixtures.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const WATCH_AFTER_LOAD_MS = 700;

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

/** Runs in the page: visible license bars, hidden count, visible text and visible headline links. */
function liveState() {
  const visible = (element: Element) => {
    if (!element.isConnected || element.getClientRects().length === 0) return false;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const licenseBars = Array.from(document.querySelectorAll('body div, #tie-container > div')).filter(
    (element) =>
      getComputedStyle(element).position === 'fixed' &&
      /licen[cs]e is not validated|theme is not activated/i.test(element.textContent ?? '') &&
      visible(element),
  ).length;
  // Listing pages link each story as /2025/<slug>/ (see the fixtures).
  const headlines = Array.from(document.querySelectorAll('h2 a, h3 a'))
    .filter((anchor) => /\/2025\/[a-z]+\/$/.test(anchor.getAttribute('href') ?? '') && visible(anchor))
    .map((anchor) => (anchor.textContent ?? '').trim());
  return {
    licenseBars,
    hidden: document.querySelectorAll('[data-broadsheet-hidden]').length,
    text: document.body.innerText.replace(/[\s\u00a0]+/g, ' ').trim(),
    headlines: [...new Set(headlines)],
    scrollHeight: document.documentElement.scrollHeight,
  };
}

async function load(session: ChromiumSession, name: string): Promise<{ page: Page; state: ReturnType<typeof liveState> }> {
  const page = await session.newPage();
  await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
  await sleep(WATCH_AFTER_LOAD_MS);
  return { page, state: await page.evaluate(liveState) };
}

describe.each(THEMES.map((rule) => [rule.id] as const))('%s in Chromium', (id) => {
  it(`${id}-single: license bar and clutter go, the article stays visible`, async () => {
    const name = `${id}-single`;
    expect(hasFixture(name)).toBe(true);
    const expected = expectedArticle(name);
    expect(expected).not.toBeNull();
    const raw = await load(plain, name);
    await raw.page.close();
    const { page, state } = await load(withExtension, name);
    saveScreenshot(`themes/${name}`, await page.screenshot({ fullPage: true }));
    await page.close();
    expect(state.licenseBars).toBe(0);
    expect(state.hidden, 'clutter hidden').toBeGreaterThan(0);
    const texts = [...paragraphsOf(expected!), ...figureTextsOf(expected!), expected!.title];
    expect(
      texts.filter((text) => !raw.state.text.includes(text)),
      'control: visible without the extension',
    ).toEqual([]);
    expect(
      texts.filter((text) => !state.text.includes(text)),
      'missing or hidden after auto-clean',
    ).toEqual([]);
  });

  it(`${id}-home: the license bar goes and the listing stays usable`, async () => {
    const name = `${id}-home`;
    expect(hasFixture(name)).toBe(true);
    const raw = await load(plain, name);
    saveScreenshot(`themes/${name}-before`, await raw.page.screenshot());
    await raw.page.close();
    const { page, state } = await load(withExtension, name);
    saveScreenshot(`themes/${name}-after`, await page.screenshot());
    await page.close();
    expect(raw.state.headlines.length, 'control: the listing shows headlines').toBeGreaterThanOrEqual(2);
    expect(state.licenseBars).toBe(0);
    expect(state.headlines).toEqual(raw.state.headlines);
    expect(state.scrollHeight).toBeGreaterThan(300);
  });
});

describe('license bars on home pages (control: they are there without the extension)', () => {
  for (const name of ['jannah-home', 'sahifa-home', 'newspaper-home']) {
    it(`${name}`, async () => {
      const raw = await load(plain, name);
      await raw.page.close();
      const cleaned = await load(withExtension, name);
      await cleaned.page.close();
      expect(raw.state.licenseBars).toBe(1);
      expect(cleaned.state.licenseBars).toBe(0);
    });
  }
});
