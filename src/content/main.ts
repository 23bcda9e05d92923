import { isMessage, message, type Message } from '../shared/messages';
import { startAutoClean, type AutoCleanHandle } from './auto-clean';
import { extensionApi } from './ext-api';
import { readAutoCleanSettings } from './settings';
import { takeSnapshot } from './snapshot';

// Entry of the content script. Two ways in:
// - registered by the background at document_start on sites where auto-clean is on: clean,
//   and answer the popup once the page is recognised;
// - injected by the popup (after setting __broadsheetOnDemand) on any page: only answer.
// Every path is guarded: nothing may throw into the page's console.

interface ContentGlobals {
  __broadsheetLoaded?: boolean;
  __broadsheetOnDemand?: boolean;
  __broadsheetListening?: boolean;
}

/**
 * Our own flag, never the page's: an element with id="__broadsheetLoaded" is reachable as a
 * named property of window (DOM clobbering), but never as an own data property set to true.
 */
function ownFlag(name: keyof ContentGlobals): boolean {
  return Object.getOwnPropertyDescriptor(globalThis, name)?.value === true;
}

let autoClean: AutoCleanHandle | null = null;

function main(): void {
  const scope = globalThis as ContentGlobals;
  const onDemand = ownFlag('__broadsheetOnDemand');
  if (ownFlag('__broadsheetLoaded')) {
    // Registered earlier on a page it did not recognise: it never listened. Now the popup asks.
    if (onDemand) listen();
    return;
  }
  scope.__broadsheetLoaded = true;
  if (onDemand || !document.documentElement) {
    listen();
    return;
  }
  // On pages it does not recognise the script touches no extension API at all: no listener,
  // no storage read. Everything below waits for recognition.
  autoClean = startAutoClean(document);
  autoClean.onRecognised(() => {
    listen();
    const api = extensionApi();
    void readAutoCleanSettings(api, location.hostname).then((settings) => {
      try {
        autoClean?.applySettings(settings);
      } catch {
        autoClean?.restore();
      }
    });
  });
  autoClean.onSettled((report) => {
    if (!report) return;
    extensionApi()?.runtime.sendMessage(message('clean:report', { report })).catch(() => {});
  });
}

/** Answers the popup, once per page. */
function listen(): void {
  const scope = globalThis as ContentGlobals;
  if (ownFlag('__broadsheetListening')) return;
  scope.__broadsheetListening = true;
  extensionApi()?.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (!isMessage(raw)) return;
    const request = raw as Message;
    if (request.type === 'page:snapshot') {
      try {
        sendResponse(takeSnapshot(document, autoClean?.report() ?? null));
      } catch {
        sendResponse({ url: location.href, html: '', cleanReport: null });
      }
    } else if (request.type === 'page:restore') {
      // "Show original": put back everything auto-clean hid or detached, and stop for this load.
      let restored = 0;
      try {
        restored = autoClean?.restore() ?? 0;
      } catch {
        restored = 0;
      }
      sendResponse({ restored });
    }
  });
}

try {
  main();
} catch {
  // Never surface in the page.
}
