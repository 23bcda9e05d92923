// The _locales catalogues (public/_locales/<lang>/messages.json, copied to the extension root):
// Arabic has every English message with the same placeholders, and every key the UI builds at
// run time exists. Static keys are checked by tsc (MessageKey is typed from the English file).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUTTER_KINDS } from '../../src/core/types';
import { READER_ALIGNS, READER_FONTS, READER_THEMES, READER_WIDTHS } from '../../src/shared/settings-schema';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalogue;
const en = load('en');
const ar = load('ar');
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));

describe('_locales', () => {
  it('Arabic has exactly the English keys with the same placeholders (bar spelled-out small counts), and says it is RTL', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const names = (catalogue: Catalogue) => Object.keys(catalogue[key].placeholders ?? {}).sort();
      // Arabic spells out small counts ("دقيقتين", two minutes) where English shows the number.
      if (/_(zero|one|two)$/.test(key)) expect(names(en)).toEqual(expect.arrayContaining(names(ar)));
      else expect(names(ar), key).toEqual(names(en));
      for (const name of names(ar)) expect(ar[key].message, `${key} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
      expect(ar[key].message.trim(), key).not.toBe('');
    }
    expect([en.ui_dir.message, ar.ui_dir.message]).toEqual(['ltr', 'rtl']);
  });

  it('has every key the UI builds at run time', () => {
    const keys = [
      ...CLUTTER_KINDS.flatMap((kind) => [`clutter_${kind.replace(/-/g, '_')}_name`, `clutter_${kind.replace(/-/g, '_')}_description`]),
      ...READER_THEMES.map((v) => `look_theme_${v}`),
      ...READER_FONTS.map((v) => `look_font_${v}`),
      ...READER_WIDTHS.map((v) => `look_width_${v}`),
      ...READER_ALIGNS.map((v) => `look_align_${v}`),
      ...['empty', 'space', 'unparsable', 'scheme', 'invalid'].map((code) => `site_error_${code}`),
      // Intl.PluralRules categories: English one/other, Arabic all six.
      ...['zero', 'one', 'two', 'few', 'many', 'other'].flatMap((c) => [
        `article_reading_minutes_${c}`,
        `clean_removed_${c}`,
        `picker_hide_count_${c}`,
        `picker_label_matches_${c}`,
      ]),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('the manifest is localised from them, with English as the default locale', () => {
    expect(manifest.default_locale).toBe('en');
    const used = JSON.stringify(manifest)
      .match(/__MSG_(\w+)__/g)!
      .map((m) => m.slice(6, -2));
    expect(used.length).toBeGreaterThanOrEqual(4);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
