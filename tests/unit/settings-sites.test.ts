// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_HIDE_RULES,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  clutterFor,
  siteKey,
  validateAllSettings as validateSettings,
  type AllSettings,
  type SiteRules,
} from '../../src/shared/settings-schema';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';

// Per-site rules (settings v3): validated field by field, stored one site per item in
// storage.sync, on this device (storage.local) when sync has no room, never lost in silence.

const storage = () => import('../../src/shared/settings-storage');

function withRules(sites: Record<string, SiteRules>): AllSettings {
  return { ...structuredClone(DEFAULT_SETTINGS), sites } as AllSettings;
}

describe('validating sites', () => {
  it('keeps valid rules, normalises hostnames and merges two spellings of one', () => {
    const { settings, errors } = validateSettings({
      version: 3,
      sites: {
        'News.Example.com': { hide: ['.promo', ' .ad-slot '], article: '.post-body' },
        'news.example.com': { hide: ['.promo', '#comments'], clutter: { comments: false } },
      },
    });
    expect(errors).toEqual([]);
    expect(settings.sites).toEqual({
      'news.example.com': { hide: ['.promo', '.ad-slot', '#comments'], article: '.post-body', clutter: { comments: false } },
    });
  });

  it('reports each bad site, field and selector by name and keeps the rest', () => {
    const { settings, errors } = validateSettings({
      version: 3,
      sites: {
        'a.example': { hide: ['.ok', 'div[', 42, 'p::before', 'a{color:red}'], article: ':not(', colour: 'red' },
        'not a host': { hide: ['.x'] },
        'javascript:alert(1)': { hide: ['.x'] },
        'b.example': { clutter: { ads: 'no', license: false, user: false, share: true } },
        'c.example': 'hide everything',
        'd.example': {},
      },
    });
    expect(settings.sites).toEqual({ 'a.example': { hide: ['.ok'] }, 'b.example': { hide: [], clutter: { share: true } } });
    const names = errors.map((error) => error.split(': ')[0]);
    expect(names).toEqual([
      'sites["a.example"].colour',
      'sites["a.example"].hide[1]',
      'sites["a.example"].hide[2]',
      'sites["a.example"].hide[3]',
      'sites["a.example"].hide[4]',
      'sites["a.example"].article',
      'sites["not a host"]',
      'sites["javascript:alert(1)"]',
      'sites["b.example"].clutter.ads',
      'sites["b.example"].clutter.license',
      'sites["b.example"].clutter.user',
      'sites["c.example"]',
    ]);
  });

  it('refuses a non-object, and caps the rules of one site', () => {
    expect(validateSettings({ version: 3, sites: ['a.example'] }).errors).toEqual([expect.stringMatching(/^sites: expected an object/)]);
    const many = Array.from({ length: MAX_HIDE_RULES + 5 }, (_, index) => `.slot-${index}`);
    const { settings, errors } = validateSettings({ version: 3, sites: { 'a.example': { hide: many } } });
    expect(settings.sites['a.example'].hide).toHaveLength(MAX_HIDE_RULES);
    expect(errors).toHaveLength(5);
  });

  it('a "__proto__" hostname is an ordinary entry, never the prototype', () => {
    const raw = JSON.parse('{"version":3,"sites":{"__proto__":{"hide":[".x"]},"a.example":{"hide":[".y"]}}}');
    const { settings } = validateSettings(raw);
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect(Object.keys(settings.sites).sort()).toEqual(['__proto__', 'a.example']);
    expect(({} as Record<string, unknown>).hide).toBeUndefined();
  });

  it('v2 settings migrate to v3 with no sites', () => {
    const v2 = { version: 2, autoClean: { enabled: false, disabledSites: ['a.example'] }, reader: { theme: 'dark' } };
    const { settings, errors } = validateSettings(v2);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({ version: SETTINGS_VERSION, sites: {}, autoClean: { enabled: false, disabledSites: ['a.example'] } });
  });

  it('clutterFor puts the site overrides over the global choices', () => {
    const settings = withRules({ 'a.example': { hide: [], clutter: { comments: false, navigation: true } } });
    expect(clutterFor(settings, 'a.example')).toMatchObject({ comments: false, navigation: true, ads: true });
    expect(clutterFor(settings, 'b.example')).toEqual(DEFAULT_SETTINGS.clutter);
  });
});

