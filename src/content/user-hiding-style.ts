// Where the content world keeps the <style> element of the reader's hide rules (user-hiding.ts):
// under a registered symbol (never a name: DOM clobbering), shared by hide-rules.js, picker.js
// and content.js. Apart from user-hiding.ts so that content.js, which only takes the style out,
// carries no selector checking (its size budget).

const STYLE = Symbol.for('broadsheet.userHiding');

type World = Record<symbol, HTMLStyleElement | undefined>;

export function userHidingStyle(): HTMLStyleElement | undefined {
  return (globalThis as unknown as World)[STYLE];
}

export function setUserHidingStyle(style: HTMLStyleElement | undefined): void {
  (globalThis as unknown as World)[STYLE] = style;
}

/** Shows again what the hide rules hid (until the next load); returns how many elements that was. */
export function removeUserHiding(document: Document): number {
  const style = userHidingStyle();
  if (!style) return 0;
  let hidden = 0;
  for (const rule of Array.from(style.sheet?.cssRules ?? [])) {
    const selector = (rule as CSSStyleRule).selectorText;
    if (selector) hidden += document.querySelectorAll(selector).length;
  }
  style.remove();
  setUserHidingStyle(undefined);
  return hidden;
}
