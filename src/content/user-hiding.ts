import { hideCss } from '../core/hide-css';

// The one <style> element that hides what the reader's hide rules match on this page. Three
// scripts of the extension's isolated world share it through a registered symbol (never a
// name: DOM clobbering): hide-rules.js puts it in at document_start, picker.js updates it the
// moment a rule is saved, and content.js takes it out for "Show original".

const STYLE = Symbol.for('broadsheet.userHiding');

type World = Record<symbol, HTMLStyleElement | undefined>;

/** Hides what `selectors` match, replacing the rules applied before; none removes the style. */
export function applyUserHiding(document: Document, selectors: readonly unknown[]): void {
  const css = hideCss(selectors, document);
  const world = globalThis as unknown as World;
  let style = world[STYLE];
  if (!css) {
    style?.remove();
    world[STYLE] = undefined;
    return;
  }
  if (!style) {
    style = document.createElement('style');
    world[STYLE] = style;
  }
  style.textContent = css;
  if (!style.isConnected) insert(document, style);
}

/** Shows again what the hide rules hid (until the next load); returns how many elements that was. */
export function removeUserHiding(document: Document): number {
  const world = globalThis as unknown as World;
  const style = world[STYLE];
  if (!style) return 0;
  let hidden = 0;
  for (const rule of Array.from(style.sheet?.cssRules ?? [])) {
    const selector = (rule as CSSStyleRule).selectorText;
    if (selector) hidden += document.querySelectorAll(selector).length;
  }
  style.remove();
  world[STYLE] = undefined;
  return hidden;
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
