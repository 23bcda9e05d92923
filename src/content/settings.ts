import type { ClutterKind } from '../core/types';
import { SETTINGS_KEY, siteKey, type Settings } from '../shared/settings-defaults';
import { isAutoCleanOn, validateCleanSettings } from '../shared/settings-schema';
import type { AutoCleanSettings } from './auto-clean';
import type { extensionApi } from './ext-api';

/**
 * Reads the user's settings for this site: the global clutter choices with the site's own
 * (`site:<host>`, its `clutter` field; a copy in storage.local wins, as the options page reads
 * it). Storage trouble means defaults, never a throw.
 */
export async function readAutoCleanSettings(api: ReturnType<typeof extensionApi>, hostname: string): Promise<AutoCleanSettings> {
  const key = siteKey(hostname);
  let raw: unknown;
  let site: unknown;
  try {
    const [sync, local] = await Promise.all([api?.storage.sync.get([SETTINGS_KEY, key]), api?.storage.local.get(key).catch(() => undefined)]);
    raw = sync?.[SETTINGS_KEY];
    site = local?.[key] ?? sync?.[key];
  } catch {
    raw = undefined;
  }
  const { settings } = validateCleanSettings(raw);
  const clutter = withSiteClutter(settings.clutter, site);
  const keptKinds = (Object.entries(clutter) as Array<[ClutterKind, boolean]>).filter(([, removed]) => !removed).map(([kind]) => kind);
  return { enabled: isAutoCleanOn(settings, hostname), keptKinds };
}

/** The global choices with a stored site item's `clutter` overrides on top (read defensively: known kinds, booleans only). */
export function withSiteClutter(clutter: Settings['clutter'], site: unknown): Settings['clutter'] {
  const overrides = (site as { clutter?: unknown } | null | undefined)?.clutter;
  const merged = { ...clutter };
  if (overrides && typeof overrides === 'object') {
    for (const kind of Object.keys(merged) as Array<keyof typeof merged>) {
      const on = (overrides as Record<string, unknown>)[kind];
      if (typeof on === 'boolean') merged[kind] = on;
    }
  }
  return merged;
}
