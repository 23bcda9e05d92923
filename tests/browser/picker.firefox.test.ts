// The element picker in Firefox ESR: started from the popup page's button, driven from the
// keyboard, saved; the rule hides the element at once and, from the next load on, by
// DOMContentLoaded (hide-rules.js registered for the site).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox.mjs';
import { screenshotPath } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const LONG = 'The harbour board approved the dredging plan after a long debate, and officials said work would begin next spring, weeks ahead of schedule.';
const paragraphs = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `<p>${prefix} ${index + 1}. ${LONG}</p>`).join('\n');
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title>
<style>body { margin: 0; padding: 16px; font: 18px/1.5 serif; } .promo-box { height: 320px; background: #fde68a; }
broadsheet-picker { display: none !important; }</style>
<script>document.addEventListener('DOMContentLoaded', () => {
  // What the reader could see: the box shown, on a page shown.
  const shown = (element) => getComputedStyle(element).display !== 'none' && getComputedStyle(document.documentElement).opacity !== '0';
  window.atDomContentLoaded = shown(document.querySelector('.promo-box')) ? 'visible' : 'hidden';
});</script></head><body>
<article><h1>Harbour plan approved</h1><div class="post-body">${paragraphs(2, 'Story')}
<div class="promo-box"><p>Subscribe today.</p></div>${paragraphs(2, 'More')}</div></article></body></html>`;

let server: FixtureServer;
let firefox: FirefoxSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startServer();
  server.route('/picker.html', { body: PAGE });
  firefox = await launchFirefox();
  extensionPage = await firefox.openExtensionPage('src/options/index.html');
  await firefox.waitForRegistration(extensionPage);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function extensionEval<T>(fn: string): Promise<T> {
  return (await extensionPage.evaluate(fn)) as T;
}

async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: last ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

describe('element picker (Firefox)', () => {
  it('keyboard: narrow to the promo box, Enter, Save; hidden now and by DOMContentLoaded on the next load', async () => {
    const page = await firefox.browser.newPage();
    const url = server.url('/picker.html');
    await page.goto(url, { waitUntil: 'load' });
    const tabs = await extensionEval<Array<{ id: number; url?: string }>>('browser.tabs.query({}).then((all) => all.map((t) => ({ id: t.id, url: t.url })))');
    const tabId = tabs.find((tab) => tab.url === url)?.id;
    expect(tabId).toBeDefined();

    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('#pick-hide', { timeout: 20_000 });
    await popup.click('#pick-hide');
    await poll(
      () => page.evaluate(() => document.querySelectorAll('broadsheet-picker').length),
      (n) => n === 1,
      'the picker never opened',
    );
    await popup.close().catch(() => {});
    await page.bringToFront();
    // The host's inline !important style wins over the page's `display: none !important`.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('broadsheet-picker') as Element).display)).toBe('block');

    await page.keyboard.press('ArrowDown'); // article → div.post-body
    await page.keyboard.press('ArrowDown'); // → div.promo-box, its largest child
    await page.screenshot({ path: screenshotPath('picker/firefox-outline') });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // Save has the focus

    const stored = await poll(
      () => extensionEval<{ hide?: string[] } | undefined>("browser.storage.sync.get('site:127.0.0.1').then((items) => items['site:127.0.0.1'])"),
      (value) => value !== undefined,
      'no rule stored',
    );
    expect(stored).toEqual({ hide: ['.promo-box'] });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.promo-box') as Element).display)).toBe('none');
    expect(await page.evaluate(() => document.querySelectorAll('broadsheet-picker').length)).toBe(0);

    await poll(
      () => extensionEval<string[]>('browser.scripting.getRegisteredContentScripts().then((all) => all.map((s) => s.id))'),
      (ids) => ids.includes('broadsheet-hide-rules'),
      'hide-rules.js never registered',
    );
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { atDomContentLoaded: string }).atDomContentLoaded)).toBe('hidden');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.promo-box') as Element).display)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).opacity)).toBe('1');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.post-body > p') as Element).display)).toBe('block');
    await page.close();
  });
});
