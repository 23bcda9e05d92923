import browser from './extension-api';
import type Browser from 'webextension-polyfill';
import { SETTINGS_KEY, SETTINGS_VERSION, type Settings } from './settings-defaults';
import { validateSettings } from './settings-validate';

// Settings in browser.storage.sync under the one key SETTINGS_KEY. Every read is validated
// (and migrated); every write stores validated settings only.

/** The stored settings, validated. Storage failures give the defaults (logged), never throw. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    const { settings, errors } = validateSettings(stored[SETTINGS_KEY]);
    if (errors.length) console.warn('Broadsheet: stored settings had problems', errors);
    return settings;
  } catch (error) {
    console.warn('Broadsheet: could not read settings; using defaults', error);
    return validateSettings(undefined).settings;
  }
}

/** Validates, then writes. Rejects when storage refuses (e.g. sync quota): callers report it. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: valid } = validateSettings(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: valid });
}

/**
 * For install/update time (background): reads, migrates and writes back when the stored value
 * was missing, older than SETTINGS_VERSION, or had invalid fields.
 */
export async function initSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const raw = stored[SETTINGS_KEY];
  const { settings, errors } = validateSettings(raw);
  const version = (raw as { version?: unknown } | undefined)?.version;
  if (raw === undefined || errors.length > 0 || version !== SETTINGS_VERSION) {
    if (errors.length) console.warn('Broadsheet: repaired stored settings', errors);
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

/** Calls `listener` with validated settings whenever another page or device changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, Browser.Storage.StorageChange>, areaName: string) => {
    if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(validateSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
