import type { CleanReport } from '../core/types';

// One typed protocol between popup, content script and background: a map from message
// name to its request and response. Add a message here first; handlers are typed from it.

export interface PageSnapshot {
  /** location.href of the page. */
  url: string;
  /**
   * The live document serialised, after auto-clean if it ran, without the text of its scripts
   * and style sheets (JSON-LD kept) and without style attributes (`hidden` on what they hid).
   * Untrusted.
   */
  html: string;
  /** What auto-clean removed on this page load, or null when it did not run. */
  cleanReport: CleanReport | null;
}

export interface MessageMap {
  /** popup -> content script: the page as it is now. */
  'page:snapshot': { request: Record<string, never>; response: PageSnapshot };
  /** popup -> content script: "Show original": put back everything auto-clean removed or hid. */
  'page:restore': { request: Record<string, never>; response: { restored: number } };
  /** content script -> background: auto-clean finished; drives the badge. */
  'clean:report': { request: { report: CleanReport }; response: void };
}

export type MessageName = keyof MessageMap;

export type Message<N extends MessageName = MessageName> = {
  [K in N]: { type: K; payload: MessageMap[K]['request'] };
}[N];

export type Response<N extends MessageName> = MessageMap[N]['response'];

export function message<N extends MessageName>(type: N, payload: MessageMap[N]['request']): Message<N> {
  return { type, payload } as Message<N>;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
