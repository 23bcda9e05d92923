import { hideCss } from '../core/hide-css';
import { setUserHidingStyle, userHidingStyle } from './user-hiding-style';

// The one <style> element that hides what the reader's hide rules match on this page:
// hide-rules.js puts it in at document_start, picker.js updates it the moment a rule is saved,
// and content.js takes it out for "Show original" (user-hiding-style.ts).

/** Hides what `selectors` match, replacing the rules applied before; none removes the style. */
export function applyUserHiding(document: Document, selectors: readonly unknown[]): void {
  const css = hideCss(selectors, document);
  let style = userHidingStyle();
  if (!css) {
    style?.remove();
    setUserHidingStyle(undefined);
    return;
  }
  if (!style) {
    style = document.createElement('style');
    setUserHidingStyle(style);
  }
  style.textContent = css;
  if (!style.isConnected) insert(document, style);
}

/** In <head>, or the root element when there is none yet (document_start); waits for a root element. */
function insert(document: Document, style: HTMLStyleElement): void {
  const parent = document.head ?? document.documentElement;
  if (parent) {
    parent.appendChild(style);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.documentElement) return;
    observer.disconnect();
    document.documentElement.appendChild(style);
  });
  observer.observe(document, { childList: true });
}
