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

/** What a handler learns of who sent the message (the part of runtime.MessageSender it uses). */
export interface MessageSender {
  tab?: { id?: number };
}

/** One handler per message a listener answers, typed by the protocol. */
export type Handlers = {
  [N in MessageName]?: (payload: MessageMap[N]['request'], sender: MessageSender) => Response<N> | Promise<Response<N>>;
};

/**
 * The runtime.onMessage listener that answers the given messages and leaves every other one to
 * other listeners. A handler's value is answered through sendResponse at once; a promise is
 * returned to the API, which answers with what it resolves to.
 */
export function handle(handlers: Handlers) {
  return (raw: unknown, sender: unknown, sendResponse?: (response: unknown) => void): Promise<unknown> | undefined => {
    if (!isMessage(raw) || !Object.hasOwn(handlers, raw.type)) return undefined;
    const handler = handlers[raw.type] as (payload: unknown, sender: MessageSender) => unknown;
    const answer = handler(raw.payload, (sender ?? {}) as MessageSender);
    if (answer instanceof Promise) return answer;
    sendResponse?.(answer);
    return undefined;
  };
}
