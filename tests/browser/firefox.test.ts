// Firefox ESR with dist/firefox installed as a temporary add-on (puppeteer-core over BiDi),
// plus Mozilla's add-on linter on the same build.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox.mjs';
import { expectedArticle, normalizeSpace, paragraphsOf } from './harness/fixtures.mjs';
import { distDir, ROOT } from './harness/paths.mjs';
import { CLUTTER_SELECTORS, installLicenseWatch, pageState, readPopup } from './harness/probes.mjs';
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

async function tabIdOf(url: string, title: string): Promise<number> {
  const tabs = (await extensionPage.evaluate(() =>
    // @ts-ignore the WebExtension global on moz-extension pages
    browser.tabs.query({}).then((all: Array<{ id: number; url?: string; title?: string }>) => all.map((t) => ({ id: t.id, url: t.url, title: t.title }))),
  )) as Array<{ id: number; url?: string; title?: string }>;
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1) return byUrl[0].id;
  const byTitle = tabs.filter((t) => t.title === title);
  if (byTitle.length === 1) return byTitle[0].id;
  throw new Error(`cannot find the tab of ${url}: ${JSON.stringify(tabs)}`);
}

/** What the popup page shows once it has read the page; null if it still loads after 20 s. */
async function settledView(popup: Page) {
  const deadline = Date.now() + 20_000;
  let view = await popup.evaluate(readPopup);
  while (!view && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    view = await popup.evaluate(readPopup);
  }
  return view;
}

describe('Firefox', () => {
  it('auto-clean: jannah-seed loses its license bar and clutter, keeps its article; the popup page shows the article', async () => {
    const expected = expectedArticle('jannah-seed')!;
    const page = await firefox.browser.newPage();
    const url = server.url('/jannah-seed.html');
    await page.evaluateOnNewDocument(installLicenseWatch);
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 1_000));
    const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
    await page.screenshot({ path: screenshotPath('firefox/jannah-seed-after') as `${string}.png`, fullPage: true });
    expect(state.watch, 'the frame watcher was installed').not.toBeNull();
    expect(state.watch!.frames).toBeGreaterThan(5);
    expect(state.watch!.sightings, 'frames in which the license bar was visible').toEqual([]);
    expect(state.noticeCount, '.theme-notice left in the DOM').toBe(0);
    expect(state.visibleClutter).toEqual({});
    expect(state.hiddenCount).toBeGreaterThan(0);
    expect(paragraphsOf(expected).filter((p) => !state.text.includes(p))).toEqual([]);

    const tabId = await tabIdOf(url, await page.title());
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    const view = await settledView(popup);
    await popup.screenshot({ path: screenshotPath('firefox/popup-jannah-seed') as `${string}.png`, fullPage: true });
    expect(view, 'popup still loading').not.toBeNull();
    expect(view!.state).toBe('article');
    expect(view!.title).toBe(expected.title);
    expect(view!.category).toBe(expected.category);
    for (const figure of expected.figures) {
      if (figure.caption) expect(view!.captions).toContain(normalizeSpace(figure.caption));
      if (figure.credit) expect(view!.credits).toContain(normalizeSpace(figure.credit));
    }
    expect(view!.dateline).toBe('Hong Kong');
    expect(view!.source?.href).toBe('https://amp.cnn.com/');
    expect(view!.source?.target).toBe('_blank');
    expect(view!.source?.rel?.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer']);
    expect(view!.source?.text).toContain('amp.cnn.com');
    await popup.close();
    await page.close();
  });

  it('a page auto-clean leaves alone (no content script answers): the popup page injects one and shows the article', async () => {
    const expected = expectedArticle('generic-news-jsonld')!;
    const page = await firefox.browser.newPage();
    const url = server.url('/generic-news-jsonld.html');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(url, await page.title());
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    const view = await settledView(popup);
    expect(view, 'popup still loading').not.toBeNull();
    expect(view!.state, view!.rootText).toBe('article');
    expect(view!.title).toBe(expected.title);
    expect(paragraphsOf(expected).filter((p) => !normalizeSpace(view!.bodyText ?? '').includes(p))).toEqual([]);
    // The page was read, not cleaned: on-demand mode answers and hides nothing.
    expect(await page.evaluate(() => document.querySelectorAll('[data-broadsheet-hidden]').length)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('web-ext lint -s dist/firefox reports no errors', () => {
    const cli = `${ROOT}/node_modules/web-ext/bin/web-ext.js`;
    const result = spawnSync(process.execPath, [cli, 'lint', '-s', distDir('firefox'), '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 100_000,
    });
    let report: { errors?: Array<{ code: string; message: string; file?: string }>; warnings?: unknown[] };
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw new Error(`web-ext lint gave no JSON (exit ${result.status}): ${result.stdout}\n${result.stderr}`);
    }
    expect(report.errors ?? [], 'web-ext lint errors').toEqual([]);
  });
});
