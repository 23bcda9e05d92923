// @vitest-environment jsdom
// The popup's fast path: src/popup/early-request.ts (popup-early.js's first part) asks the tab
// before the modules load, read-page uses that answer when it is a snapshot and falls back to
// the full path when it is not; and the popup shows the article without waiting for a frame
// (no timers or animation frames run in the last test: Preact's useEffect would never fire).
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types';
import { takeEarlyPage } from '../../src/popup/early-page';
import { type EarlyApi, requestPageEarly } from '../../src/popup/early-request';
import { PopupApp } from '../../src/popup/PopupApp';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema';
import { CONTENT_SCRIPT_PATH } from '../../src/shared/content-script-file';
import { WORLD_FLAG, worldFlag } from '../../src/shared/world-flags';
import { readCurrentPage, type PageState } from '../../src/ui/page/read-page';
import { usePage } from '../../src/ui/page/use-page';
import { useSettings } from '../../src/ui/use-settings';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';
import { loadFixture, readExpected } from '../helpers/fixtures';

vi.mock('webextension-polyfill', () => import('../mocks/webextension-polyfill'));

// The seed page, as the content script would send it.
const seed = loadFixture('jannah-seed');
const PAGE_URL = seed.url;
const snapshot = { url: seed.url, html: seed.html, cleanReport: null };
const SEED_TITLE = (readExpected<Article>('jannah-seed', 'expected') as Article).title;

type Scope = { chrome?: unknown; browser?: unknown; __broadsheetEarlyPage?: unknown };
const scope = globalThis as Scope;

/** The early request against a browser's own API object, as popup-early.js starts it. */
function runEarly(chrome: unknown): void {
  scope.chrome = chrome;
  requestPageEarly(chrome as EarlyApi, location.search);
}

beforeEach(async () => {
  await resetBrowserMock();
});

afterEach(() => {
  delete scope.chrome;
  delete scope.__broadsheetEarlyPage;
  vi.useRealTimers();
});

