import browser from './extension-api';
import { PICKER_PATH } from './hide-rules-file';
import { PICKER_MODE_KEY, type PickerMode } from './picker-mode';

// Opens the element picker on a tab (the popup's buttons, the page's context menu; either
// gesture grants activeTab): the mode goes into the isolated world first, then picker.js, which
// reads it. Rejects when the tab cannot be scripted (a browser page, the web store).

export async function startPicker(tabId: number, mode: PickerMode): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, value: PickerMode) => {
      (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)] = value;
    },
    args: [PICKER_MODE_KEY, mode],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_PATH] });
}
