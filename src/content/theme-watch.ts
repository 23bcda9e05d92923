import { looksLikeWordPress, matchTheme } from '../core/match-theme';
import { THEMES } from '../themes';
import type { ThemeRule } from '../themes/types';
import { addsLicenseBarCandidate } from './license-candidate';
import { readyState } from './ready-state';

// Which theme a page runs, asked by the page cleaner once the gate (main.ts) saw a trace of a
// known theme at <body>. Most theme pages answer at once (their fingerprints are in <head> and
// on <body>); the others are asked again when a body child arrives that may be a license bar
// (it must go before it paints), and once at DOMContentLoaded, then never again. Only body's
// own children are watched, so a long page costs a handful of callbacks.

export function whenThemeRecognised(document: Document, then: (rule: ThemeRule) => void): void {
  // Not WordPress: nothing to wait for either (<head> is complete, the gate ran at <body>).
  if (!looksLikeWordPress(document)) return;
  const recognised = () => matchTheme(document, THEMES)?.rule ?? null;
  const rule = recognised();
  if (rule) {
    then(rule);
    return;
  }
  const body = document.body;
  if (!body) return;
  const done = new AbortController();
  const stop = () => {
    observer.disconnect();
    done.abort();
  };
  const observer = new MutationObserver((records) =>
    guard(() => {
      if (!addsLicenseBarCandidate(records)) return;
      const late = recognised();
      if (!late) return;
      stop();
      then(late);
    }),
  );
  observer.observe(body, { childList: true });
  const onContentLoaded = () => {
    stop();
    const late = recognised();
    if (late) then(late);
  };
  if (readyState(document) !== 'loading') onContentLoaded();
  else document.addEventListener('DOMContentLoaded', () => guard(onContentLoaded), { once: true, signal: done.signal });
}

function guard(work: () => void): void {
  try {
    work();
  } catch {
    // Never surface in the page.
  }
}
