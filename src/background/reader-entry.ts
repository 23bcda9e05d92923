import browser from 'webextension-polyfill';
import { openReaderTab } from '../shared/reader-tab';
import { t } from '../shared/i18n';

// Two more ways into the full-tab reader besides the popup: the keyboard shortcut (manifest
// `commands`, Alt+Shift+R by default) and a context-menu entry on pages. Both act on the tab
// the user is looking at; activeTab is granted by either gesture.

export const OPEN_READER_COMMAND = 'open-reader';
export const MENU_ID = 'broadsheet-open-reader';

/** Context menus persist in Chromium: (re)create at install/update time only. */
export async function createReaderMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menu_open_reader'),
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export function listenForReaderRequests(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== OPEN_READER_COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await openReaderTab(id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openReaderTab(tab.id);
  });
}
