// @ts-check
// Chromium (Debian /usr/bin/chromium) driven by playwright-core, per shared/reference/toolchain.md:
// a persistent context on a fresh user-data-dir with the unpacked extension, new headless.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { distDir } from './paths.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCRIPT_ID = 'broadsheet-auto-clean';
export const POPUP_PATH = 'src/popup/index.html';
export const OPTIONS_PATH = 'src/options/index.html';
/** The popup once it has read the page and shown all of it (the body's later blocks follow the first frame). */
export const POPUP_SETTLED = '#app-root:not([data-state="loading"]):not(:has(.bs-body[aria-busy="true"]))';

/** A desktop's size: the pages' default viewport, and the screen the browser reports. */
const DESKTOP = { width: 1280, height: 900 };

const BASE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Fixture pages point at invented domains: fail those requests at once instead of waiting.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Headless Chromium's screen is 800x600 unless told otherwise, and a toolbar popup is kept
  // within the screen: ours (540x600) came out 570x510, its foot (the clean summary, the site
  // switch) below a scroll. A desktop-sized screen gives it the size a user sees.
  `--screen-info={${DESKTOP.width}x${DESKTOP.height}}`,
];

/**
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').Worker} Worker
 * @typedef {{
 *   id: string, js?: string[], matches?: string[], excludeMatches?: string[], runAt?: string,
 *   allFrames?: boolean, persistAcrossSessions?: boolean, world?: string,
 * }} RegisteredScript
 */

/** Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits as a-p. */
export function unpackedExtensionId(/** @type {string} */ path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Profile preferences (launchChromium's `preferences`) with these unpacked extensions' icons pinned to the toolbar. */
export function pinnedToolbarPreferences(/** @type {string[]} */ ...dists) {
  return { extensions: { pinned_extensions: dists.map((dist) => unpackedExtensionId(dist)) } };
}

/**
 * `preferences`: written as the fresh profile's Default/Preferences before launch (e.g. a pinned
 * toolbar icon: pinnedToolbarPreferences, see tools/measure-popup-speed.mjs). `alsoLoad`: more unpacked extensions in
 * the same browser (two builds side by side for a paired benchmark; `session.sibling(dir)`).
 * @param {{ extension?: boolean, dist?: string, alsoLoad?: string[], headless?: boolean, viewport?: { width: number, height: number }, args?: string[], preferences?: object }} [options]
 */
export async function launchChromium(options = {}) {
  const withExtension = options.extension ?? true;
  const dist = withExtension ? (options.dist ?? distDir('chrome')) : null;
  const userDataDir = mkdtempSync(join(tmpdir(), 'broadsheet-chromium-'));
  if (options.preferences) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(options.preferences));
  }
  const args = [...BASE_ARGS, ...(options.args ?? [])];
  const extensions = dist ? [dist, ...(options.alsoLoad ?? [])].join(',') : null;
  if (extensions) args.push(`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`);
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? DESKTOP,
    args,
  });
  /** @type {string | null} */
  let extensionId = null;
  if (dist && options.alsoLoad?.length) {
    extensionId = unpackedExtensionId(dist); // several workers: this one is the session's
  } else if (dist) {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return new ChromiumSession(ctx, extensionId, userDataDir);
}

export class ChromiumSession {
  /**
   * @param {BrowserContext} ctx
   * @param {string | null} extensionId
   * @param {string} userDataDir
   */
  constructor(ctx, extensionId, userDataDir) {
    this.ctx = ctx;
    this.extensionId = extensionId;
    this.userDataDir = userDataDir;
    /** @type {import('playwright-core').CDPSession | null} */
    this.cdp = null;
  }

  /**
   * The same browser seen through another extension it loaded (`alsoLoad`). Close the session
   * that launched the browser, not its siblings.
   * @param {string} dist
   */
  sibling(dist) {
    return new ChromiumSession(this.ctx, unpackedExtensionId(dist), this.userDataDir);
  }

