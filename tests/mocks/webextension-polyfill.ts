// The one mock of webextension-polyfill for unit tests: vitest.config.ts aliases the package
// to this file. Tests import { browser, resetBrowserMock } from here to program and inspect it.
// In-memory storage.sync with onChanged events; tabs/scripting/runtime are vi.fn stubs a test can program.
import { vi } from 'vitest';
import catalogue from '../../public/_locales/en/messages.json';

// i18n answers from the real English catalogue (public/_locales/en), placeholders filled as browsers do.
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const english = catalogue as Catalogue;
function getMessage(key: string, substitutions: string | string[] = []): string {
  if (key === '@@ui_locale') return 'en';
  if (key === '@@bidi_dir') return 'ltr';
  const entry = english[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

/** storage.sync's quotas, as Chromium enforces them (key + JSON per item, in bytes). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8192, MAX_ITEMS: 512 };

function bytesOf(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function checkQuota(next: Record<string, unknown>): void {
  let total = 0;
  for (const [key, value] of Object.entries(next)) {
    const bytes = bytesOf(key, value);
    if (bytes > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    total += bytes;
  }
  if (total > SYNC_QUOTA.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
  if (Object.keys(next).length > SYNC_QUOTA.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
}

function storageArea(areaName: string, listeners: Set<Listener>, quota = false) {
  let items: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const copy = structuredClone(items);
      if (keys === undefined || keys === null) return copy;
      const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      return Object.fromEntries(names.filter((name) => name in copy || name in defaults).map((name) => [name, name in copy ? copy[name] : defaults[name]]));
    },
    async set(values: Record<string, unknown>) {
      if (quota) checkQuota({ ...items, ...structuredClone(values) });
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: items[key], newValue: structuredClone(value) };
        items[key] = structuredClone(value);
      }
      for (const listener of listeners) listener(structuredClone(changes), areaName);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!(key in items)) continue;
        changes[key] = { oldValue: items[key] };
        delete items[key];
      }
      if (Object.keys(changes).length > 0) for (const listener of listeners) listener(structuredClone(changes), areaName);
    },
    async clear() {
      items = {};
    },
  };
}

const listeners = new Set<Listener>();

export const browser = {
  storage: {
    sync: storageArea('sync', listeners, true),
    local: storageArea('local', listeners),
    onChanged: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  },
  tabs: { query: vi.fn(), sendMessage: vi.fn(), get: vi.fn(), create: vi.fn() },
  scripting: { executeScript: vi.fn() },
  runtime: {
    openOptionsPage: vi.fn(async () => undefined),
    sendMessage: vi.fn(),
    getURL: (path: string) => `chrome-extension://mock-extension-id/${path.replace(/^\//, '')}`,
  },
  i18n: { getMessage, getUILanguage: () => 'en' },
  commands: { onCommand: event() },
  contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: event() },
};

/** An event a test can fire: `browser.commands.onCommand.fire('open-reader', tab)`. */
function event() {
  const handlers = new Set<(...args: any[]) => unknown>();
  return {
    addListener: (handler: (...args: any[]) => unknown) => void handlers.add(handler),
    removeListener: (handler: (...args: any[]) => unknown) => void handlers.delete(handler),
    hasListener: (handler: (...args: any[]) => unknown) => handlers.has(handler),
    fire: (...args: unknown[]) => Promise.all([...handlers].map((handler) => handler(...args))),
    clear: () => handlers.clear(),
  };
}

/** Empties storage, drops listeners and resets the stubs; call in beforeEach. */
export async function resetBrowserMock(): Promise<void> {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  listeners.clear();
  browser.tabs.query.mockReset();
  browser.tabs.sendMessage.mockReset();
  browser.tabs.get.mockReset();
  browser.tabs.create.mockReset();
  browser.commands.onCommand.clear();
  browser.contextMenus.onClicked.clear();
  browser.contextMenus.create.mockReset();
  browser.scripting.executeScript.mockReset();
  browser.runtime.sendMessage.mockReset();
}

export default browser;
