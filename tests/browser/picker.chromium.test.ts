// The element picker in Chromium, end to end: started from the popup's buttons, driven from the
// keyboard alone and with the mouse, its rule saved for the site, applied at once and from the
// next load on (hide-rules.js at document_start), Escape leaving no trace, and "Pick the
// article" changing what the popup shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
import { pickerState } from './harness/picker.mjs';
import { saveScreenshot } from './harness/screenshots.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const LONG = 'The harbour board approved the dredging plan after a long debate, and officials said work would begin next spring, weeks ahead of schedule.';
const paragraphs = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `<p>${prefix} ${index + 1}. ${LONG}</p>`).join('\n');

// A blog page on no known theme, with page CSS that tries to reach the picker, a promo box in
// the story (the rule to make), a sidebar ad the page made `pointer-events: none`, and an iframe.
// The inline script records what the reader would see at DOMContentLoaded and at first paint.
const HIDE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title>
<meta property="og:type" content="article">
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; display: flex; gap: 24px; padding: 16px; }
  article { flex: 3; } aside { flex: 1; }
  .promo-box { height: 320px; background: #fde68a; padding: 12px; }
  .widget-ad { height: 200px; background: #fecaca; pointer-events: none; }
  broadsheet-picker, broadsheet-picker * { display: none !important; opacity: 0 !important; font-size: 60px !important; }
  :root { --x: 1; } * { cursor: wait !important; }
</style>
<script>
  // What the reader could see: the box shown, on a page shown (hide-rules.js keeps the page from
  // showing until its storage read answers).
  const seen = () => {
    const promo = document.querySelector('.promo-box');
    if (!promo) return 'missing';
    return getComputedStyle(promo).display !== 'none' && getComputedStyle(document.documentElement).opacity !== '0' ? 'visible' : 'hidden';
  };
  document.addEventListener('DOMContentLoaded', () => {
    window.atDomContentLoaded = seen();
    requestAnimationFrame(() => { window.atFirstFrame = seen(); });
  });
</script></head><body>
<article><h1>Harbour plan approved</h1>
<div class="post-body">${paragraphs(2, 'Story')}
<div class="promo-box"><p>Subscribe today and read every story of the Harbour Times without limits.</p></div>
${paragraphs(2, 'More')}</div></article>
<aside id="sidebar"><div class="widget-ad"><p>Advertisement</p></div><iframe title="ad" srcdoc="<p>frame</p>" width="200" height="120"></iframe></aside>
</body></html>`;

// A page where the generic engine takes the long letters column for the article.
const ARTICLE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council votes on the harbour</title>
<style>body { margin: 0; font: 16px/1.4 sans-serif; } .layout { display: flex; gap: 20px; } .col-a { flex: 1; } .col-b { flex: 2; }</style>
</head><body><div class="layout">
<div class="col-a"><h1>Council votes on the harbour</h1><div class="story-text">${paragraphs(3, 'Story')}</div></div>
<div class="col-b"><section class="letters">${paragraphs(12, 'Letter')}</section></div>
</div></body></html>`;

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  server.route('/hide.html', { body: HIDE_PAGE });
  server.route('/article.html', { body: ARTICLE_PAGE });
  session = await launchChromium();
  await session.waitForRegistration();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const SITE_KEY = 'site:127.0.0.1';

async function storedRules(): Promise<{ hide?: string[]; article?: string } | undefined> {
  return (await session.evalWorker(
    (key) => Promise.all([chrome.storage.sync.get(key), chrome.storage.local.get(key)]).then(([sync, local]) => local[key] ?? sync[key]),
    SITE_KEY,
  )) as { hide?: string[]; article?: string } | undefined;
}

/** Opens the popup for the page's tab and presses one of its picker buttons; back to the page. */
async function startFromPopup(page: Page, button: '#pick-hide' | '#pick-article'): Promise<void> {
  const popup = await session.openPopupTab(await session.tabIdOf(page));
  const closed = popup.waitForEvent('close', { timeout: 10_000 });
  await popup.click(button);
  await closed; // the popup gets out of the way once the picker is on the page
  await page.bringToFront();
  await waitForPicker(page, (state) => state.open && state.label !== undefined);
}

async function waitForPicker(page: Page, accept: (state: Awaited<ReturnType<typeof pickerState>>) => boolean) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await pickerState(page);
    if (accept(state)) return state;
    if (Date.now() > deadline) throw new Error(`picker never reached the state: ${JSON.stringify(state)}`);
    await sleep(100);
  }
}