describe('early page request', () => {
  it('asks the active tab for its snapshot and read-page uses that answer without asking again', async () => {
    const chrome = {
      tabs: {
        query: vi.fn(async () => [{ id: 7 }]),
        sendMessage: vi.fn(async () => snapshot),
      },
    };
    runEarly(chrome);
    expect(chrome.tabs.sendMessage).not.toHaveBeenCalled(); // the tab id comes first
    const state = await readCurrentPage(takeEarlyPage());
    expect(chrome.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(chrome.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page:snapshot', payload: {} });
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(state.kind).toBe('article');
    expect(state.kind === 'article' && state.article.title).toBe(SEED_TITLE);
    expect(state.kind === 'article' && state.tabId).toBe(7);
    expect(takeEarlyPage()).toBeUndefined(); // taken once
  });

  it('takes the tab from ?tab= when the popup is opened in a tab', async () => {
    window.history.replaceState(null, '', '/src/popup/index.html?tab=12');
    try {
      const chrome = { tabs: { query: vi.fn(), sendMessage: vi.fn(async () => snapshot) } };
      runEarly(chrome);
      const state = await readCurrentPage(takeEarlyPage());
      expect(chrome.tabs.query).not.toHaveBeenCalled();
      expect(chrome.tabs.sendMessage).toHaveBeenCalledWith(12, { type: 'page:snapshot', payload: {} });
      expect(state.kind === 'article' && state.tabId).toBe(12);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('falls back to the full path (inject, ask again) when the early answer is not a snapshot', async () => {
    const chrome = {
      tabs: {
        query: vi.fn(async () => [{ id: 4 }]),
        // No content script in the tab yet: Chromium rejects "Receiving end does not exist".
        sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection.'))),
      },
    };
    runEarly(chrome);
    browser.tabs.query.mockResolvedValue([{ id: 4 }]);
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValueOnce(snapshot);
    browser.scripting.executeScript.mockResolvedValue([]);
    const state = await readCurrentPage(takeEarlyPage());
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(2); // on-demand flag, then the content script
    expect(state.kind).toBe('article');
    expect(state.kind === 'article' && state.tabId).toBe(4);
  });

  it('injects the content script on demand from <head> when none answers, and read-page uses that answer', async () => {
    const chrome = {
      tabs: {
        query: vi.fn(async () => [{ id: 9 }]),
        sendMessage: vi.fn().mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValueOnce(snapshot),
      },
      scripting: { executeScript: vi.fn(async () => []) },
    };
    runEarly(chrome);
    const state = await readCurrentPage(takeEarlyPage());
    expect(chrome.scripting.executeScript).toHaveBeenCalledTimes(2);
    const [flagCall, fileCall] = chrome.scripting.executeScript.mock.calls as unknown as [Record<string, any>][];
    expect(flagCall[0]).toEqual({ target: { tabId: 9 }, func: expect.any(Function), args: [WORLD_FLAG.onDemand] });
    expect(fileCall[0]).toEqual({ target: { tabId: 9 }, files: [CONTENT_SCRIPT_PATH] });
    // What the injected function does in the page's world: the flag content.js reads.
    flagCall[0].func(...flagCall[0].args);
    expect(worldFlag(WORLD_FLAG.onDemand)).toBe(true);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(WORLD_FLAG.onDemand)];
    expect(chrome.tabs.sendMessage).toHaveBeenCalledTimes(2);
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    expect(state.kind === 'article' && state.article.title).toBe(SEED_TITLE);
    expect(state.kind === 'article' && state.tabId).toBe(9);
  });

  it('leaves it to the full path when injecting from <head> fails', async () => {
    const chrome = {
      tabs: { query: vi.fn(async () => [{ id: 3 }]), sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection.'))) },
      scripting: { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page.'))) },
    };
    runEarly(chrome);
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValueOnce(snapshot);
    browser.scripting.executeScript.mockResolvedValue([]);
    const state = await readCurrentPage(takeEarlyPage());
    expect(chrome.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(2);
    expect(browser.tabs.query).not.toHaveBeenCalled(); // the early request's tab
    expect(state.kind === 'article' && state.tabId).toBe(3);
  });

  it('a content script the browser could not run is an error, not a wait (Firefox reports it in the result)', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 6 }]);
    browser.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    browser.scripting.executeScript
      .mockResolvedValueOnce([{ frameId: 0, result: null }])
      .mockResolvedValueOnce([{ frameId: 0, error: 'Unable to load script: /content.js' }]);
    const state = await readCurrentPage();
    expect(browser.tabs.sendMessage).toHaveBeenCalledTimes(1); // not asked again after a failed injection
    expect(state.kind).toBe('error');
    expect(state.kind === 'error' && state.detail).toContain('Unable to load script: /content.js');
  });

  it('ignores a hostile or malformed early answer', async () => {
    const chrome = { tabs: { query: vi.fn(async () => [{ id: 5 }]), sendMessage: vi.fn(async () => ({ url: 1, html: '<img src=x onerror=alert(1)>' })) } };
    runEarly(chrome);
    browser.tabs.query.mockResolvedValue([{ id: 5 }]);
    browser.tabs.sendMessage.mockResolvedValue({ url: PAGE_URL, html: '', cleanReport: null });
    const state = await readCurrentPage(takeEarlyPage());
    expect(browser.tabs.sendMessage).toHaveBeenCalledTimes(1); // asked again through the checked path
    expect(state.kind).toBe('no-article');
  });

  it('does nothing outside an extension page', () => {
    runEarly(undefined);
    expect(takeEarlyPage()).toBeUndefined();
  });
});

/** Promise callbacks and Preact's microtask re-renders run; timers and animation frames do not. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('popup first render', () => {
  // Each hook on its own: in a tree where nothing else re-renders, a useEffect subscription
  // would wait for a frame that never comes here.
  it('usePage takes the answer without waiting for a frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame'] });
    const answer: Promise<PageState> = Promise.resolve({ kind: 'no-article', snapshot });
    const readPage = () => answer;
    function Probe() {
      return <p>{usePage(readPage).kind}</p>;
    }
    const mount = document.createElement('div');
    render(<Probe />, mount);
    await settle();
    expect(mount.textContent).toBe('no-article');
    render(null, mount);
  });

  it('useSettings takes settings already being read without waiting for a frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame'] });
    const initial = Promise.resolve({ ...DEFAULT_SETTINGS, reader: { ...DEFAULT_SETTINGS.reader, theme: 'sepia' as const } });
    function Probe() {
      return <p>{useSettings(initial).settings?.reader.theme ?? 'none'}</p>;
    }
    const mount = document.createElement('div');
    render(<Probe />, mount);
    await settle();
    expect(mount.textContent).toBe('sepia');
    render(null, mount);
  });

  const article: Article = {
    url: PAGE_URL,
    title: 'Shown without waiting for a frame',
    dir: 'ltr',
    figures: [],
    tags: [],
    html: '<p>Body.</p>',
    text: 'Body.',
    wordCount: 1,
    readingMinutes: 1,
  };

  it('renders the article as soon as page and settings are answered, with no timer or frame in between', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame'] });
    const page: Promise<PageState> = Promise.resolve({ kind: 'article', article, snapshot, tabId: 1 });
    const readPage = () => page;
    const mount = document.createElement('div');
    document.body.append(mount);
    // Not inside act(): act flushes useEffect callbacks itself, which is what this test rules out.
    render(<PopupApp readPage={readPage} initialSettings={Promise.resolve(DEFAULT_SETTINGS)} />, mount);
    await settle();
    expect(mount.querySelector('#app-root')?.getAttribute('data-state')).toBe('article');
    expect(mount.querySelector('h1.bs-title')?.textContent).toBe('Shown without waiting for a frame');
    expect(mount.querySelector('h1.bs-title')?.getAttribute('elementtiming')).toBe('bs-article-title');
    render(null, mount);
    mount.remove();
  });
});
