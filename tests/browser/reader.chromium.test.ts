// The full-tab reader (src/reader/) in Chromium with the built extension: opened from the popup,
// same article view, themes painted from the first frame, typography applied live, RTL, images
// off, save as HTML, print. Screenshots go to artifacts/screenshots/reader/ (and docs/ for the
// README when BROADSHEET_DOCS_SCREENSHOTS=1).
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { expectedArticle, normalizeSpace, paragraphsOf } from './harness/fixtures.mjs';
import { ROOT } from './harness/paths.mjs';
import { readPopup } from './harness/probes.mjs';
import { screenshotPath } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const READER_PATH = 'src/reader/index.html';
// theme.css --bs-bg of each theme, as computed colours.
const BACKGROUNDS = { light: 'rgb(251, 251, 249)', dark: 'rgb(23, 24, 26)', sepia: 'rgb(244, 236, 216)' };

let server: FixtureServer;
let session: ChromiumSession;
let defaults: Record<string, any>;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ viewport: { width: 1100, height: 860 } });
  await session.waitForRegistration();
  defaults = (await session.readSettings()) as Record<string, any>;
});

/** Pages a test opened: closed after it even when it failed, so the next test finds one tab per fixture URL. */
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => (page.isClosed() ? undefined : page.close())));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function setReader(patch: Record<string, unknown>): Promise<void> {
  const current = (await session.readSettings()) as Record<string, any>;
  await session.writeSettings({ ...current, reader: { ...current.reader, ...patch } });
}

/** A fixture page in a tab, and its tab id. */
async function openFixture(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.newPage();
  opened.push(page);
  await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
  return { page, tabId: await session.tabIdOf(page) };
}

/** The reader tab for `tabId`, once it stopped loading. */
async function openReader(tabId: number, before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await session.newPage();
  opened.push(page);
  if (before) await before(page);
  await page.goto(session.extensionUrl(`${READER_PATH}?tab=${tabId}`));
  await page.waitForSelector('#app-root:not([data-state="loading"])', { timeout: 15_000 });
  return page;
}

const rootBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

function shoot(name: string): string {
  return screenshotPath(`reader/${name}`);
}

/** Copies a screenshot into docs/ for the README (only when asked: docs/ is in git). */
function toDocs(file: string, name: string): void {
  if (process.env.BROADSHEET_DOCS_SCREENSHOTS === '1') copyFileSync(file, resolve(ROOT, 'docs', name));
}

