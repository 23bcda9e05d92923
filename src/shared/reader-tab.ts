import browser from './extension-api';

// The full-tab reader is an extension page that reads tab <id> the way the popup does (asks its
// content script for a snapshot), so the article page is never fetched again.

export const READER_PATH = 'src/reader/index.html';

export function readerUrl(tabId: number): string {
  return browser.runtime.getURL(`${READER_PATH}?tab=${tabId}`);
}

/** Opens the reader for `tabId` in a new tab right after it. Used by the popup, the shortcut and the context menu. */
export async function openReaderTab(tabId: number): Promise<void> {
  const source = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: readerUrl(tabId),
    index: source ? source.index + 1 : undefined,
    openerTabId: tabId,
    windowId: source?.windowId,
  });
}
