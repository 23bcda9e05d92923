// The options page drives auto-clean: per-site off, global off, and back on, through the UI;
// then the sites you changed: listed, tested on an open tab, edited, deleted and undone, exported and imported.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { CLUTTER_SELECTORS, installLicenseWatch, pageState } from './harness/probes.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const FIXTURE = '/jannah-seed.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

/** axe-core's violations in the options page, as short strings (empty = none). */
async function axeViolations(): Promise<string[]> {
  await options.evaluate(AXE_SOURCE);
  const violations = (await options.evaluate(async () => (await (window as any).axe.run(document)).violations)) as Array<{
    id: string;
    nodes: Array<{ target: string[] }>;
  }>;
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
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

  it('lists the sites you changed: test a rule on an open tab, edit (invalid, then valid), delete and Undo, export, import with Confirm', async () => {
    const host = server.host;
    await session.evalWorker((seed) => Promise.all([chrome.storage.sync.set(seed.sync), chrome.storage.local.set(seed.local)]), {
      sync: {
        [`site:${host}`]: { hide: ['.aligncenter', '.tagcloud'] },
        'site:news.example': { hide: ['.ad-box'], article: 'main article', clutter: { comments: false } },
      },
      // What writeSite leaves in storage.local when sync is full.
      local: { 'site:local.example': { hide: ['.big-box'] } },
    });
    const siteItem = (name: string) =>
      session.evalWorker(
        (key) => Promise.all([chrome.storage.sync.get(key), chrome.storage.local.get(key)]).then(([sync, local]) => local[key] ?? sync[key]),
        `site:${name}`,
      ) as Promise<{ hide: string[]; article?: string } | undefined>;
    const waitForItem = async (name: string, accept: (item: { hide: string[]; article?: string } | undefined) => boolean) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const item = await siteItem(name);
        if (accept(item)) return item;
        if (Date.now() > deadline) throw new Error(`site:${name} never matched: ${JSON.stringify(item)}`);
        await sleep(100);
      }
    };
    const site = (name: string) => options.locator(`li.bs-rule-site[data-host="${name}"]`);

    // Listed, with every rule, the article rule and the device-only notice.
    const page = await session.newPage();
    await page.goto(server.url(FIXTURE), { waitUntil: 'load' });
    const onPage = await page.evaluate(() => document.querySelectorAll('.aligncenter').length);
    expect(onPage).toBe(2);
    await options.bringToFront();
    await options.reload();
    await site('news.example').waitFor({ timeout: 15_000 });
    expect(await site(host).locator('.bs-rule-text').allTextContents()).toEqual(['.aligncenter', '.tagcloud']);
    expect(await site('news.example').locator('.bs-rule-text').allTextContents()).toEqual(['.ad-box', 'main article']);
    expect(await site('news.example').locator('select.bs-site-clutter-mode').inputValue()).toBe('site');
    expect(await options.locator('#sites-local-only').textContent()).toContain('Kept on this device only: 1 site');
    expect(await options.locator('#sites-local-only').textContent()).toContain('local.example');
    expect(await site('local.example').locator('.bs-badge').textContent()).toBe('This device only');
    saveScreenshot('options/options-sites', await options.screenshot({ fullPage: true }));
    expect(await axeViolations(), 'options with sites listed').toEqual([]);

    // Test on open tab: the fixture's tab answers with its count; a site with no tab says so.
    await site(host).getByRole('button', { name: 'Test on open tab: rule .aligncenter' }).click();
    await expect.poll(() => site(host).locator('.bs-rule-tested').first().textContent()).toBe(`Elements it matches on the open tab of ${host}: 2`);
    await site('news.example').locator('button.bs-rule-test').first().click();
    await expect
      .poll(() => site('news.example').locator('.bs-rule-tested').first().textContent())
      .toBe('No tab of news.example is open: open one to test this rule.');
    saveScreenshot('options/options-sites-section', await options.locator('section[aria-labelledby="changed-sites-heading"]').screenshot());
    await page.close();

    // Edit: an invalid selector is named and not saved; a valid one is.
    await site('news.example').getByRole('button', { name: 'Edit rule .ad-box' }).click();
    const input = site('news.example').locator('input.bs-rule-input');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('div[');
    // The selector is isolated (U+2068 … U+2069) so a right-to-left sentence keeps its order.
    await expect
      .poll(async () => (await site('news.example').locator('.bs-rule-error').textContent())?.replace(/[\u2068\u2069]/g, ''))
      .toContain('Not saved: "div[" is not a usable selector');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.press('Enter');
    await sleep(300);
    expect((await siteItem('news.example'))!.hide).toEqual(['.ad-box']);
    await input.fill('.ad-box-2');
    expect(await site('news.example').locator('.bs-rule-error').textContent()).toBe('');
    await input.press('Enter');
    await waitForItem('news.example', (item) => item?.hide[0] === '.ad-box-2');
    expect(await site('news.example').locator('.bs-rule-text').first().textContent()).toBe('.ad-box-2');

    // Delete, then Undo (the keyboard lands on Undo).
    await site(host).getByRole('button', { name: 'Delete rule .tagcloud' }).click();
    await waitForItem(host, (item) => JSON.stringify(item?.hide) === '[".aligncenter"]');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('sites-undo');
    await options.keyboard.press('Enter');
    await waitForItem(host, (item) => JSON.stringify(item?.hide) === '[".aligncenter",".tagcloud"]');
    await expect.poll(() => site(host).locator('.bs-rule-text').allTextContents()).toEqual(['.aligncenter', '.tagcloud']);

    // Export: one JSON file through a Blob URL, read back from the page.
    await options.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      const saved: Blob[] = [];
      (window as unknown as { savedBlobs: Blob[] }).savedBlobs = saved;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        saved.push(blob as Blob);
        return original(blob);
      };
    });
    await options.click('#export-settings');
    await expect.poll(() => options.evaluate(() => (window as unknown as { savedBlobs: Blob[] }).savedBlobs.length)).toBe(1);
    const exported = JSON.parse(await options.evaluate(() => (window as unknown as { savedBlobs: Blob[] }).savedBlobs[0].text()));
    expect(exported.format).toBe('broadsheet-settings');
    expect(exported.sites['news.example']).toEqual({ hide: ['.ad-box-2'], article: 'main article', clutter: { comments: false } });
    expect(exported.sites['local.example']).toEqual({ hide: ['.big-box'] });

    // Import: not JSON, and over 1 MB, are refused with a clear message.
    await options.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
    await expect.poll(() => options.locator('#import-error').textContent()).toContain('is not JSON');
    saveScreenshot('options/options-import-error', await options.locator('section[aria-labelledby="transfer-heading"]').screenshot());
    await options.setInputFiles('#import-file', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) });
    await expect.poll(() => options.locator('#import-error').textContent()).toContain('larger than 1 MB');

    // A file with one bad selector: summed up, the bad one named, nothing written before Confirm.
    const file = { ...exported, sites: { ...exported.sites, 'import.example': { hide: ['.from-file', 'div[[bad'] } } };
    await options.setInputFiles('#import-file', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.locator('#import-summary').waitFor({ timeout: 10_000 });
    expect(await options.locator('#import-error').textContent()).toBe('');
    expect(await options.locator('#import-counts').textContent()).toContain('Sites: 4. Hide rules: 5. Article rules: 1.');
    expect(await options.locator('#import-dropped').textContent()).toContain('sites["import.example"].hide[1]');
    saveScreenshot('options/options-import-summary', await options.locator('#import-summary').screenshot());
    expect(await axeViolations(), 'options with the import summary').toEqual([]);
    await sleep(300);
    expect(await siteItem('import.example')).toBeUndefined();
    await options.click('#import-confirm');
    await waitForItem('import.example', (item) => JSON.stringify(item?.hide) === '[".from-file"]');
    await site('import.example').waitFor({ timeout: 10_000 });
    await options.locator('#import-summary').waitFor({ state: 'detached' });
    expect(await options.locator('#status').textContent()).toBe('Imported.');
  });

  // On the fixture host's card, listed by the test before.
  it("a site's own clutter choice is what auto-clean and the popup's summary follow there", async () => {
    const card = options.locator(`li.bs-rule-site[data-host="${server.host}"]`);
    const siteClutter = () =>
      session.evalWorker(
        (key) => chrome.storage.sync.get(key).then((items) => (items[key] as { clutter?: Record<string, boolean> } | undefined)?.clutter),
        `site:${server.host}`,
      ) as Promise<Record<string, boolean> | undefined>;
    const loadWithPopup = async () => {
      const page = await session.newPage();
      await page.goto(server.url(FIXTURE), { waitUntil: 'load' });
      await sleep(700);
      const state = await page.evaluate(pageState, CLUTTER_SELECTORS);
      const popup = await session.openPopupTab(await session.tabIdOf(page));
      const breakdown = (await popup.getAttribute('#clean-count', 'title')) ?? '';
      await Promise.all([popup.close(), page.close()]);
      return { state, breakdown };
    };

    const before = await loadWithPopup();
    expect(before.state.visibleClutter).toEqual({});
    expect(before.breakdown).toContain('Back-to-top buttons:');

    await options.bringToFront();
    await card.locator('select.bs-site-clutter-mode').selectOption('site');
    await card.locator('input[id$="-clutter-back-to-top"]').uncheck();
    await expect.poll(siteClutter, { timeout: 10_000 }).toMatchObject({ 'back-to-top': false, ads: true });
    const chosen = await loadWithPopup();
    expect(chosen.state.visibleClutter).toEqual({ '#go-to-top': 1 });
    expect(chosen.breakdown).not.toContain('Back-to-top buttons:');
    expect(chosen.breakdown).toContain('Ads:');

    await options.bringToFront();
    await card.locator('select.bs-site-clutter-mode').selectOption('global');
    await expect.poll(siteClutter, { timeout: 10_000 }).toBeUndefined();
    expect((await loadWithPopup()).state.visibleClutter).toEqual({});
  });

  it('export in one profile, import in a fresh one: the same settings', async () => {
    const captureExport = async (page: Page) => {
      await page.evaluate(() => {
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          (window as unknown as { lastExport: Blob }).lastExport = blob as Blob;
          return original(blob);
        };
      });
      await page.click('#export-settings');
      await expect.poll(() => page.evaluate(() => !!(window as unknown as { lastExport?: Blob }).lastExport)).toBe(true);
      const { format, ...settings } = JSON.parse(await page.evaluate(() => (window as unknown as { lastExport: Blob }).lastExport.text()));
      expect(format).toBe('broadsheet-settings');
      return settings;
    };
    await options.bringToFront();
    const mine = await captureExport(options);
    expect(Object.keys(mine.sites).length).toBeGreaterThanOrEqual(4);

    const fresh = await launchChromium();
    try {
      const other = await fresh.openOptions();
      await other.waitForSelector('#import-settings', { timeout: 15_000 });
      await other.setInputFiles('#import-file', {
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'broadsheet-settings', ...mine })),
      });
      await other.locator('#import-summary').waitFor({ timeout: 10_000 });
      expect(await other.locator('#import-dropped').count()).toBe(0);
      await other.click('#import-confirm');
      await other.waitForFunction(() => document.querySelector('#status')?.textContent === 'Imported.', null, { timeout: 10_000 });
      expect(await captureExport(other)).toEqual(mine);
    } finally {
      await fresh.close();
    }
  });
});
