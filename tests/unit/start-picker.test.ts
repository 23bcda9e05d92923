// Opening the picker on a tab: the mode goes into the page's isolated world first, then
// picker.js from the extension's root (Firefox resolves a relative path against the caller);
// the context menu's entry opens it in hide mode on the tab it was clicked in.
import { beforeEach, describe, expect, test } from 'vitest';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';
import { createPickerMenu, listenForPickerRequests, PICKER_MENU_ID } from '../../src/background/picker-menu';
import { startPicker } from '../../src/shared/start-picker';

type Injection = { target: { tabId: number }; func?: (key: string, value: string) => void; args?: string[]; files?: string[] };

describe('startPicker', () => {
  beforeEach(async () => {
    await resetBrowserMock();
    browser.scripting.executeScript.mockResolvedValue([]);
  });

  test('sets the mode in the world, then runs picker.js, on that tab', async () => {
    await startPicker(7, 'article');
    const calls = browser.scripting.executeScript.mock.calls.map(([injection]) => injection as Injection);
    expect(calls).toHaveLength(2);
    expect(calls[0].target).toEqual({ tabId: 7 });
    expect(calls[0].args).toEqual(['broadsheet.pickerMode', 'article']);
    calls[0].func?.(...(calls[0].args as [string, string]));
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('broadsheet.pickerMode')]).toBe('article');
    expect(calls[1]).toEqual({ target: { tabId: 7 }, files: ['/picker.js'] });
  });

  test('rejects when the tab cannot be scripted, and never runs the picker then', async () => {
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(startPicker(3, 'hide')).rejects.toThrow('chrome://');
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  test('the context menu entry opens it in hide mode on the clicked tab', async () => {
    createPickerMenu();
    expect(browser.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: PICKER_MENU_ID, title: 'Hide this with Broadsheet' }));
    listenForPickerRequests();
    browser.contextMenus.onClicked.fire({ menuItemId: 'broadsheet-open-reader' }, { id: 4 });
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    browser.contextMenus.onClicked.fire({ menuItemId: PICKER_MENU_ID }, { id: 4 });
    await new Promise((done) => setTimeout(done, 0));
    const calls = browser.scripting.executeScript.mock.calls.map(([injection]) => injection as Injection);
    expect(calls.map((call) => [call.target.tabId, call.args?.[1] ?? call.files?.[0]])).toEqual([
      [4, 'hide'],
      [4, '/picker.js'],
    ]);
  });
});
