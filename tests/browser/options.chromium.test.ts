// The options page drives auto-clean: per-site off, global off, and back on, through the UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { CLUTTER_SELECTORS, installLicenseWatch, pageState } from './harness/probes.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const FIXTURE = '/jannah-seed.html';
let server: FixtureServer;
let session: ChromiumSession;
let plain: ChromiumSession;
let options: Page;
let rawHtml: string;

interface StoredSettings {
  autoClean: { enabled: boolean; disabledSites: string[] };
}

beforeAll(async () => {
  server = await startServer();
  [session, plain] = await Promise.all([launchChromium(), launchChromium({ extension: false })]);
  await session.waitForRegistration();
  rawHtml = await loadHtml(plain);
  options = await session.openOptions();
  await options.waitForSelector('input#auto-clean-enabled', { timeout: 15_000 });
});

afterAll(async () => {
  await Promise.all([session?.close(), plain?.close()]);
  await server?.close();
});

async function loadHtml(target: ChromiumSession): Promise<string> {
  const page = await target.newPage();
  await page.goto(server.url(FIXTURE), { waitUntil: 'load' });
  await sleep(500);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  return html;
}

/** Loads the fixture in the extension's browser and reports what auto-clean did. */
async function loadFixture(shot: string) {
  const page = await session.newPage();
  await page.addInitScript(installLicenseWatch);
  await page.goto(server.url(FIXTURE), { waitUntil: 'load' });
  await sleep(700);
  const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  saveScreenshot(`options/${shot}`, await page.screenshot());
  await page.close();
  return { state, html };
}

async function waitForSettings(accept: (s: StoredSettings) => boolean): Promise<StoredSettings> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const stored = (await session.readSettings()) as StoredSettings;
    if (stored && accept(stored)) return stored;
    if (Date.now() > deadline) throw new Error(`settings never matched: ${JSON.stringify(stored)}`);
    await sleep(100);
  }
}

function expectCleaned(state: Awaited<ReturnType<typeof loadFixture>>['state']) {
  expect(state.noticeCount).toBe(0);
  expect(state.watch!.sightings).toEqual([]);
  expect(state.hiddenCount).toBeGreaterThan(0);
  expect(state.visibleClutter).toEqual({});
}

function expectUntouched(result: Awaited<ReturnType<typeof loadFixture>>) {
  expect(result.state.noticeCount).toBe(1);
  expect(result.state.noticeVisible).toBe(true);
  expect(result.state.hiddenCount).toBe(0);
  expect(result.html).toBe(rawHtml);
}

describe('options page (Chromium)', () => {
  it('turning auto-clean off for the fixture host leaves the page as served; removing the site cleans again', async () => {
    expectCleaned((await loadFixture('0-default-cleaned')).state);

    await options.bringToFront();
    await options.fill('#site-input', server.host);
    await options.click('button#site-add');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Saved'), null, { timeout: 10_000 });
    await options.waitForSelector(`li.bs-site:has-text("${server.host}")`, { timeout: 10_000 });
    saveScreenshot('options/options-site-added', await options.screenshot({ fullPage: true }));
    await waitForSettings((s) => s.autoClean.disabledSites.includes(server.host));
    const registered = await session.waitForRegistration((s) => !!s?.excludeMatches?.some((m) => m.includes(server.host)));
    expect(registered!.excludeMatches).toContain(`*://${server.host}/*`);

    expectUntouched(await loadFixture('1-site-off-untouched'));

    await options.bringToFront();
    await options.click(`li.bs-site:has-text("${server.host}") button.bs-site-remove`);
    await waitForSettings((s) => !s.autoClean.disabledSites.includes(server.host));
    await options.waitForSelector(`li.bs-site:has-text("${server.host}")`, { state: 'detached', timeout: 10_000 });
    await session.waitForRegistration((s) => s !== undefined && !(s.excludeMatches ?? []).some((m) => m.includes(server.host)));

    expectCleaned((await loadFixture('2-site-on-cleaned')).state);
  });

  it('turning auto-clean off globally leaves the next load untouched; on again cleans again', async () => {
    await options.bringToFront();
    const box = options.locator('input#auto-clean-enabled');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await waitForSettings((s) => s.autoClean.enabled === false);
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Saved'), null, { timeout: 10_000 });
    await session.waitForRegistration((s) => s === undefined);

    expectUntouched(await loadFixture('3-global-off-untouched'));

    await options.bringToFront();
    await box.check();
    await waitForSettings((s) => s.autoClean.enabled === true);
    await session.waitForRegistration();

    expectCleaned((await loadFixture('4-global-on-cleaned')).state);
  });
});