  /** @param {string} path */
  extensionUrl(path) {
    if (!this.extensionId) throw new Error('launched without the extension');
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  /**
   * The extension's live service worker (it may have been restarted since launch).
   * @returns {Promise<Worker>}
   */
  async worker() {
    if (!this.extensionId) throw new Error('launched without the extension');
    const prefix = `chrome-extension://${this.extensionId}/`;
    const live = this.ctx.serviceWorkers().filter((w) => w.url().startsWith(prefix));
    if (live.length > 0) return live[live.length - 1];
    // Wake it: any extension page starts the worker.
    const page = await this.ctx.newPage();
    const waiting = this.ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    await page.goto(this.extensionUrl('manifest.json')).catch(() => {});
    const worker = await waiting;
    await page.close();
    return worker;
  }

  /**
   * Evaluates in the service worker (`chrome.*` available).
   * @template R, A
   * @param {(arg: A) => R | Promise<R>} fn
   * @param {A} [arg]
   * @returns {Promise<R>}
   */
  async evalWorker(fn, arg) {
    const worker = await this.worker();
    return /** @type {Promise<R>} */ (worker.evaluate(/** @type {any} */ (fn), arg));
  }

  /** @returns {Promise<RegisteredScript[]>} */
  registrations() {
    return this.evalWorker(() => chrome.scripting.getRegisteredContentScripts());
  }

  /**
   * Waits until the auto-clean registration satisfies `accept` (default: it exists).
   * @param {(script: RegisteredScript | undefined) => boolean} [accept]
   * @param {number} [timeoutMs]
   * @returns {Promise<RegisteredScript | undefined>}
   */
  async waitForRegistration(accept = (script) => script !== undefined, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    /** @type {RegisteredScript | undefined} */
    let last;
    for (;;) {
      last = (await this.registrations()).find((s) => s.id === SCRIPT_ID);
      if (accept(last)) return last;
      if (Date.now() > deadline) {
        throw new Error(`registration never matched; last: ${JSON.stringify(last ?? null)}`);
      }
      await sleep(100);
    }
  }

  /** Reads storage.sync settings through the worker. */
  readSettings() {
    return this.evalWorker(() => chrome.storage.sync.get('settings').then((s) => s.settings));
  }

  /** @param {unknown} settings */
  writeSettings(settings) {
    return this.evalWorker((value) => chrome.storage.sync.set({ settings: value }), settings);
  }

  /**
   * The tab id of a page, matched by URL (host permissions make `url` visible).
   * @param {Page} page
   * @returns {Promise<number>}
   */
  async tabIdOf(page) {
    const url = page.url();
    const tabs = await this.evalWorker(() => chrome.tabs.query({}).then((all) => all.map((t) => ({ id: t.id, url: t.url, active: t.active }))));
    const matches = tabs.filter((t) => t.url === url);
    if (matches.length === 1 && matches[0].id !== undefined) return matches[0].id;
    throw new Error(`cannot tell the tab of ${url}: ${JSON.stringify(tabs)}`);
  }

  /** @returns {Promise<Page>} */
  async newPage() {
    return this.ctx.newPage();
  }

  /**
   * The popup as a page in a tab, for tab `tabId` (component-level check).
   * @param {number} tabId
   * @returns {Promise<Page>}
   */
  async openPopupTab(tabId) {
    const page = await this.ctx.newPage();
    await page.goto(this.extensionUrl(`${POPUP_PATH}?tab=${tabId}`));
    await page.waitForSelector(POPUP_SETTLED, { timeout: 15_000 });
    return page;
  }

  /** @returns {Promise<Page>} */
  async openOptions() {
    const page = await this.ctx.newPage();
    await page.goto(this.extensionUrl(OPTIONS_PATH));
    return page;
  }

  /**
   * The REAL toolbar popup: `chrome.action.openPopup()` from the worker while `page` is the
   * active tab, then the popup's CDP target (Playwright does not list it as a page).
   * @param {Page} page
   * @returns {Promise<PopupTarget>}
   */
  async openToolbarPopup(page) {
    await page.bringToFront();
    if (!this.cdp) this.cdp = await /** @type {import('playwright-core').Browser} */ (this.ctx.browser()).newBrowserCDPSession();
    const cdp = this.cdp;
    const popupUrl = this.extensionUrl(POPUP_PATH);
    const before = new Set((await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url === popupUrl).map((t) => t.targetId));
    const opened = await this.evalWorker(() =>
      chrome.action.openPopup().then(
        () => 'ok',
        (error) => `error: ${error}`,
      ),
    );
    if (opened !== 'ok') throw new Error(`chrome.action.openPopup() failed: ${opened}`);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const target = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === popupUrl && t.type === 'page' && !before.has(t.targetId));
      if (target) return PopupTarget.attach(cdp, target.targetId);
      if (Date.now() > deadline) throw new Error('the toolbar popup target never appeared');
      await sleep(50);
    }
  }

  async close() {
    await this.ctx.close().catch(() => {});
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** A CDP target (the toolbar popup) driven through Target.sendMessageToTarget. */
export class PopupTarget {
  /**
   * @param {import('playwright-core').CDPSession} cdp
   * @param {string} targetId
   */
  static async attach(cdp, targetId) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new PopupTarget(cdp, targetId, sessionId);
  }

  /**
   * @param {import('playwright-core').CDPSession} cdp
   * @param {string} targetId
   * @param {string} sessionId
   */
  constructor(cdp, targetId, sessionId) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.sessionId = sessionId;
    this.nextId = 1;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
    this.pending = new Map();
    /** @param {{ sessionId: string, message: string }} event */
    this.listener = (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message);
      const waiter = reply.id !== undefined ? this.pending.get(reply.id) : undefined;
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.error) waiter.reject(new Error(`${reply.error.message} ${reply.error.data ?? ''}`));
      else waiter.resolve(reply.result);
    };
    cdp.on('Target.receivedMessageFromTarget', this.listener);
  }

  /**
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @returns {Promise<any>}
   */
  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch((error) => {
        this.pending.delete(id);
        reject(error);
      });
    });
  }

  /**
   * Evaluates a function (serialised) in the popup and returns its JSON value.
   * @template R, A
   * @param {(arg: A) => R | Promise<R>} fn
   * @param {A} [arg]
   * @returns {Promise<R>}
   */
  async evaluate(fn, arg) {
    const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const result = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) {
      throw new Error(`popup evaluate threw: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value;
  }

  /**
   * Polls `fn` in the popup until it returns a truthy value.
   * @template R, A
   * @param {(arg: A) => R | Promise<R>} fn
   * @param {A} [arg]
   * @param {number} [timeoutMs]
   * @returns {Promise<NonNullable<R>>}
   */
  async waitFor(fn, arg, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    /** @type {unknown} */
    let lastError = null;
    for (;;) {
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return /** @type {NonNullable<R>} */ (value);
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) throw new Error(`popup condition not met in ${timeoutMs} ms ${lastError ?? ''}: ${fn}`);
      await sleep(100);
    }
  }

  /**
   * PNG of the popup (CDP Page.captureScreenshot); written to `file` when given.
   * @param {string} [file]
   * @returns {Promise<Buffer>}
   */
  async screenshot(file) {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    const png = Buffer.from(data, 'base64');
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    }
    return png;
  }

  async close() {
    await this.evaluate(() => window.close()).catch(() => {});
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
  }
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}
