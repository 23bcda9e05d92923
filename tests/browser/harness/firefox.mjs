// @ts-check
// Firefox ESR driven by puppeteer-core 24 over WebDriver BiDi, per shared/reference/toolchain.md:
// the extension installed as a temporary add-on, its moz-extension:// origin pinned by the
// extensions.webextensions.uuids pref so tests know its page URLs.
import puppeteer from 'puppeteer-core';
import { distDir, FIREFOX_UUID, GECKO_ID } from './paths.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * @typedef {import('puppeteer-core').Browser} Browser
 * @typedef {import('puppeteer-core').Page} Page
 */

/**
 * @param {{ dist?: string, extension?: boolean }} [options]
 */
export async function launchFirefox(options = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Fixture pages reference invented domains; keep Firefox from phoning home.
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
    },
  });
  let extensionId = null;
  if (options.extension ?? true) extensionId = await browser.installExtension(options.dist ?? distDir('firefox'));
  return new FirefoxSession(browser, extensionId);
}

export class FirefoxSession {
  /**
   * @param {Browser} browser
   * @param {string | null} extensionId
   */
  constructor(browser, extensionId) {
    this.browser = browser;
    this.extensionId = extensionId;
    this.uuid = FIREFOX_UUID;
  }

  /** @param {string} path */
  extensionUrl(path) {
    return `moz-extension://${this.uuid}/${path.replace(/^\//, '')}`;
  }

  /**
   * Opens an extension page. `page.goto('moz-extension://…')` never resolves although the
   * page loads, so the navigation is not awaited; we wait for the URL and readyState instead.
   * @param {string} path
   * @param {Page} [reuse]
   * @returns {Promise<Page>}
   */
  async openExtensionPage(path, reuse) {
    const page = reuse ?? (await this.browser.newPage());
    const url = this.extensionUrl(path);
    page.goto(url).catch(() => {});
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ready = await page.evaluate(() => ({ href: location.href, state: document.readyState })).catch(() => null);
      if (ready && ready.href === url && ready.state === 'complete') return page;
      if (Date.now() > deadline) throw new Error(`extension page never loaded: ${url} (${JSON.stringify(ready)})`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /**
   * Waits until the auto-clean content script is registered, asked from an extension page.
   * @param {Page} extensionPage
   * @param {number} [timeoutMs]
   */
  async waitForRegistration(extensionPage, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const scripts = await extensionPage
        .evaluate(() =>
          // @ts-ignore browser is the WebExtension global on moz-extension pages
          browser.scripting.getRegisteredContentScripts().then((/** @type {any[]} */ all) => all.map((s) => s.id)),
        )
        .catch(() => /** @type {string[]} */ ([]));
      if (scripts.includes('broadsheet-auto-clean')) return;
      if (Date.now() > deadline) throw new Error(`auto-clean never registered in Firefox (${JSON.stringify(scripts)})`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  async close() {
    await this.browser.close().catch(() => {});
  }
}
