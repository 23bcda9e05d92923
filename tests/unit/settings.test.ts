import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONFIGURABLE_CLUTTER_KINDS,
  DEFAULT_SETTINGS,
  MIGRATIONS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  isAutoCleanOn,
  parseHostnameInput,
  validateSettings,
  type Settings,
} from '../../src/shared/settings-schema';
import { CLUTTER_KINDS } from '../../src/core/types';
// 'webextension-polyfill' is aliased to this mock in vitest.config.ts.
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';

const storage = () => import('../../src/shared/settings-storage');

function withSites(sites: string[], enabled = true): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  settings.autoClean = { enabled, disabledSites: sites };
  return settings;
}

describe('defaults', () => {
  it('are complete, current and valid', () => {
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(DEFAULT_SETTINGS.clutter).sort()).toEqual(CLUTTER_KINDS.filter((k) => k !== 'license' && k !== 'user').sort());
    expect(CONFIGURABLE_CLUTTER_KINDS).not.toContain('license');
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('are frozen, and validate hands out fresh copies', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.autoClean.disabledSites)).toBe(true);
    const { settings } = validateSettings(undefined);
    settings.autoClean.disabledSites.push('a.com');
    expect(DEFAULT_SETTINGS.autoClean.disabledSites).toEqual([]);
  });

  it('nothing stored gives the defaults without errors', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings(null).errors).toEqual([]);
  });
});

describe('validateSettings', () => {
  it('replaces invalid fields by their defaults, field by field', () => {
    const { settings, errors } = validateSettings({
      version: 1,
      autoClean: { enabled: 'yes', disabledSites: [1, 'a.com'] },
      reader: { fontSize: 999, theme: 'dark' },
      clutter: { ads: false, comments: 'no' },
    });
    expect(settings.autoClean.enabled).toBe(DEFAULT_SETTINGS.autoClean.enabled);
    expect(settings.autoClean.disabledSites).toEqual(['a.com']);
    expect(settings.reader.fontSize).toBe(DEFAULT_SETTINGS.reader.fontSize);
    expect(settings.reader.theme).toBe('dark'); // valid sibling kept
    expect(settings.reader.font).toBe(DEFAULT_SETTINGS.reader.font); // missing: default, no error
    expect(settings.clutter.ads).toBe(false);
    expect(settings.clutter.comments).toBe(DEFAULT_SETTINGS.clutter.comments);
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toMatch(/autoClean\.enabled/);
    expect(errors.join('\n')).toMatch(/autoClean\.disabledSites\[0\]/);
    expect(errors.join('\n')).toMatch(/reader\.fontSize/);
    expect(errors.join('\n')).toMatch(/clutter\.comments/);
  });

  it('handles the corrupt shape from the brief (no version: read as v0, migrated)', () => {
    const { settings, errors } = validateSettings({
      autoClean: { enabled: 'yes', disabledSites: [1, 'a.com'] },
      reader: { fontSize: 999 },
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, autoClean: { enabled: true, disabledSites: ['a.com'] } });
    expect(errors).toHaveLength(3);
  });

  it('rejects non-objects, wrong section types and bad enum values', () => {
    expect(validateSettings('settings').settings).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings([1, 2]).errors[0]).toMatch(/expected an object/);
    const { settings, errors } = validateSettings({
      version: 1,
      autoClean: [],
      clutter: 'all',
      reader: { theme: 'neon', font: 3, showImages: 0, fontSize: Number.NaN },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(6);
  });

  it('accepts the font-size range, rounding to whole pixels', () => {
    expect(validateSettings({ version: 1, reader: { fontSize: 14 } }).settings.reader.fontSize).toBe(14);
    expect(validateSettings({ version: 1, reader: { fontSize: 28 } }).settings.reader.fontSize).toBe(28);
    expect(validateSettings({ version: 1, reader: { fontSize: 16.4 } }).settings.reader.fontSize).toBe(16);
    expect(validateSettings({ version: 1, reader: { fontSize: 13 } }).errors).toHaveLength(1);
    expect(validateSettings({ version: 1, reader: { fontSize: '18' } }).errors).toHaveLength(1);
  });

  it('normalises hostnames: lowercase, URL reduced, duplicates dropped, www kept', () => {
    const { settings, errors } = validateSettings({
      version: 1,
      autoClean: { disabledSites: ['News.Example.COM', 'https://www.example.com/a?b', 'news.example.com', 'not a host', ''] },
    });
    expect(settings.autoClean.disabledSites).toEqual(['news.example.com', 'www.example.com']);
    expect(errors).toHaveLength(2);
  });

  it('ignores a license switch and unknown keys', () => {
    const { settings } = validateSettings({ version: 1, clutter: { license: false, ads: false }, extra: 1 });
    expect(settings.clutter).not.toHaveProperty('license');
    expect(settings).not.toHaveProperty('extra');
    expect(settings.clutter.ads).toBe(false);
  });

  it('reads what it knows from a newer version and reports it', () => {
    const { settings, errors } = validateSettings({ version: 7, reader: { theme: 'sepia' } });
    expect(settings.reader.theme).toBe('sepia');
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(errors[0]).toMatch(/newer/);
  });
});

describe('migrations', () => {
  it('are ordered, one step each, ending at the current version', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.from).toBe(index);
      expect(migration.to).toBe(index + 1);
    });
    expect(MIGRATIONS.at(-1)?.to).toBe(SETTINGS_VERSION);
  });

  it('migrate the v0 flat shape { enabled, sites }', () => {
    const { settings, errors } = validateSettings({ enabled: false, sites: ['Old.Example.com', 'b.org'] });
    expect(errors).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.autoClean).toEqual({ enabled: false, disabledSites: ['old.example.com', 'b.org'] });
    expect(settings.reader).toEqual(DEFAULT_SETTINGS.reader);
  });

  it('migrate v1 reader settings to v2: kept as they were, new fields written out', () => {
    const v1 = { version: 1, autoClean: { enabled: true, disabledSites: [] }, reader: { theme: 'sepia', fontSize: 22, font: 'sans', showImages: false } };
    const { settings, errors } = validateSettings(v1);
    expect(errors).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.reader).toEqual({ theme: 'sepia', fontSize: 22, font: 'sans', showImages: false, lineHeight: 1.6, width: 'medium', align: 'start' });
    const step = MIGRATIONS.find((m) => m.from === 1)!;
    expect(step.migrate({ version: 1 })).toEqual({ version: 2 });
    expect(step.migrate({ version: 1, reader: { lineHeight: 2 } }).reader).toEqual({ lineHeight: 2, width: 'medium', align: 'start' });
  });

  it('a corrupt version is reported and read as v0', () => {
    const { settings, errors } = validateSettings({ version: 'x', enabled: false });
    expect(settings.autoClean.enabled).toBe(false);
    expect(errors).toHaveLength(1);
  });
});

