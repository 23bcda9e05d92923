// The REAL toolbar popup (chrome.action.openPopup()) in Chromium, reached over CDP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, POPUP_PATH, POPUP_SETTLED, sleep, type ChromiumSession, type PopupTarget } from './harness/chromium.mjs';
import { expectedArticle, normalizeSpace, paragraphsOf } from './harness/fixtures.mjs';
import { FIXTURES, ROOT } from './harness/paths.mjs';
import { readPopup } from './harness/probes.mjs';
import { screenshotPath } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

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

type PopupView = NonNullable<ReturnType<typeof readPopup>>;

/** Opens the toolbar popup over `path` and returns what it shows once it stopped loading. */
async function popupOver(path: string, shot: string): Promise<{ view: PopupView; popup: PopupTarget }> {
  const page = await session.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  const popup = await session.openToolbarPopup(page);
  const view = await popup.waitFor(readPopup);
  await sleep(300); // images/fonts settle for the screenshot
  await popup.screenshot(screenshotPath(`popup/${shot}`));
  return { view, popup };
}

describe('toolbar popup (Chromium)', () => {
  it('draws its first frame empty, at full size and in the remembered look, then the article in a later frame', async () => {
    const original = await session.readSettings();
    const settings = original as Record<string, any>;
    await session.writeSettings({ ...settings, reader: { ...settings.reader, theme: 'dark' } });
    try {
      const page = await session.newPage();
      await page.goto(server.url('/jannah-seed.html'), { waitUntil: 'load' });
      const url = session.extensionUrl(`${POPUP_PATH}?tab=${await session.tabIdOf(page)}`);
      // The popup page in a tab, its frames recorded from the first: what each one showed.
      const popup = await session.newPage();
      await popup.goto(url); // once, so the look is remembered (as any earlier popup leaves it)
      await popup.waitForSelector(POPUP_SETTLED);
      await popup.addInitScript(() => {
        const frames: unknown[] = [];
        (window as unknown as { __frames: unknown[] }).__frames = frames;
        const record = () => {
          const mount = document.getElementById('mount');
          frames.push({
            background: getComputedStyle(document.documentElement).backgroundColor,
            mountHeight: mount ? mount.getBoundingClientRect().height : null,
            state: document.querySelector('#app-root')?.getAttribute('data-state') ?? null,
          });
          if (frames.length < 30) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await popup.reload();
      await popup.waitForSelector(POPUP_SETTLED);
      await sleep(100);
      type Frame = { background: string; mountHeight: number | null; state: string | null };
      const frames = await popup.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
      const dark = 'rgb(23, 24, 26)';
      expect(frames[0]).toEqual({ background: dark, mountHeight: 600, state: null });
      // Never the loading view: nothing, then the article.
      expect(frames.map((frame) => frame.state).filter((state, index, all) => state !== all[index - 1])).toEqual([null, 'article']);
      expect(frames.every((frame) => frame.background === dark)).toBe(true);
      await popup.close();
      await page.close();
    } finally {
      await session.writeSettings(original);
    }
  });

  it('lets its document load before popup.js runs (the bubble is shown on load), and lazy-loads even the lead image', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html'), { waitUntil: 'load' });
    const popup = await session.openToolbarPopup(page);
    await popup.waitFor(readPopup);
    const seen = await popup.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        loadEventEnd: navigation.loadEventEnd,
        popupStart: performance.getEntriesByName('broadsheet:popup-start', 'mark')[0]?.startTime ?? null,
        bodyScripts: document.body.querySelectorAll('script').length,
        preloads: [...document.querySelectorAll('link[rel="preload"]')].map((link) => link.getAttribute('href')),
        headScripts: [...document.head.querySelectorAll('script')].map((script) => script.getAttribute('src')),
        images: [...document.querySelectorAll('.bs-article img')].map((img) => (img as HTMLImageElement).loading),
      };
    });
    expect(seen.loadEventEnd).toBeGreaterThan(0);
    expect(seen.popupStart).not.toBeNull();
    expect(seen.popupStart!).toBeGreaterThanOrEqual(seen.loadEventEnd);
    expect(seen.bodyScripts).toBe(0);
    expect(seen.preloads).toEqual(['/popup.js']);
    expect(seen.headScripts).toEqual(['/popup-early.js', '/popup.js']); // popup.js: added on load
    expect(seen.images.length).toBeGreaterThan(0);
    expect(new Set(seen.images)).toEqual(new Set(['lazy']));
    await popup.close();
    await page.close();
  });

  it('jannah-seed: shows title, category, figures with captions and credits, dateline, body and the source link', async () => {
    const expected = expectedArticle('jannah-seed')!;
    const { view, popup } = await popupOver('/jannah-seed.html', 'jannah-seed');
    try {
      expect(view.state).toBe('article');
      expect(view.title).toBe(expected.title);
      expect(view.category).toBe(expected.category);
      expect(view.dateline).toBe('Hong Kong');
      // Captions and credits, each visibly its own element.
      expect(view.credits).toContain('Gavriil Grigorov/Pool/Sputnik/Reuters/File');
      expect(view.captions.some((c) => c.startsWith('Russian President Vladimir Putin chairs a meeting'))).toBe(true);
      for (const figure of expected.figures) {
        if (figure.caption) expect(view.captions).toContain(normalizeSpace(figure.caption));
        if (figure.credit) expect(view.credits).toContain(normalizeSpace(figure.credit));
      }
      // The body: every paragraph, nothing of the page chrome.
      for (const paragraph of paragraphsOf(expected)) expect(view.bodyText).toContain(paragraph);
      expect(view.rootText).not.toContain('License is not validated');
      expect(view.rootText).not.toContain('Back to top button');
      expect(view.bodyText).not.toContain('News Source : amp.cnn.com');
      // The source link.
      expect(view.source).not.toBeNull();
      expect(view.source!.href).toBe('https://amp.cnn.com/');
      expect(view.source!.target).toBe('_blank');
      expect(view.source!.rel!.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer']);
      expect(view.source!.text).toContain('amp.cnn.com');
      expect(view.source!.text).toContain('homepage');
      expect(view.tags).toContain('Gn world');
      // The bubble takes the popup's full size (540x600): nothing of it lies below a scroll.
      const size = await popup.evaluate(() => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      expect(size).toEqual({ width: 540, height: 600, scrollHeight: 600 });
    } finally {
      await popup.close();
    }
  });

  it('centres its 540 px body in a wider window (its own rules come after the shared "margin: 0")', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html?centred'), { waitUntil: 'load' }); // a tab of its own
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl(`${POPUP_PATH}?tab=${await session.tabIdOf(page)}`));
    await popup.waitForSelector(POPUP_SETTLED);
    const layout = await popup.evaluate(() => {
      const box = document.body.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      return { width: box.width, viewport, left: box.left, right: viewport - box.right };
    });
    expect(layout.width).toBe(540);
    expect(layout.viewport).toBeGreaterThan(1000);
    expect(Math.abs(layout.left - layout.right)).toBeLessThanOrEqual(1);
    await popup.close();
    await page.close();
  });

  it('shows the lead image (lazy, it is fetched once the article is on screen), fetched once', async () => {
    const seed = readFileSync(join(FIXTURES, 'jannah-seed.html'), 'utf8');
    const image = server.route('/uploads/lead.png', { body: readFileSync(join(ROOT, 'assets/icon-128.png')), type: 'image/png' });
    const html = seed.replace(/https:\/\/news-autoblog\.example\/wp-content\/uploads\/2024\/05\/putin-military-meeting[^"\s]*\.jpg/g, image);
    const url = server.route('/local-lead-image.html', { body: html });
    const page = await session.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const requestsBefore = server.requests.filter((path) => path === '/uploads/lead.png').length;
    const popup = await session.openToolbarPopup(page);
    await popup.waitFor(readPopup);
    const lead = await popup.waitFor(() => {
      const img = document.querySelector<HTMLImageElement>('figure.bs-figure-lead img');
      return img && img.complete && img.naturalWidth > 0
        ? { loading: img.loading, width: img.naturalWidth, shown: img.getBoundingClientRect().height > 0 }
        : null;
    });
    expect(lead).toEqual({ loading: 'lazy', width: 128, shown: true });
    await popup.screenshot(screenshotPath('popup/jannah-seed-lead-image'));
    // The popup's own request for it: the page had loaded it already (the same URL, no-store).
    expect(server.requests.filter((path) => path === '/uploads/lead.png').length - requestsBefore).toBe(1);
    await popup.close();
    await page.close();
  });

  it("reads the page without running the page's code: its custom elements are not constructed again, its scripts stay as they were", async () => {
    const seed = readFileSync(join(FIXTURES, 'jannah-seed.html'), 'utf8');
    const counting =
      '<x-count></x-count><script>window.constructed = 0;' +
      'customElements.define("x-count", class extends HTMLElement { constructor() { super(); window.constructed += 1; } });</script>';
    const url = server.route('/custom-elements.html', { body: seed.replace('</body>', `${counting}</body>`) });
    const page = await session.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const scriptsBefore = await page.evaluate(() => [...document.scripts].map((script) => script.text));
    expect(await page.evaluate(() => (window as unknown as { constructed: number }).constructed)).toBe(1);
    const popup = await session.openToolbarPopup(page);
    const view = (await popup.waitFor(readPopup)) as PopupView;
    expect(view.title).toBe(expectedArticle('jannah-seed')!.title);
    expect(await page.evaluate(() => (window as unknown as { constructed: number }).constructed)).toBe(1);
    expect(await page.evaluate(() => [...document.scripts].map((script) => script.text))).toEqual(scriptsBefore);
    await popup.close();
    await page.close();
  });

  it('not-article-webapp: says there is no article', async () => {
    const { view, popup } = await popupOver('/not-article-webapp.html', 'not-article-webapp');
    await popup.close();
    expect(view.state).toBe('no-article');
    expect(view.rootText).toContain('No article on this page');
    expect(view.title).toBeNull();
  });

  it('works where auto-clean is off for the site (content script not registered there): injects on demand', async () => {
    const original = await session.readSettings();
    expect(original, 'settings were written on install').toBeTruthy();
    const off = structuredClone(original) as { autoClean: { disabledSites: string[] } };
    off.autoClean.disabledSites = [...off.autoClean.disabledSites, server.host];
    await session.writeSettings(off);
    try {
      await session.waitForRegistration((s) => !!s?.excludeMatches?.some((m) => m.includes(server.host)));
      const page = await session.newPage();
      await page.goto(server.url('/jannah-seed.html?auto-clean-off'), { waitUntil: 'load' });
      // Proof that the content script did not run: the page is as served.
      const untouched = await page.evaluate(() => ({
        notice: document.querySelectorAll('.theme-notice').length,
        hidden: document.querySelectorAll('[data-broadsheet-hidden]').length,
      }));
      expect(untouched).toEqual({ notice: 1, hidden: 0 });
      const popup = await session.openToolbarPopup(page);
      const view = await popup.waitFor(readPopup);
      await popup.screenshot(screenshotPath('popup/jannah-seed-auto-clean-off'));
      await popup.close();
      expect(view.state).toBe('article');
      expect(view.title).toBe(expectedArticle('jannah-seed')!.title);
      expect(view.credits).toContain('Gavriil Grigorov/Pool/Sputnik/Reuters/File');
      expect(view.rootText).not.toContain('License is not validated');
      // On-demand injection only answers: the page itself stays as served.
      const after = await page.evaluate(() => ({
        notice: document.querySelectorAll('.theme-notice').length,
        hidden: document.querySelectorAll('[data-broadsheet-hidden]').length,
      }));
      expect(after).toEqual({ notice: 1, hidden: 0 });
      await page.close();
    } finally {
      await session.writeSettings(original);
    }
  });
});
