// The one mock of webextension-polyfill for unit tests: vitest.config.ts aliases the package
// to this file. Tests import { browser, resetBrowserMock } from here to program and inspect it.
// In-memory storage.sync with onChanged events; tabs/scripting/runtime are vi.fn stubs a test can program.
import { vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

function storageArea(areaName: string, listeners: Set<Listener>) {
  let items: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const copy = structuredClone(items);
      if (keys === undefined || keys === null) return copy;
      const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      return Object.fromEntries(
        names.filter((name) => name in copy || name in defaults).map((name) => [name, name in copy ? copy[name] : defaults[name]]),
      );
    },
    async set(values: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: items[key], newValue: structuredClone(value) };
        items[key] = structuredClone(value);
      }
      for (const listener of listeners) listener(structuredClone(changes), areaName);
    },
    async remove(keys: string | string[]) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete items[key];
    },
    async clear() {
      items = {};
    },
  };
}

const listeners = new Set<Listener>();

export const browser = {
  storage: {
    sync: storageArea('sync', listeners),
    local: storageArea('local', listeners),
    onChanged: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  },
  tabs: { query: vi.fn(), sendMessage: vi.fn(), get: vi.fn() },
  scripting: { executeScript: vi.fn() },
  runtime: { openOptionsPage: vi.fn(async () => undefined), sendMessage: vi.fn() },
};

/** Empties storage, drops listeners and resets the stubs; call in beforeEach. */
export async function resetBrowserMock(): Promise<void> {
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  listeners.clear();
  browser.tabs.query.mockReset();
  browser.tabs.sendMessage.mockReset();
  browser.tabs.get.mockReset();
  browser.scripting.executeScript.mockReset();
  browser.runtime.sendMessage.mockReset();
}

export default browser;
