// biome-ignore-all format: the parenthesised function expressions here are on purpose: V8 compiles them with the script instead of at their first call, which halves the gate's time on ordinary pages (docs/performance.md, "Content script"); the formatter would drop the parentheses.
/**
 * Document.readyState read through the prototype: on a live page `document.readyState` can be
 * answered by a page's own <img name="readyState"> (DOM clobbering). Parenthesised: the gate
 * calls it on every page, so it is compiled with content.js (see content/main.ts).
 */
export const readyState = (function readyState(document: Document): DocumentReadyState | undefined {
  return Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')?.get?.call(document);
});
