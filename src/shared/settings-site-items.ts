import browser from './extension-api';
import { SITE_KEY_PREFIX, siteKey, type SiteRules } from './settings-defaults';

// Where each site's rules are stored: an item `site:<hostname>` in storage.sync, or in
// storage.local when sync has no room (8 KB per item, ~100 KB and 512 items in all). A site is
// in one area at a time; a copy left in both is read from local, which is only written when
// sync refused the newer rules. When neither area takes a site's rules, the write rejects and
// the caller says so: a rule is never dropped in silence.

/** storage.sync's per-item limit (QUOTA_BYTES_PER_ITEM), counted as the browser does: key and JSON. */
export const SYNC_ITEM_BYTES = 8192;

export type StoredItems = Record<string, unknown>;

/** The site items of one area's contents, by hostname (the raw values: validation reads them). */
export function siteItems(items: StoredItems): Record<string, unknown> {
  const sites: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(SITE_KEY_PREFIX)) continue;
    Object.defineProperty(sites, key.slice(SITE_KEY_PREFIX.length), { value, enumerable: true, writable: true, configurable: true });
  }
  return sites;
}

export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Writes one site's rules (null removes them) where they fit; returns the area that holds them. */
export async function writeSite(hostname: string, rules: SiteRules | null): Promise<'sync' | 'local' | null> {
  const key = siteKey(hostname);
  if (rules === null) {
    await Promise.all([browser.storage.sync.remove(key), browser.storage.local.remove(key)]);
    return null;
  }
  if (itemBytes(key, rules) <= SYNC_ITEM_BYTES) {
    try {
      await browser.storage.sync.set({ [key]: rules });
      await browser.storage.local.remove(key);
      return 'sync';
    } catch (error) {
      console.warn(`Broadsheet: storage.sync refused the rules of ${hostname}; keeping them on this device`, error);
    }
  }
  await browser.storage.local.set({ [key]: rules });
  // Best effort: a stale sync copy is shadowed by the local one anyway.
  await browser.storage.sync.remove(key).catch(() => undefined);
  return 'local';
}
