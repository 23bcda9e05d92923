import { CONTENT_SCRIPT_PATH } from '../shared/content-script-file';
import { message } from '../shared/messages';
import { WORLD_FLAG } from '../shared/world-flags';
import type { EarlyAnswer } from '../ui/page/read-page';

// Part of popup-early.js (src/popup/early.entry.ts): asks the tab for its page from the popup's
// <head>, before popup.js has loaded, so the answer travels meanwhile. Raw answer only;
// src/ui/page/read-page.ts checks it (or takes the full path). Where no content script answers
// (a page auto-clean does not clean, a site it is off for, a tab loaded before install), it
// injects one in on-demand mode and asks again, as src/ui/page/snapshot.ts does, but while
// popup.js is still loading.

/** The part of the extension API this needs (`browser` in Firefox, `chrome` in Chromium). */
export interface EarlyApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting?: {
    executeScript(injection: { target: { tabId: number }; func?: (flag: string) => void; args?: string[]; files?: string[] }): Promise<unknown>;
  };
}

type EarlyScope = { __broadsheetEarlyPage?: Promise<EarlyAnswer | null> };

/** Starts the request; src/popup/early-page.ts's takeEarlyPage() picks its promise up. */
export function requestPageEarly(api: EarlyApi | undefined, search: string): void {
  if (!api?.tabs) return;
  const ask = (id: number) => api.tabs.sendMessage(id, message('page:snapshot', {}));
  const injectAndAsk = async (id: number) => {
    if (!api.scripting) throw new Error('no scripting');
    await api.scripting.executeScript({
      target: { tabId: id },
      // Runs in the page's isolated world, serialised: it can use nothing but its argument.
      func: (flag: string) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(flag)] = true;
      },
      args: [WORLD_FLAG.onDemand],
    });
    await api.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_PATH] });
    return ask(id);
  };
  const tab = new URLSearchParams(search).get('tab');
  const tabs = tab !== null ? Promise.resolve([{ id: Number(tab) }]) : api.tabs.query({ active: true, currentWindow: true });
  (globalThis as EarlyScope).__broadsheetEarlyPage = tabs
    .then((found) => {
      const id = found[0]?.id;
      if (id === undefined || !Number.isInteger(id) || id < 0) return null;
      return ask(id)
        .catch(() => injectAndAsk(id))
        .then(
          (answer) => ({ tabId: id, answer }),
          () => ({ tabId: id, answer: null }),
        );
    })
    .catch(() => null);
}
