// The content script's settings validation: only the part auto-clean reads, the same way as the whole.
import { describe, expect, it } from 'vitest';
import { validateCleanSettings, validateSettings } from '../../src/shared/settings-schema';

describe('the content script validates only what auto-clean reads', () => {
  it('validateCleanSettings agrees with validateSettings on autoClean and clutter, and reports their errors', () => {
    const raw = {
      version: 4,
      autoClean: { enabled: true, disabledSites: ['News.Example.com', 'not a host!'] },
      clutter: { ads: false, comments: 'yes' },
      reader: { theme: 'dark', fontSize: 22 },
      listen: { readCaptions: true },
    };
    const clean = validateCleanSettings(raw);
    const all = validateSettings(raw);
    expect(clean.settings.autoClean).toEqual(all.settings.autoClean);
    expect(clean.settings.clutter).toEqual(all.settings.clutter);
    expect(clean.settings.autoClean.disabledSites).toEqual(['news.example.com']);
    expect(clean.errors).toEqual(all.errors.filter((error) => error.startsWith('autoClean') || error.startsWith('clutter')));
    expect(clean.errors.length).toBe(2);
    // The rest is left at its defaults, never read.
    expect(clean.settings.reader.theme).not.toBe('dark');
  });
});
