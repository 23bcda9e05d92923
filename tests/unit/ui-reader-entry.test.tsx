// The ways into the reader tab: the shortcut (commands) and the context menu open
// src/reader/index.html?tab=<id> next to the tab they were used on; the popup button does too.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';
import manifest from '../../manifest.json' with { type: 'json' };
import { createReaderMenu, listenForReaderRequests, MENU_ID, OPEN_READER_COMMAND } from '../../src/background/reader-entry';
import { openReaderTab, readerUrl } from '../../src/shared/reader-tab';

const READER = 'chrome-extension://mock-extension-id/src/reader/index.html?tab=';

beforeEach(async () => {
  await resetBrowserMock();
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, index: 3, windowId: 9 }));
  browser.tabs.create.mockResolvedValue({ id: 100 });
});

describe('reader tab entry points', () => {
  it('the manifest declares the command and the contextMenus permission', () => {
    expect(manifest.commands[OPEN_READER_COMMAND].suggested_key.default).toBe('Alt+Shift+L');
    expect(manifest.permissions).toContain('contextMenus');
    expect(manifest.permissions).not.toContain('downloads');
  });

  it('readerUrl carries the tab id; openReaderTab opens it right after the tab', async () => {
    expect(readerUrl(42)).toBe(`${READER}42`);
    await openReaderTab(42);
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: `${READER}42`, index: 4, openerTabId: 42, windowId: 9 });
  });

  it('the keyboard command opens the reader for the tab it was pressed on, other commands do nothing', async () => {
    listenForReaderRequests();
    await browser.commands.onCommand.fire('something-else', { id: 5 });
    expect(browser.tabs.create).not.toHaveBeenCalled();
    await browser.commands.onCommand.fire(OPEN_READER_COMMAND, { id: 5 });
    expect(browser.tabs.create).toHaveBeenCalledWith(expect.objectContaining({ url: `${READER}5`, openerTabId: 5 }));
  });

  it('without a tab in the event, the command uses the active tab', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 8 }]);
    listenForReaderRequests();
    await browser.commands.onCommand.fire(OPEN_READER_COMMAND, undefined);
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(browser.tabs.create).toHaveBeenCalledWith(expect.objectContaining({ url: `${READER}8` }));
  });

  it('the context-menu entry is created for web pages and opens the reader for its tab', async () => {
    await createReaderMenu();
    expect(browser.contextMenus.removeAll).toHaveBeenCalled();
    expect(browser.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: MENU_ID, title: 'Open in Broadsheet reader', documentUrlPatterns: ['http://*/*', 'https://*/*'] }),
    );
    listenForReaderRequests();
    await browser.contextMenus.onClicked.fire({ menuItemId: 'other' }, { id: 6 });
    expect(browser.tabs.create).not.toHaveBeenCalled();
    await browser.contextMenus.onClicked.fire({ menuItemId: MENU_ID }, { id: 6 });
    await vi.waitFor(() => expect(browser.tabs.create).toHaveBeenCalledWith(expect.objectContaining({ url: `${READER}6` })));
  });
});