describe('reader typography (v2)', () => {
  it('accepts every theme, font, width and alignment, and line heights 1.2–2.2 rounded to tenths', () => {
    const ok = validateSettings({ version: 2, reader: { theme: 'dark', font: 'dyslexic', lineHeight: 1.84, width: 'wide', align: 'justify' } });
    expect(ok.errors).toEqual([]);
    expect(ok.settings.reader).toMatchObject({ theme: 'dark', font: 'dyslexic', lineHeight: 1.8, width: 'wide', align: 'justify' });
    expect(validateSettings({ version: 2, reader: { lineHeight: 1.2 } }).settings.reader.lineHeight).toBe(1.2);
    expect(validateSettings({ version: 2, reader: { lineHeight: 2.2 } }).settings.reader.lineHeight).toBe(2.2);
  });

  it('replaces each bad field with its default and reports it', () => {
    const { settings, errors } = validateSettings({ version: 2, reader: { lineHeight: 3, width: 'huge', align: 'center', font: 'comic' } });
    expect(settings.reader.lineHeight).toBe(DEFAULT_SETTINGS.reader.lineHeight);
    expect(settings.reader.width).toBe(DEFAULT_SETTINGS.reader.width);
    expect(settings.reader.align).toBe(DEFAULT_SETTINGS.reader.align);
    expect(settings.reader.font).toBe(DEFAULT_SETTINGS.reader.font);
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['reader.align', 'reader.font', 'reader.lineHeight', 'reader.width']);
    expect(validateSettings({ version: 2, reader: { lineHeight: '1.5' } }).errors).toHaveLength(1);
    expect(validateSettings({ version: 2, reader: { lineHeight: 1.1 } }).errors).toHaveLength(1);
  });
});

describe('isAutoCleanOn', () => {
  it('is on by default', () => {
    expect(isAutoCleanOn(DEFAULT_SETTINGS, 'news.example.com')).toBe(true);
  });
  it('is off everywhere when disabled globally', () => {
    expect(isAutoCleanOn(withSites([], false), 'news.example.com')).toBe(false);
  });
  it('is off for exactly the listed hostnames, case-insensitively', () => {
    const settings = withSites(['news.example.com']);
    expect(isAutoCleanOn(settings, 'news.example.com')).toBe(false);
    expect(isAutoCleanOn(settings, 'NEWS.example.com')).toBe(false);
    expect(isAutoCleanOn(settings, 'example.com')).toBe(true);
    expect(isAutoCleanOn(settings, 'www.news.example.com')).toBe(true);
  });
});

describe('parseHostnameInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.com  ', 'www.example.com'],
    ['https://amp.cnn.com/cnn/2024/05/16/x.html', 'amp.cnn.com'],
    ['http://localhost:8080/page', 'localhost'],
    ['localhost:3000', 'localhost'],
    ['example.com/path?q=1', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%s -> %s', (input, hostname) => {
    expect(parseHostnameInput(input)).toEqual({ ok: true, hostname });
  });
  it.each(['', 'not a host', 'chrome://extensions', 'mailto:a@b.c', 'file:///tmp/a.html', 'a..b'])('refuses %j', (input) => {
    expect(parseHostnameInput(input).ok).toBe(false);
  });
});

describe('storage', () => {
  beforeEach(async () => {
    await resetBrowserMock();
  });

  it('loads defaults when nothing is stored, and validated settings otherwise', async () => {
    const { loadSettings } = await storage();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await browser.storage.sync.set({ [SETTINGS_KEY]: { enabled: false, sites: ['a.com'] } });
    expect((await loadSettings()).autoClean).toEqual({ enabled: false, disabledSites: ['a.com'] });
  });

  it('saves under the one key, validated', async () => {
    const { saveSettings } = await storage();
    const settings = withSites(['A.com']);
    await saveSettings(settings);
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual(withSites(['a.com']));
  });

  it('initSettings writes defaults on first run and repairs old data', async () => {
    const { initSettings } = await storage();
    await initSettings();
    expect((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
    await browser.storage.sync.set({ [SETTINGS_KEY]: { enabled: false, sites: [] } });
    await initSettings();
    expect((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION, autoClean: { enabled: false } });
  });

  it('notifies listeners with validated settings until unsubscribed', async () => {
    const { onSettingsChanged } = await storage();
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    await browser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, reader: { fontSize: 999, theme: 'dark' } } });
    await browser.storage.sync.set({ other: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0].reader).toMatchObject({ theme: 'dark', fontSize: DEFAULT_SETTINGS.reader.fontSize });
    stop();
    await browser.storage.sync.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
