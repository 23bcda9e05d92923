import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings-schema';

const registered = new Map<string, unknown>();
const scripting = {
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
vi.mock('webextension-polyfill', () => ({ default: { scripting } }));

const { registrationFor, syncRegistration } = await import('../../src/background/registration');

function settingsWith(autoClean: Settings['autoClean']): Settings {
  return { ...(structuredClone(DEFAULT_SETTINGS) as Settings), autoClean };
}

describe('auto-clean registration follows settings', () => {
  beforeEach(() => registered.clear());

  test('registered at document_start on http(s), excluding disabled sites exactly', () => {
    expect(registrationFor(settingsWith({ enabled: true, disabledSites: ['news.example', 'bad host'] }))).toEqual({
      id: 'broadsheet-auto-clean',
      js: ['content.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://news.example/*'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  test('register, update, then unregister when turned off globally', async () => {
    await syncRegistration(settingsWith({ enabled: true, disabledSites: [] }));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncRegistration(settingsWith({ enabled: true, disabledSites: ['a.example'] }));
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect((registered.get('broadsheet-auto-clean') as { excludeMatches: string[] }).excludeMatches).toEqual(['*://a.example/*']);
    await syncRegistration(settingsWith({ enabled: false, disabledSites: [] }));
    expect(registered.size).toBe(0);
  });
});