const display = (page: Page, selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s) as Element).display, selector);

describe('element picker (Chromium)', () => {
  it('keyboard alone: narrow, widen, choose, save; hidden at once and from the next load on, before paint', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/hide.html'), { waitUntil: 'load' });
    try {
      expect(await display(page, '.promo-box')).toBe('block');
      await startFromPopup(page, '#pick-hide');
      // It starts on the article, announced to screen readers.
      let state = await pickerState(page);
      expect(state.label?.name).toBe('article');
      expect(state.live).toContain('Choose what to hide');
      saveScreenshot('picker/hide-start', await page.screenshot());

      await page.keyboard.press('ArrowDown');
      expect((await pickerState(page)).label?.name).toBe('div.post-body');
      await page.keyboard.press('ArrowDown');
      state = await pickerState(page);
      expect(state.label).toEqual({ name: 'div.promo-box', matches: 1 });
      expect(state.live).toContain('div.promo-box');
      await page.keyboard.press('ArrowUp');
      expect((await pickerState(page)).label?.name).toBe('div.post-body');
      await page.keyboard.press('ArrowDown');
      expect((await pickerState(page)).label?.name).toBe('div.promo-box');
      saveScreenshot('picker/hide-outline', await page.screenshot());

      await page.keyboard.press('Enter');
      state = await waitForPicker(page, (s) => s.panel?.hidden === false);
      expect(state.panel).toMatchObject({ title: 'Hide on 127.0.0.1', selector: '.promo-box', error: '', saveDisabled: false, low: false });
      expect(state.panel?.count).toContain('Hides 1 element');
      saveScreenshot('picker/hide-confirm', await page.screenshot());
      await page.keyboard.press('Enter'); // Save has the focus

      await expect.poll(storedRules, { timeout: 10_000 }).toEqual({ hide: ['.promo-box'] });
      await expect.poll(() => display(page, '.promo-box'), { timeout: 5_000 }).toBe('none');
      expect((await pickerState(page)).open).toBe(false);
      // The story's own paragraphs stay.
      expect(await display(page, '.post-body > p')).toBe('block');

      // The next load: hidden by the time the page's DOMContentLoaded and first frame come.
      await expect
        .poll(async () => (await session.registrations()).find((script) => script.id === 'broadsheet-hide-rules')?.matches, { timeout: 10_000 })
        .toEqual(['*://127.0.0.1/*']);
      await page.reload({ waitUntil: 'load' });
      await sleep(100);
      expect(await page.evaluate(() => (window as unknown as { atDomContentLoaded: string }).atDomContentLoaded)).toBe('hidden');
      expect(await page.evaluate(() => (window as unknown as { atFirstFrame: string }).atFirstFrame)).toBe('hidden');
      expect(await display(page, '.promo-box')).toBe('none');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).opacity)).toBe('1');
      expect(await display(page, '.post-body > p')).toBe('block');

      // Show original reveals what the reader hid, until the next load.
      const popup = await session.openPopupTab(await session.tabIdOf(page));
      await popup.click('#show-original');
      const status = await popup.waitForSelector('#show-original-status[data-restored]', { timeout: 10_000 });
      expect(Number(await status.getAttribute('data-restored'))).toBe(1);
      await popup.close();
      expect(await display(page, '.promo-box')).toBe('block');
    } finally {
      await page.close();
    }
  });

  it('Escape leaves no node behind and gives the focus back', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/hide.html'), { waitUntil: 'load' });
    try {
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await startFromPopup(page, '#pick-hide');
      expect(await page.evaluate(() => document.querySelectorAll('broadsheet-picker').length)).toBe(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      // The story's body: refused with the reason, Save disabled.
      const state = await waitForPicker(page, (s) => s.panel?.hidden === false);
      expect(state.panel).toMatchObject({ selector: '.post-body', saveDisabled: true });
      expect(state.panel?.error).toContain("most of the article's text");
      // Tab stays in the panel (Save is disabled, so on Cancel); Cancel goes back to picking.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const picking = await waitForPicker(page, (s) => s.panel?.hidden === true);
      expect(picking.label?.name).toBe('div.post-body');
      await page.keyboard.press('Escape');
      expect((await pickerState(page)).open).toBe(false);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a click chooses the element under the pointer, even one the page made pointer-events: none', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/hide.html'), { waitUntil: 'load' });
    try {
      await startFromPopup(page, '#pick-hide');
      const box = await page.locator('.widget-ad').boundingBox();
      if (!box) throw new Error('no box for .widget-ad');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height - 15);
      await expect.poll(async () => (await pickerState(page)).label?.name, { timeout: 5_000 }).toBe('div.widget-ad');
      // Over the iframe: the picker names the frame element, it does not go inside.
      const frame = await page.locator('iframe').boundingBox();
      if (!frame) throw new Error('no box for the iframe');
      await page.mouse.move(frame.x + 20, frame.y + 20);
      await expect.poll(async () => (await pickerState(page)).label?.name, { timeout: 5_000 }).toBe('iframe');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height - 15);
      await expect.poll(async () => (await pickerState(page)).label?.name, { timeout: 5_000 }).toBe('div.widget-ad');
      // The page's own click handlers never hear it.
      await page.evaluate(() => {
        (window as unknown as { pageClicks: number }).pageClicks = 0;
        document.addEventListener('click', () => {
          (window as unknown as { pageClicks: number }).pageClicks += 1;
        });
      });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height - 15);
      const state = await waitForPicker(page, (s) => s.panel?.hidden === false);
      expect(state.panel?.selector).toBe('.widget-ad');
      // The panel moves to the bottom: the chosen element sits in its corner.
      expect(state.panel?.low).toBe(true);
      saveScreenshot('picker/click-confirm', await page.screenshot());
      expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
      await page.keyboard.press('Escape');
      expect((await pickerState(page)).open).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('"Pick the article": the popup then reads the story, not the letters column', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/article.html'), { waitUntil: 'load' });
    try {
      const tabId = await session.tabIdOf(page);
      let popup = await session.openPopupTab(tabId);
      const beforeText = (await popup.textContent('main')) ?? '';
      await popup.close();
      // The control: without the rule the popup shows the wrong block.
      expect(beforeText).toContain('Letter 1.');

      await startFromPopup(page, '#pick-article');
      expect((await pickerState(page)).label?.name).toBe('div.layout');
      await page.keyboard.press('ArrowDown');
      expect((await pickerState(page)).label?.name).toBe('div.col-b');
      await page.keyboard.press('ArrowLeft');
      expect((await pickerState(page)).label?.name).toBe('div.col-a');
      await page.keyboard.press('ArrowDown');
      expect((await pickerState(page)).label?.name).toBe('div.story-text');
      await page.keyboard.press('Enter');
      const state = await waitForPicker(page, (s) => s.panel?.hidden === false);
      expect(state.panel).toMatchObject({ title: 'Use as the article on 127.0.0.1', selector: '.story-text', saveDisabled: false });
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await storedRules())?.article, { timeout: 10_000 }).toBe('.story-text');

      popup = await session.openPopupTab(tabId);
      const afterText = (await popup.textContent('main')) ?? '';
      await popup.close();
      expect(afterText).toContain('Story 1.');
      expect(afterText).not.toContain('Letter 1.');
    } finally {
      await page.close();
    }
  });
});
