// Auto-clean honours a site's own clutter choices (site:<host>.clutter) over the global list.
import { describe, expect, it } from 'vitest';
import { readAutoCleanSettings, withSiteClutter } from '../../src/content/settings';
import type { extensionApi } from '../../src/content/ext-api';
import { defaultSettings } from '../../src/shared/settings-schema';

type Api = NonNullable<ReturnType<typeof extensionApi>>;

function fakeApi(sync: Record<string, unknown>, local: Record<string, unknown> = {}, localFails = false): Api {
  const area = (items: Record<string, unknown>, fails = false) => ({
    get: async (keys: string | string[]) => {
      if (fails) throw new Error('local unavailable');
      return Object.fromEntries((typeof keys === 'string' ? [keys] : keys).filter((k) => k in items).map((k) => [k, items[k]]));
    },
  });
  return { runtime: {} as Api['runtime'], storage: { sync: area(sync), local: area(local, localFails) } };
}

describe('per-site clutter in auto-clean', () => {
  it('withSiteClutter: known kinds with boolean values override; anything else is ignored', () => {
    const global = defaultSettings().clutter;
    const merged = withSiteClutter(global, { hide: [], clutter: { comments: false, navigation: true, bogus: true, ads: 'no' } });
    expect(merged).toEqual({ ...global, comments: false, navigation: true });
    expect(withSiteClutter(global, undefined)).toEqual(global);
    expect(withSiteClutter(global, { clutter: null })).toEqual(global);
    expect(withSiteClutter(global, 'junk')).toEqual(global);
  });

  it('reads the site item: its overrides change the kept kinds on that site only', async () => {
    const api = fakeApi({ settings: defaultSettings(), 'site:news.example': { hide: [], clutter: { comments: false, navigation: true } } });
    const here = await readAutoCleanSettings(api, 'news.example');
    expect(here.enabled).toBe(true);
    expect(here.keptKinds.sort()).toEqual(['comments', 'screen-reader']);
    const elsewhere = await readAutoCleanSettings(api, 'other.example');
    expect(elsewhere.keptKinds.sort()).toEqual(['navigation', 'screen-reader']);
  });

  it('a copy in storage.local (sync was full) wins; a failing local area still gives the sync settings', async () => {
    const sync = { settings: defaultSettings(), 'site:news.example': { hide: [], clutter: { ads: false } } };
    const local = { 'site:news.example': { hide: [], clutter: { sidebar: false } } };
    expect((await readAutoCleanSettings(fakeApi(sync, local), 'news.example')).keptKinds).toContain('sidebar');
    expect((await readAutoCleanSettings(fakeApi(sync, local), 'news.example')).keptKinds).not.toContain('ads');
    expect((await readAutoCleanSettings(fakeApi(sync, {}, true), 'news.example')).keptKinds).toContain('ads');
  });

  it('auto-clean off for the site still wins over any clutter choice', async () => {
    const settings = { ...defaultSettings(), autoClean: { enabled: true, disabledSites: ['news.example'] } };
    const api = fakeApi({ settings, 'site:news.example': { hide: [], clutter: { ads: true } } });
    expect((await readAutoCleanSettings(api, 'news.example')).enabled).toBe(false);
  });
});
