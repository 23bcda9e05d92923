// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  SETTINGS_VERSION,
  exportSettings,
  parseImport,
  type AllSettings,
} from '../../src/shared/settings-schema';

// Export and import of settings: a file out, a file in, validated like stored settings. The
// file is untrusted: wrong types, hostile strings, selectors that do not parse, huge files.

function sample(): AllSettings {
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    autoClean: { enabled: true, disabledSites: ['off.example'] },
    reader: { ...DEFAULT_SETTINGS.reader, theme: 'sepia', fontSize: 20 },
    sites: {
      'news.example': { hide: ['.promo-box', '#newsletter'], article: '.post-body', clutter: { comments: false } },
      'blog.example': { hide: ['aside.rail'] },
    },
  };
}

describe('exportSettings', () => {
  it('writes readable JSON that marks its format and version, and reads back the same', () => {
    const text = exportSettings(sample());
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe(EXPORT_FORMAT);
    expect(parsed.version).toBe(SETTINGS_VERSION);
    expect(text).toContain('\n  "reader"');
    expect(parseImport(text)).toEqual({ settings: sample(), errors: [] });
  });

  it('never writes a bad field', () => {
    const broken = { ...sample(), sites: { 'a.example': { hide: ['div[', '.ok'] } } } as AllSettings;
    expect(JSON.parse(exportSettings(broken)).sites).toEqual({ 'a.example': { hide: ['.ok'] } });
  });
});

describe('parseImport', () => {
  it('an older version migrates', () => {
    const v1 = JSON.stringify({
      version: 1,
      autoClean: { enabled: false, disabledSites: [] },
      reader: { theme: 'dark', fontSize: 22, font: 'sans', showImages: true },
    });
    const { settings, errors } = parseImport(v1);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({ version: SETTINGS_VERSION, autoClean: { enabled: false }, reader: { theme: 'dark', lineHeight: 1.6 }, sites: {} });
  });

  it('a newer version is read for the fields this build knows, and says so', () => {
    const { settings, errors } = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 99, reader: { theme: 'dark' }, future: { x: 1 } }));
    expect(settings?.reader.theme).toBe('dark');
    expect(errors).toEqual([expect.stringMatching(/^version: 99 is newer/)]);
  });

  it('a file without a version is read as this version', () => {
    const { settings, errors } = parseImport(JSON.stringify({ sites: { 'a.example': { hide: ['.x'] } } }));
    expect(errors).toEqual([]);
    expect(settings?.sites).toEqual({ 'a.example': { hide: ['.x'] } });
  });

  it('names each invalid field and keeps the rest', () => {
    const file = {
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      autoClean: { enabled: 'yes', disabledSites: ['javascript:alert(1)', 'ok.example', 42] },
      clutter: { ads: false, comments: 'javascript:alert(1)' },
      reader: { theme: 'javascript:alert(1)', fontSize: '18px', font: 'sans' },
      sites: {
        'news.example': {
          hide: ['.promo', 'div[', ':not(', 'javascript:alert(1)', 'img[src=x]{background:url(javascript:alert(1))}', { toString: 1 }],
          article: 12,
        },
        'javascript:alert(1)//': { hide: ['.x'] },
        '<img src=x onerror=alert(1)>': { hide: ['.x'] },
        'ok.example': { hide: 'p' },
      },
    };
    const { settings, errors } = parseImport(JSON.stringify(file));
    expect(settings).toMatchObject({
      autoClean: { enabled: true, disabledSites: ['ok.example'] },
      clutter: { ads: false, comments: true },
      reader: { theme: DEFAULT_SETTINGS.reader.theme, fontSize: DEFAULT_SETTINGS.reader.fontSize, font: 'sans' },
      sites: { 'news.example': { hide: ['.promo'] } },
    });
    const names = errors.map((error) => error.split(': ')[0]);
    expect(names).toEqual([
      'autoClean.enabled',
      'autoClean.disabledSites[0]',
      'autoClean.disabledSites[2]',
      'clutter.comments',
      'reader.theme',
      'reader.fontSize',
      'sites["news.example"].hide[1]',
      'sites["news.example"].hide[2]',
      'sites["news.example"].hide[3]',
      'sites["news.example"].hide[4]',
      'sites["news.example"].hide[5]',
      'sites["news.example"].article',
      'sites["javascript:alert(1)//"]',
      'sites["<img src=x onerror=alert(1)>"]',
      'sites["ok.example"].hide',
    ]);
  });

  it('wrong types at the top are reported, not thrown', () => {
    for (const text of ['null', '42', '"settings"', '[1,2]', 'true']) {
      expect(parseImport(text)).toEqual({ settings: null, errors: ['The file does not hold a settings object.'] });
    }
    const { settings, errors } = parseImport(JSON.stringify({ version: 3, autoClean: 'on', clutter: [], reader: null, sites: 'all' }));
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sites: {} });
    expect(errors.map((error) => error.split(':')[0])).toEqual(['autoClean', 'clutter', 'reader', 'sites']);
    expect(parseImport(undefined).settings).toBeNull();
  });

  it('a "__proto__" key pollutes nothing', () => {
    const { settings } = parseImport('{"version":3,"__proto__":{"polluted":1},"sites":{"__proto__":{"hide":[".x"]}},"reader":{"__proto__":{"theme":"dark"}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings?.reader.theme).toBe(DEFAULT_SETTINGS.reader.theme);
    expect(Object.getPrototypeOf(settings?.sites)).toBe(Object.prototype);
  });

  it('not JSON, another format, or a huge file gets one clear error', () => {
    expect(parseImport('{"version": 3,')).toEqual({ settings: null, errors: [expect.stringMatching(/^The file is not JSON/)] });
    expect(parseImport('<html>settings</html>').errors[0]).toMatch(/^The file is not JSON/);
    expect(parseImport(JSON.stringify({ format: 'other-app', version: 3 })).errors).toEqual(['The file is not a Broadsheet settings file.']);
    const huge = JSON.stringify({ version: 3, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImport(huge)).toEqual({ settings: null, errors: [expect.stringMatching(/larger than 1 MB/)] });
    // Under the limit in characters, over it in UTF-8 bytes.
    const wide = JSON.stringify({ version: 3, padding: 'ب'.repeat(MAX_IMPORT_BYTES / 2 + 10) });
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseImport(wide).errors[0]).toMatch(/larger than 1 MB/);
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseImport(deep).settings).toBeNull();
  });

  it('a byte-order mark is fine; thousands of problems are listed up to a limit', () => {
    expect(parseImport(`\uFEFF${exportSettings(sample())}`).errors).toEqual([]);
    const sites = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`bad host ${index}`, { hide: ['.x'] }]));
    const { settings, errors } = parseImport(JSON.stringify({ version: 3, sites }));
    expect(settings?.sites).toEqual({});
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toBe('… and 450 more problems');
  });
});
