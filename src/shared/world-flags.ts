// biome-ignore-all format: the parenthesised function expressions here are on purpose: V8 compiles them with the script instead of at their first call, which halves the gate's time on ordinary pages (docs/performance.md, "Content script"); the formatter would drop the parentheses.
// Flags shared by the scripts Broadsheet runs in a page's isolated world: content.js, and the
// popup's injection before it. Keyed by registered symbols, never by names: an element of the
// page with id="x" answers window.x in every world (DOM clobbering), a symbol key never.
export const WORLD_FLAG = {
  /** content.js already ran in this world (registered at document_start, or injected). */
  loaded: 'broadsheet.loaded',
  /** Set by the popup before it injects content.js: answer the popup, do not auto-clean. */
  onDemand: 'broadsheet.onDemand',
  /** The popup's message listener is in place. */
  listening: 'broadsheet.listening',
} as const;

export type WorldFlag = (typeof WORLD_FLAG)[keyof typeof WORLD_FLAG];

// Parenthesised: compiled with content.js instead of at their first call (see content/main.ts).
export const worldFlag = (function worldFlag(flag: WorldFlag): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(flag)] === true;
});

export const setWorldFlag = (function setWorldFlag(flag: WorldFlag): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(flag)] = true;
});
