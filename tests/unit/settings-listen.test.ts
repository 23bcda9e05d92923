// settings.listen (v4): validated field by field and migrated from v3, like the rest of settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_LISTEN_LANGUAGES, MIGRATIONS, SETTINGS_VERSION, validateSettings } from '../../src/shared/settings-schema';

describe('settings.listen', () => {
  it('defaults to captions not read and no language chosen', () => {
    expect(DEFAULT_SETTINGS.listen).toEqual({ readCaptions: false, languages: {} });
    expect(validateSettings({ version: SETTINGS_VERSION }).settings.listen).toEqual({ readCaptions: false, languages: {} });
  });

  it('keeps valid choices per language, rounding the rate', () => {
    const { settings, errors } = validateSettings({
      version: 4,
      listen: { readCaptions: true, languages: { ar: { voice: 'Tarik', rate: 1.2345 }, en: { rate: 0.5 } } },
    });
    expect(errors).toEqual([]);
    expect(settings.listen).toEqual({ readCaptions: true, languages: { ar: { voice: 'Tarik', rate: 1.23 }, en: { rate: 0.5 } } });
  });

  it('names and drops each bad field, keeping the rest', () => {
    const { settings, errors } = validateSettings({
      version: 4,
      listen: { readCaptions: 'yes', languages: { 'en-US': { rate: 1 }, ar: { voice: '', rate: 3 }, fr: 'Thomas', de: { voice: 'Anna', rate: 1.5 } } },
    });
    expect(settings.listen).toEqual({ readCaptions: false, languages: { ar: { rate: 1 }, de: { voice: 'Anna', rate: 1.5 } } });
    expect(errors).toEqual([
      expect.stringMatching(/^listen\.readCaptions: expected true or false/),
      expect.stringMatching(/^listen\.languages\.en-US: not a language code/),
      expect.stringMatching(/^listen\.languages\.ar\.rate: expected 0\.5–2/),
      expect.stringMatching(/^listen\.languages\.ar\.voice: expected a voice name/),
      expect.stringMatching(/^listen\.languages\.fr: expected an object/),
    ]);
  });

  it('refuses a listen that is not an object, and more languages than the limit', () => {
    expect(validateSettings({ version: 4, listen: [] }).errors).toEqual([expect.stringMatching(/^listen: expected an object/)]);
    const many = Object.fromEntries(Array.from({ length: MAX_LISTEN_LANGUAGES + 2 }, (_, i) => [`l${String.fromCharCode(97 + i)}`, { rate: 1 }]));
    const { settings, errors } = validateSettings({ version: 4, listen: { languages: many } });
    expect(Object.keys(settings.listen.languages)).toHaveLength(MAX_LISTEN_LANGUAGES);
    expect(errors).toHaveLength(2);
  });

  it('migrates v3 to v4 by writing out the defaults, and keeps a v3 reader as it was', () => {
    const step = MIGRATIONS.find((migration) => migration.from === 3)!;
    expect(step.migrate({ version: 3, reader: { theme: 'dark' } })).toEqual({
      version: 4,
      reader: { theme: 'dark' },
      listen: { readCaptions: false, languages: {} },
    });
    const { settings, errors } = validateSettings({ version: 3, reader: { theme: 'dark' } });
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({ version: 4, reader: { theme: 'dark' }, listen: { readCaptions: false, languages: {} } });
  });
});