describe('storing sites', () => {
  beforeEach(async () => {
    await resetBrowserMock();
  });

  it('writes the main item without sites and each site as its own sync item; reads them back', async () => {
    const { saveAllSettings, loadAllSettings: loadSettings, loadSiteRules, loadPageRules } = await storage();
    const settings = withRules({ 'a.example': { hide: ['.promo'] }, 'b.example': { hide: [], article: 'main' } });
    await saveAllSettings(settings);
    const sync = await browser.storage.sync.get(null);
    expect(Object.keys(sync).sort()).toEqual([SETTINGS_KEY, siteKey('a.example'), siteKey('b.example')]);
    expect(sync[SETTINGS_KEY]).not.toHaveProperty('sites');
    expect(sync[siteKey('a.example')]).toEqual({ hide: ['.promo'] });
    expect(await loadSettings()).toEqual(settings);
    expect(await loadSiteRules('b.example')).toEqual({ hide: [], article: 'main' });
    expect(await loadPageRules('b.example')).toEqual({ hide: [], article: 'main' });
    expect(await loadSiteRules('c.example')).toBeUndefined();
  });

  it('saving everything (an import) adds and updates sites, never removes one', async () => {
    const { saveAllSettings, saveSiteRules, loadAllSettings } = await storage();
    await saveAllSettings(withRules({ 'a.example': { hide: ['.promo'] }, 'b.example': { hide: ['.ad'] } }));
    await saveAllSettings(withRules({ 'b.example': { hide: ['.ad', '.rail'] }, 'c.example': { hide: ['.x'] } }));
    const { sites } = await loadAllSettings();
    expect(sites).toEqual({ 'a.example': { hide: ['.promo'] }, 'b.example': { hide: ['.ad', '.rail'] }, 'c.example': { hide: ['.x'] } });
    await saveSiteRules('a.example', null);
    expect(Object.keys((await loadAllSettings()).sites).sort()).toEqual(['b.example', 'c.example']);
  });

  it('the main settings are read and written apart from the sites', async () => {
    const { saveAllSettings, saveSettings, loadSettings, loadAllSettings } = await storage();
    await saveAllSettings(withRules({ 'a.example': { hide: ['.promo'] } }));
    const main = await loadSettings();
    expect(main).not.toHaveProperty('sites');
    await saveSettings({ ...main, reader: { ...main.reader, theme: 'dark' } });
    const all = await loadAllSettings();
    expect(all.reader.theme).toBe('dark');
    expect(all.sites).toEqual({ 'a.example': { hide: ['.promo'] } });
  });

  it('a site too big for one sync item is kept on this device', async () => {
    const { saveAllSettings: saveSettings, loadAllSettings: loadSettings } = await storage();
    const hide = Array.from(
      { length: 90 },
      (_, index) => `.a-rather-long-class-name-picked-from-a-news-page-${index} > div.with-another-long-class-name-for-the-inner-box`,
    );
    await saveSettings(withRules({ 'big.example': { hide } }));
    expect(await browser.storage.sync.get(siteKey('big.example'))).toEqual({});
    expect((await browser.storage.local.get(siteKey('big.example')))[siteKey('big.example')]).toEqual({ hide });
    expect((await loadSettings()).sites['big.example'].hide).toHaveLength(90);
  });

  it('when sync is full, the sites that do not fit go to storage.local and none is lost', async () => {
    const { saveAllSettings: saveSettings, loadAllSettings: loadSettings } = await storage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sites: Record<string, SiteRules> = {};
    for (let index = 0; index < 60; index += 1) {
      sites[`site${index}.example`] = { hide: Array.from({ length: 60 }, (_, rule) => `.clutter-block-number-${rule} .inner-box-${index}`) };
    }
    await saveSettings(withRules(sites));
    const sync = Object.keys(await browser.storage.sync.get(null)).filter((key) => key.startsWith('site:'));
    const local = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('site:'));
    expect(sync.length).toBeGreaterThan(0);
    expect(local.length).toBeGreaterThan(0);
    expect(sync.length + local.length).toBe(60);
    expect(sync.filter((key) => local.includes(key))).toEqual([]);
    expect((await loadSettings()).sites).toEqual(sites);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('rejects when neither area takes a site: the caller reports it', async () => {
    const { saveSiteRules } = await storage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const syncSet = vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const localSet = vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    await expect(saveSiteRules('a.example', { hide: ['.promo'] })).rejects.toThrow('disk full');
    syncSet.mockRestore();
    localSet.mockRestore();
    warn.mockRestore();
    await expect(saveSiteRules('a.example', { hide: ['div['] })).rejects.toThrow(/no valid rules/);
  });

  it('the local copy wins on this device; a later sync write takes it back', async () => {
    const { saveSiteRules, loadAllSettings: loadSettings } = await storage();
    await browser.storage.sync.set({ [siteKey('a.example')]: { hide: ['.sync'] } });
    await browser.storage.local.set({ [siteKey('a.example')]: { hide: ['.local'] } });
    expect((await loadSettings()).sites['a.example']).toEqual({ hide: ['.local'] });
    await saveSiteRules('a.example', { hide: ['.new'] });
    expect(await browser.storage.local.get(siteKey('a.example'))).toEqual({});
    expect((await loadSettings()).sites['a.example']).toEqual({ hide: ['.new'] });
    await saveSiteRules('a.example', null);
    expect((await loadSettings()).sites).toEqual({});
  });

  it('initSettings moves sites out of a main item that held them, and upgrades v2', async () => {
    const { initSettings, loadAllSettings } = await storage();
    await browser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, sites: { 'a.example': { hide: ['.promo'] } } } });
    await initSettings();
    expect((await loadAllSettings()).sites).toEqual({ 'a.example': { hide: ['.promo'] } });
    const sync = await browser.storage.sync.get(null);
    expect(sync[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION });
    expect(sync[SETTINGS_KEY]).not.toHaveProperty('sites');
    expect(sync[siteKey('a.example')]).toEqual({ hide: ['.promo'] });
  });

  it('a v0 main item keeps its disabled sites beside site items', async () => {
    const { loadAllSettings: loadSettings } = await storage();
    await browser.storage.sync.set({ [SETTINGS_KEY]: { enabled: true, sites: ['off.example'] }, [siteKey('a.example')]: { hide: ['.x'] } });
    const settings = await loadSettings();
    expect(settings.autoClean.disabledSites).toEqual(['off.example']);
    expect(settings.sites).toEqual({ 'a.example': { hide: ['.x'] } });
  });
});
