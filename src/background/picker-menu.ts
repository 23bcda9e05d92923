import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { startPicker } from '../shared/start-picker';

// "Hide this with Broadsheet" in the page's context menu: opens the element picker in hide
// mode on that tab. The click grants activeTab for the tab; nothing is read before it.

export const PICKER_MENU_ID = 'broadsheet-hide-this';

/** Created after createReaderMenu (which clears the extension's menu first). */
export function createPickerMenu(): void {
  browser.contextMenus.create({
    id: PICKER_MENU_ID,
    title: t('menu_hide_this'),
    contexts: ['page', 'selection', 'link', 'image'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export function listenForPickerRequests(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== PICKER_MENU_ID || tab?.id === undefined) return;
    startPicker(tab.id, 'hide').catch((error: unknown) => console.warn('Broadsheet: could not open the picker', error));
  });
}
