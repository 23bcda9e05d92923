// The toolbar badge: after auto-clean ran on a tab, the badge on THAT tab shows how many items it
// removed (the same count the popup reports), its tooltip says so; other tabs keep no badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, sleep, type ChromiumSession } from './harness/chromium.mjs';
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

async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  return session.evalWorker(
    (id) => Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]).then(([text, title]) => ({ text, title })),
    tabId,
  );
}

async function waitForBadge(tabId: number, accept: (badge: { text: string }) => boolean): Promise<{ text: string; title: string }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const badge = await badgeOf(tabId);
    if (accept(badge) || Date.now() > deadline) return badge;
    await sleep(100);
  }
}

describe('toolbar badge (Chromium)', () => {
  it('shows the number of clutter items auto-clean removed on this tab, and only on it', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html'), { waitUntil: 'load' });
    const tabId = await session.tabIdOf(page);
    const badge = await waitForBadge(tabId, (b) => b.text !== '');
    // The same count the popup shows for this page load.
    const popup = await session.openPopupTab(tabId);
    const count = await popup.getAttribute('#clean-count', 'data-count');
    expect(Number(count)).toBeGreaterThan(0);
    expect(badge.text).toBe(count);
    expect(badge.title).toBe(`Broadsheet: ${count} items of clutter removed`);
    // What was hidden on the page is what the badge counts (license notices are detached).
    const onPage = await page.evaluate(() => document.querySelectorAll('[data-broadsheet-hidden]').length);
    expect(onPage).toBeGreaterThan(0);
    expect(onPage).toBeLessThanOrEqual(Number(count));
    await popup.close();

    // A page that is not a news article: nothing removed, no badge, the plain title.
    const other = await session.newPage();
    await other.goto(server.url('/not-article-webapp.html'), { waitUntil: 'load' });
    const otherTab = await session.tabIdOf(other);
    await sleep(500);
    expect(await badgeOf(otherTab)).toEqual({ text: '', title: 'Broadsheet: read this article' });
    // The first tab keeps its own count.
    expect((await badgeOf(tabId)).text).toBe(count);
    await other.close();
    await page.close();
  });
});
