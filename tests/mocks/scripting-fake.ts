import { vi } from 'vitest';

// A stand-in for chrome.scripting's dynamic content-script registry, as the background uses it:
// registering an id twice throws, as the browser does.

export const registered = new Map<string, unknown>();

export const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id))),
  registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  }),
  updateContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => {
    for (const script of scripts) registered.set(script.id, script);
  }),
  unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.delete(id);
  }),
};
