import browser from './extension-api';
import { message, type MessageMap, type MessageName, type Response } from './messages';

// Extension pages talk to a tab's content script through here (the content script itself
// carries no polyfill and imports only messages.ts).

/**
 * Sends a message to a tab's content script. The answer comes from a page's world and is
 * untrusted in shape: callers check it before use.
 */
export function sendToTab<N extends MessageName>(tabId: number, type: N, payload: MessageMap[N]['request']): Promise<Partial<Response<N>> | undefined> {
  return browser.tabs.sendMessage(tabId, message(type, payload)) as Promise<Partial<Response<N>> | undefined>;
}