describe('reader tab (Chromium)', () => {
  it('"Open in reader tab" in the popup opens the same article without fetching the page again', async () => {
    await setReader({ ...defaults.reader, theme: 'light' });
    const expected = expectedArticle('jannah-seed')!;
    const { page, tabId } = await openFixture('jannah-seed');
    const fetches = () => server.requests.filter((path) => path === '/jannah-seed.html').length;
    const fetchedBefore = fetches();
    const popup = await session.openPopupTab(tabId);
    const popupView = await popup.evaluate(readPopup);
    const opened = session.ctx.waitForEvent('page', { predicate: (p) => p.url().includes(READER_PATH) });
    await popup.click('#open-reader');
    const reader = await opened;
    expect(new URL(reader.url()).searchParams.get('tab')).toBe(String(tabId));
    await reader.waitForSelector('#app-root[data-state="article"]', { timeout: 15_000 });
    const view = await reader.evaluate(readPopup);
    expect(view?.title).toBe(expected.title);
    expect(view?.title).toBe(popupView?.title);
    expect(view?.captions).toEqual(popupView?.captions);
    expect(view?.credits).toContain('Gavriil Grigorov/Pool/Sputnik/Reuters/File');
    for (const paragraph of paragraphsOf(expected)) expect(view?.bodyText).toContain(paragraph);
    expect(view?.source?.href).toBe('https://amp.cnn.com/');
    // Back to the original page, the article's language and direction, the tab title.
    const chrome = await reader.evaluate(() => ({
      back: document.querySelector('#reader-back')?.getAttribute('href'),
      original: document.querySelector('a.bs-original')?.getAttribute('href'),
      lang: document.querySelector('article.bs-article')?.getAttribute('lang'),
      dir: document.querySelector('article.bs-article')?.getAttribute('dir'),
      title: document.title,
      landmarks: ['header', 'main', 'nav'].map((tag) => document.querySelectorAll(tag).length),
      readingTime: document.querySelector('.bs-reading-time')?.textContent,
    }));
    expect(chrome.back).toBe(server.url('/jannah-seed.html'));
    expect(chrome.original).toBe(server.url('/jannah-seed.html'));
    expect(chrome.lang).toBe(expected.lang);
    expect(chrome.dir).toBe('ltr');
    expect(chrome.title).toBe(`${expected.title} · Broadsheet`);
    expect(chrome.readingTime).toBe(`${expected.readingMinutes} min read`);
    expect(fetches()).toBe(fetchedBefore);
    await sleep(300);
    await reader.screenshot({ path: shoot('light'), fullPage: false });
    toDocs(shoot('light'), 'reader-light.png');
    await reader.close();
    await page.close();
  });

  it('paints the chosen theme from the first frame (no white flash) and follows the system theme', async () => {
    const { page, tabId } = await openFixture('jannah-seed');
    await setReader({ theme: 'dark' });
    // One visit caches the look in the extension origin's localStorage, as any popup use does.
    const first = await openReader(tabId);
    await first.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await first.close();
    /** Records the root background at the first animation frame, i.e. what the first paint shows. */
    const probe = (reader: Page) =>
      reader.addInitScript(() => {
        requestAnimationFrame(() => {
          (window as unknown as { __firstFrame: unknown }).__firstFrame = {
            background: getComputedStyle(document.documentElement).backgroundColor,
            theme: document.documentElement.dataset.theme ?? null,
            articleShown: document.querySelector('#app-root[data-state="article"]') !== null,
          };
        });
      });
    // The claim needs a first frame painted before the article arrived. On a busy machine the
    // article can win that race (the first frame comes late): every attempt must be dark, and
    // one of a few must have painted before the article.
    type FirstFrame = { background: string; theme: string | null; articleShown: boolean };
    const firstFrameOf = (page: Page) => page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);
    let reader = await openReader(tabId, probe);
    let frame = await firstFrameOf(reader);
    for (let attempt = 1; attempt < 5 && frame.articleShown; attempt += 1) {
      expect(frame).toEqual({ background: BACKGROUNDS.dark, theme: 'dark', articleShown: true });
      await reader.close();
      reader = await openReader(tabId, probe);
      frame = await firstFrameOf(reader);
    }
    expect(frame).toEqual({ background: BACKGROUNDS.dark, theme: 'dark', articleShown: false });
    await reader.waitForSelector('#app-root[data-state="article"]');
    expect(await rootBackground(reader)).toBe(BACKGROUNDS.dark);
    await sleep(300);
    await reader.screenshot({ path: shoot('dark') });
    toDocs(shoot('dark'), 'reader-dark.png');
    await reader.close();

    // "Same as the system" on a dark system: dark from the stylesheet alone, first frame included.
    await setReader({ theme: 'system' });
    const warm = await openReader(tabId);
    await warm.close();
    const system = await openReader(tabId, async (p) => {
      await p.emulateMedia({ colorScheme: 'dark' });
      await probe(p);
    });
    const systemFrame = await system.evaluate(() => (window as unknown as { __firstFrame: { background: string } }).__firstFrame);
    expect(systemFrame.background).toBe(BACKGROUNDS.dark);
    await system.emulateMedia({ colorScheme: 'light' });
    expect(await rootBackground(system)).toBe(BACKGROUNDS.light);
    await system.close();
    await page.close();
  });

  it('applies look changes instantly, from the panel and from other pages, and saves them to storage.sync', async () => {
    await setReader({ ...defaults.reader, theme: 'light' });
    const { page, tabId } = await openFixture('jannah-seed');
    const reader = await openReader(tabId);
    // Another page (options, another device) changes the theme: this view follows.
    await setReader({ theme: 'sepia' });
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
    expect(await rootBackground(reader)).toBe(BACKGROUNDS.sepia);
    // The panel, by keyboard: open it, change font, size, line height, width, alignment.
    await reader.focus('#reader-look-toggle');
    await reader.keyboard.press('Enter');
    await reader.waitForSelector('#reader-look-panel');
    expect(await reader.getAttribute('#reader-look-toggle', 'aria-expanded')).toBe('true');
    await reader.selectOption('#look-font', 'dyslexic');
    await reader.fill('#look-font-size', '22');
    await reader.selectOption('#look-width', 'narrow');
    await reader.selectOption('#look-align', 'justify');
    await reader.focus('#look-line-height');
    await reader.keyboard.press('ArrowRight');
    await reader.keyboard.press('ArrowRight');
    await reader.waitForFunction(() => document.documentElement.style.getPropertyValue('--bs-line-height') === '1.8');
    const stored = (await session.readSettings()) as { reader: Record<string, unknown> };
    expect(stored.reader).toMatchObject({ theme: 'sepia', font: 'dyslexic', fontSize: 22, width: 'narrow', align: 'justify', lineHeight: 1.8 });
    const look = await reader.evaluate(async () => {
      const paragraph = document.querySelector('.bs-body p')!;
      const style = getComputedStyle(paragraph);
      await document.fonts.ready;
      return {
        font: style.fontFamily,
        size: style.fontSize,
        align: style.textAlign,
        lineHeight: style.lineHeight,
        column: Math.round(document.querySelector('.bs-article')!.getBoundingClientRect().width),
        dyslexicLoaded: [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'OpenDyslexic' && face.status === 'loaded'),
      };
    });
    expect(look.font).toMatch(/^"?OpenDyslexic/);
    expect(look.dyslexicLoaded).toBe(true);
    expect(look.size).toBe('22px');
    expect(look.align).toBe('justify');
    expect(look.lineHeight).toBe(`${22 * 1.8}px`);
    expect(look.column).toBe(22 * 32);
    // Escape closes the panel and gives focus back to its button.
    await reader.focus('#look-width');
    await reader.keyboard.press('Escape');
    expect(await reader.$('#reader-look-panel')).toBeNull();
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('reader-look-toggle');
    await sleep(300);
    await reader.screenshot({ path: shoot('sepia-dyslexic') });
    await reader.close();
    await page.close();
    await setReader({ ...defaults.reader });
  });

  it('lays out the Arabic article right to left with Arabic fonts, and keeps a Latin name inside it in order', async () => {
    await setReader({ ...defaults.reader, theme: 'light' });
    const expected = expectedArticle('jannah-rtl-arabic')!;
    const { page, tabId } = await openFixture('jannah-rtl-arabic');
    const reader = await openReader(tabId);
    const rtl = await reader.evaluate(() => {
      const article = document.querySelector('article.bs-article')!;
      const paragraph = [...document.querySelectorAll('.bs-body p')].find((p) => p.textContent!.includes('Antony Blinken'))!;
      const text = [...paragraph.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('Antony'))!;
      const word = (w: string) => {
        const range = document.createRange();
        const start = text.textContent!.indexOf(w);
        range.setStart(text, start);
        range.setEnd(text, start + w.length);
        return range.getBoundingClientRect();
      };
      const title = document.querySelector('h1.bs-title')!.getBoundingClientRect();
      const box = article.getBoundingClientRect();
      return {
        lang: article.getAttribute('lang'),
        dir: article.getAttribute('dir'),
        direction: getComputedStyle(paragraph).direction,
        font: getComputedStyle(paragraph).fontFamily,
        // Latin run inside RTL text: "Antony" stays left of "Blinken".
        latinInOrder: word('Antony').right <= word('Blinken').left,
        // Arabic before the name sits to its right (RTL flow).
        arabicRightOfName: word('الأمريكي').left >= word('Blinken').right,
        titleFlushRight: Math.abs(box.right - title.right) < 2,
        uiDir: document.documentElement.dir,
      };
    });
    expect(rtl).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl', latinInOrder: true, arabicRightOfName: true, titleFlushRight: true, uiDir: 'ltr' });
    expect(rtl.font).toMatch(/^"?Noto Naskh Arabic/);
    const view = await reader.evaluate(readPopup);
    expect(view?.title).toBe(expected.title);
    expect(view?.captions.map(normalizeSpace)).toContain(normalizeSpace(expected.leadImage!.caption!));
    await sleep(300);
    await reader.screenshot({ path: shoot('rtl') });
    toDocs(shoot('rtl'), 'reader-rtl.png');
    await reader.close();
    await page.close();
  });

  it('with images off shows no image, caption or credit; broken images leave no icon', async () => {
    const { page, tabId } = await openFixture('jannah-seed');
    await setReader({ ...defaults.reader, theme: 'light', showImages: true });
    const reader = await openReader(tabId);
    // Fixture images point at unreachable hosts: every one ends up hidden, captions stay.
    await reader.waitForFunction(() => [...document.querySelectorAll('.bs-article img')].every((img) => (img as HTMLImageElement).hidden));
    const broken = await reader.evaluate(() => ({
      images: document.querySelectorAll('.bs-article img').length,
      visibleImages: [...document.querySelectorAll('.bs-article img')].filter((img) => img.getBoundingClientRect().height > 0).length,
      captions: document.querySelectorAll('.bs-caption').length,
    }));
    expect(broken.images).toBeGreaterThan(0);
    expect(broken.visibleImages).toBe(0);
    expect(broken.captions).toBeGreaterThan(0);
    await setReader({ showImages: false });
    await reader.waitForFunction(() => document.documentElement.dataset.images === 'off');
    const off = await reader.evaluate(() => ({
      images: document.querySelectorAll('.bs-article img, .bs-article picture').length,
      captions: document.querySelectorAll('.bs-article figcaption, .bs-caption, .bs-credit').length,
    }));
    expect(off).toEqual({ images: 0, captions: 0 });
    // Nothing is wider than the page.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await reader.close();
    await page.close();
    await setReader({ showImages: true });
  });

  it('saves a self-contained HTML file, copies Markdown, and prints the article alone with its source URL', async () => {
    await setReader({ ...defaults.reader, theme: 'light' });
    const expected = expectedArticle('jannah-seed')!;
    const { page, tabId } = await openFixture('jannah-seed');
    // Records what reaches the real clipboard (reading it back needs a permission headless
    // Chromium cannot grant to an extension origin).
    const reader = await openReader(tabId, (p) =>
      p.addInitScript(() => {
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        navigator.clipboard.writeText = async (text: string) => {
          await write(text);
          (window as unknown as { __copied: string }).__copied = text;
        };
      }),
    );
    const downloading = reader.waitForEvent('download');
    await reader.click('#reader-save-html');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Vladimir-Putin.*\.html$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toContain(`<title>${expected.title}</title>`);
    expect(saved).toContain('Gavriil Grigorov/Pool/Sputnik/Reuters/File');
    expect(saved).toContain('<style>');
    expect(saved).toMatch(/--bs-bg: ?#fbfbf9[\s\S]*\.bs-caption ?\{/); // theme.css and article.css, inline
    expect(saved).toContain(`default-src 'none'`);
    expect(saved).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(saved).not.toContain('chrome-extension://');
    for (const paragraph of paragraphsOf(expected).slice(0, 3)) expect(normalizeSpace(saved)).toContain(paragraph.slice(0, 60));
    expect(await reader.textContent('#reader-status')).toContain('Saved');

    await reader.click('#reader-copy-markdown');
    await reader.waitForFunction(() => document.querySelector('#reader-status')?.textContent === 'Copied as Markdown');
    const markdown = await reader.evaluate(() => (window as unknown as { __copied: string }).__copied);
    expect(markdown.startsWith(`# ${expected.title}`)).toBe(true);
    expect(markdown).toContain('Gavriil Grigorov/Pool/Sputnik/Reuters/File');

    await reader.emulateMedia({ media: 'print' });
    const printed = await reader.evaluate(() => ({
      bar: getComputedStyle(document.querySelector('.bs-reader-bar')!).display,
      background: getComputedStyle(document.documentElement).backgroundColor,
      caption: getComputedStyle(document.querySelector('.bs-caption')!).display,
      sourceUrl: getComputedStyle(document.querySelector('a.bs-source')!, '::after').content,
    }));
    expect(printed.bar).toBe('none');
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.caption).not.toBe('none');
    expect(printed.sourceUrl).toContain('https://amp.cnn.com/');
    await reader.close();
    await page.close();
  });

  // Browser accelerators cannot be pressed through CDP (Playwright's keys go to the page), so the
  // handler itself is unit-tested (tests/unit/ui-reader-entry.test.tsx); here: Chromium assigned
  // the suggested key. (Alt+Shift+R is taken by Chromium itself: it leaves the shortcut empty.)
  it('declares the keyboard shortcut, and Chromium assigns it', async () => {
    const commands = await session.evalWorker(() => chrome.commands.getAll());
    const command = commands.find((c) => c.name === 'open-reader');
    expect(command?.shortcut).toBe('Alt+Shift+L');
    expect(command?.description).toBe('Open the current page in the Broadsheet reader');
  });
});

describe('reader tab with the browser in Arabic (Chromium --lang=ar)', () => {
  let arabic: ChromiumSession;
  beforeAll(async () => {
    arabic = await launchChromium({ viewport: { width: 1100, height: 860 }, args: ['--lang=ar'] });
    await arabic.waitForRegistration();
  });
  afterAll(async () => {
    await arabic?.close();
  });

  it('mirrors the UI: html dir=rtl lang=ar, Arabic labels, toolbar laid out right to left', async () => {
    const page = await arabic.newPage();
    await page.goto(server.url('/jannah-seed.html?arabic-ui'), { waitUntil: 'load' });
    const reader = await arabic.newPage();
    await reader.goto(arabic.extensionUrl(`${READER_PATH}?tab=${await arabic.tabIdOf(page)}`));
    await reader.waitForSelector('#app-root[data-state="article"]');
    const ui = await reader.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      print: document.querySelector('#reader-print')?.textContent,
      brandRight: document.querySelector('.bs-brand')!.getBoundingClientRect().left > document.querySelector('#reader-print')!.getBoundingClientRect().right,
      // The English article keeps its own direction inside the mirrored UI.
      articleDir: getComputedStyle(document.querySelector('.bs-body p')!).direction,
      readingTime: document.querySelector('.bs-reading-time')?.textContent,
    }));
    expect(ui).toMatchObject({ lang: 'ar', dir: 'rtl', print: 'اطبع', brandRight: true, articleDir: 'ltr' });
    expect(ui.readingTime).toMatch(/قراءة في/);
    await sleep(300);
    await reader.screenshot({ path: shoot('ui-arabic') });
    await reader.close();
    await page.close();
  });
});
