// The reader tab in Firefox ESR (dist/firefox as a temporary add-on): the Arabic fixture renders
// right to left in the shared article view, the look follows settings, the context menu and
// shortcut are declared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox.mjs';
import { expectedArticle } from './harness/fixtures.mjs';
import { readPopup } from './harness/probes.mjs';
import { screenshotPath } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

let server: FixtureServer;
let firefox: FirefoxSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  extensionPage = await firefox.openExtensionPage('src/options/index.html');
  await firefox.waitForRegistration(extensionPage);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('reader tab (Firefox)', () => {
  it('shows the Arabic article right to left, in the chosen theme, without fetching the page again', async () => {
    await extensionPage.evaluate(() => {
      // The WebExtension global on moz-extension pages.
      const api = (globalThis as any).browser;
      return api.storage.sync
        .get('settings')
        .then(({ settings }: any) => api.storage.sync.set({ settings: { ...settings, reader: { ...settings.reader, theme: 'dark' } } }));
    });
    const page = await firefox.browser.newPage();
    const url = server.url('/jannah-rtl-arabic.html?firefox-reader');
    await page.goto(url, { waitUntil: 'load' });
    const fetched = server.requests.filter((path) => path === '/jannah-rtl-arabic.html').length;
    const tabs = (await extensionPage.evaluate(
      // @ts-ignore the WebExtension global on moz-extension pages
      () => browser.tabs.query({}).then((all: Array<{ id: number; url?: string }>) => all.map((t) => ({ id: t.id, url: t.url }))),
    )) as Array<{ id: number; url?: string }>;
    const tabId = tabs.find((t) => t.url === url)!.id;
    const reader = await firefox.openExtensionPage(`src/reader/index.html?tab=${tabId}`);
    const deadline = Date.now() + 20_000;
    let view = await reader.evaluate(readPopup);
    while ((!view || view.state !== 'article') && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      view = await reader.evaluate(readPopup);
    }
    expect(view?.state).toBe('article');
    expect(view?.title).toBe(expectedArticle('jannah-rtl-arabic')!.title);
    const look = await reader.evaluate(() => ({
      dir: getComputedStyle(document.querySelector('.bs-body p')!).direction,
      lang: document.querySelector('article.bs-article')!.getAttribute('lang'),
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(look).toEqual({ dir: 'rtl', lang: 'ar', theme: 'dark', background: 'rgb(23, 24, 26)' });
    expect(server.requests.filter((path) => path === '/jannah-rtl-arabic.html').length).toBe(fetched);
    await reader.screenshot({ path: screenshotPath('reader/firefox-rtl-dark') as `${string}.png` });
    // @ts-ignore the WebExtension global on moz-extension pages
    const commands = (await extensionPage.evaluate(() => browser.commands.getAll())) as Array<{ name: string; shortcut?: string }>;
    expect(commands.find((c) => c.name === 'open-reader')?.shortcut).toBe('Alt+Shift+L');
    await reader.close();
    await page.close();
  });
});
