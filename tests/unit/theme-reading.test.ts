// @vitest-environment node
// The popup and reader tab get src/themes/reading.ts as data computed at build time
// (vite.theme-reading.ts): that data is the module's own value, without the cleaning lists.
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/themes';
import { THEME_READING } from '../../src/themes/reading';
import { themeReadingModule } from '../../vite.theme-reading';

describe('theme reading data', () => {
  it('the build-time module holds the value reading.ts computes', () => {
    const literal = /^export const THEME_READING = (.*);\n$/s.exec(themeReadingModule())?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(literal!)).toEqual(THEME_READING);
  });

  it('every rule, in THEMES order, without what only cleaning uses', () => {
    expect(THEME_READING.map((reading) => reading.id)).toEqual(THEMES.map((rule) => rule.id));
    expect(THEME_READING.flatMap((reading) => Object.keys(reading)).filter((key) => key === 'clutter' || key === 'licenseNotices')).toEqual([]);
  });
});
