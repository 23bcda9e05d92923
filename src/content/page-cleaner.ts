import { handle, message } from '../shared/messages';
import { setWorldFlag, WORLD_FLAG, worldFlag } from '../shared/world-flags';
import type { ThemeRule } from '../themes/types';
import { startAutoClean, type AutoCleanHandle } from './auto-clean';
import { extensionApi } from './ext-api';
import { readAutoCleanSettings } from './settings';
import { takeSnapshot } from './snapshot';
import { removeUserHiding } from './user-hiding-style';
import { whenThemeRecognised } from './theme-watch';

// The content script's real work, evaluated only when the gate (main.ts) needs it: on
// WordPress pages with a trace of a known theme, or when the popup asks. Built as a function
// body inside content.js (vite.content.config.ts), so the rest of the web never pays for
// evaluating it.

let autoClean: AutoCleanHandle | null = null;

/** Auto-clean, once the page is recognised as a theme page (never on other pages). */
export function cleanThemePage(document: Document): void {
  whenThemeRecognised(document, (rule) => cleanPage(document, rule));
}

function cleanPage(document: Document, rule: ThemeRule): void {
  autoClean = startAutoClean(document, rule);
  listen();
  void readAutoCleanSettings(extensionApi(), location.hostname).then((settings) => {
    try {
      autoClean?.applySettings(settings);
    } catch {
      autoClean?.restore();
    }
  });
  autoClean.onSettled((report) => {
    if (!report) return;
    extensionApi()
      ?.runtime.sendMessage(message('clean:report', { report }))
      .catch(() => {});
  });
}

/** Answers the popup, once per page (a second injection finds the flag and stays quiet). */
export function listen(): void {
  if (worldFlag(WORLD_FLAG.listening)) return;
  setWorldFlag(WORLD_FLAG.listening);
  const answer = handle({
    'page:snapshot': () => {
      try {
        return takeSnapshot(document, autoClean?.report() ?? null);
      } catch {
        return { url: location.href, html: '', cleanReport: null };
      }
    },
    // "Show original": put back everything auto-clean hid or detached, and stop for this load;
    // show what the reader's hide rules hid too (hide-rules.js, the picker).
    'page:restore': () => {
      try {
        return { restored: (autoClean?.restore() ?? 0) + removeUserHiding(document) };
      } catch {
        return { restored: 0 };
      }
    },
  });
  extensionApi()?.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    answer(raw, sender, sendResponse);
  });
}
