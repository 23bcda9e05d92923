import browser from './extension-api';
import type Browser from 'webextension-polyfill';
import { SETTINGS_KEY, SETTINGS_VERSION, siteKey, type AllSettings, type Settings, type SiteRules } from './settings-defaults';
import { isRecord, migrateSettings } from './settings-migrations';
import { siteItems, writeSite, type StoredItems } from './settings-site-items';
import { validateAllSettings, validateSite } from './settings-sites';
import { validateSettings } from './settings-validate';
import type { PageRules } from '../core/types';

// Settings in browser.storage: the main item SETTINGS_KEY in storage.sync, and each site's rules
// in an item of its own (settings-site-items.ts). Every read is validated (and migrated);
// every write stores validated settings only. The main item and the sites are read and written
// apart: the popup and the look controls touch only the main item.

/** The stored main settings, validated. Storage failures give the defaults (logged), never throw. */
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

/** Validates, then writes the main item. Rejects when storage refuses (e.g. sync quota): callers report it. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: valid } = validateSettings(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: valid });
}

/** Both areas' items as one raw object: the main item (migrated) with every site's rules. */
async function readAll(): Promise<{ raw: unknown; main: unknown }> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  const main = (sync as StoredItems)[SETTINGS_KEY];
  const items = Object.assign(siteItems(sync as StoredItems), siteItems(local as StoredItems));
  if (Object.keys(items).length === 0) return { raw: main, main };
  // Migrated first: v0 had a `sites` field of its own (the hostnames with auto-clean off).
  const value = isRecord(main) ? migrateSettings(main).value : { version: SETTINGS_VERSION };
  // Sites from an old or hand-edited main item, then sync's items, then local's (newest on this device).
  const sites = Object.assign(isRecord(value.sites) ? { ...value.sites } : {}, items);
  return { raw: { ...value, sites }, main };
}

/** Everything, validated: for the options page and export. Storage failures reject. */
export async function loadAllSettings(): Promise<AllSettings> {
  const { settings, errors } = validateAllSettings((await readAll()).raw);
  if (errors.length) console.warn('Broadsheet: stored settings had problems', errors);
  return settings;
}

/**
 * Writes the main item and every site whose rules differ from storage (an import): adds and
 * updates, never removes a site. Rejects when storage refuses (the main item over the sync
 * quota, or a site's rules in neither area): callers report it.
 */
export async function saveAllSettings(all: AllSettings): Promise<void> {
  const { settings } = validateAllSettings(all);
  const { sites, ...main } = settings;
  await saveSettings(main);
  const stored = validateAllSettings((await readAll()).raw).settings.sites;
  for (const [host, rules] of Object.entries(sites)) {
    const unchanged = Object.hasOwn(stored, host) && JSON.stringify(stored[host]) === JSON.stringify(rules);
    if (!unchanged) await writeSite(host, rules);
  }
}

/** The hostnames whose rules are kept in storage.local (sync had no room): on this device only. */
export async function loadLocalSiteHosts(): Promise<string[]> {
  return Object.keys(siteItems((await browser.storage.local.get(null)) as StoredItems));
}

/** One site's rules (null removes them), validated, without touching the rest. */
export async function saveSiteRules(hostname: string, rules: SiteRules | null): Promise<void> {
  if (rules === null) {
    await writeSite(hostname, null);
    return;
  }
  const { settings, errors } = validateAllSettings({ version: SETTINGS_VERSION, sites: { [hostname]: rules } });
  const valid = Object.entries(settings.sites)[0];
  if (!valid) throw new Error(`Broadsheet: no valid rules for ${hostname}: ${errors.join('; ')}`);
  await writeSite(valid[0], valid[1]);
}

/** One site's rules, validated in full (local first, as loadAllSettings reads them); undefined when none or unreadable. */
export async function loadSiteRules(hostname: string): Promise<SiteRules | undefined> {
  return (await readSiteItem(hostname, (raw) => validateSite(raw, `sites[${JSON.stringify(hostname)}]`, []) ?? undefined)) ?? undefined;
}

/**
 * One site's rules as the popup hands them to extract(), unvalidated: core reads PageRules
 * defensively (a field of the wrong type or a selector that does not parse is ignored), and
 * the full validation would weigh on the popup. Pages that write rules validate them in full.
 */
export async function loadPageRules(hostname: string): Promise<PageRules | undefined> {
  return readSiteItem(hostname, (raw) => raw as PageRules);
}

async function readSiteItem<T>(hostname: string, read: (raw: unknown) => T): Promise<T | undefined> {
  try {
    const key = siteKey(hostname);
    const [sync, local] = await Promise.all([browser.storage.sync.get(key), browser.storage.local.get(key)]);
    const raw = (local as StoredItems)[key] ?? (sync as StoredItems)[key];
    return raw === undefined ? undefined : read(raw);
  } catch {
    return undefined;
  }
}

/**
 * For install/update time (background): reads, migrates and writes back when the stored main
 * item was missing, older than SETTINGS_VERSION or had invalid fields; sites an old or
 * hand-edited main item held move to their own items first.
 */
export async function initSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const raw = stored[SETTINGS_KEY];
  const heldSites = isRecord(raw) && raw.version !== undefined && isRecord(raw.sites);
  if (heldSites) await saveAllSettings(validateAllSettings(raw).settings);
  const { settings, errors } = validateSettings(raw);
  const version = (raw as { version?: unknown } | undefined)?.version;
  if (raw === undefined || errors.length > 0 || version !== SETTINGS_VERSION || heldSites) {
    if (errors.length) console.warn('Broadsheet: repaired stored settings', errors);
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

/** Calls `listener` with validated main settings whenever another page or device changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, Browser.Storage.StorageChange>, areaName: string) => {
    if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return;
    listener(validateSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
