import { beforeEach, describe, expect, test, vi } from 'vitest';
import { registered, scripting } from '../mocks/scripting-fake';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings-schema';

vi.mock('webextension-polyfill', async () => ({ default: { scripting: (await import('../mocks/scripting-fake')).scripting } }));

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
