import type { ExtractionSelectors, ThemeRule } from './types';

// A theme rule = its own data on top of a base (the generic WordPress rule). Own selectors
// come first, the base's follow as fallbacks; fingerprints and priority are the theme's own.

export type ThemeOverrides = Omit<ThemeRule, 'extraction'> & { extraction: Partial<ExtractionSelectors> };

/** The theme's own data, before the base was merged in (rule-data tests check these). */
const OWN = new WeakMap<ThemeRule, ThemeOverrides>();

export function extendRule(base: ThemeRule, own: ThemeOverrides): ThemeRule {
  const extraction = {} as ExtractionSelectors;
  for (const key of Object.keys(base.extraction) as Array<keyof ExtractionSelectors>) {
    extraction[key] = [...new Set([...(own.extraction[key] ?? []), ...base.extraction[key]])];
  }
  const clutter: ThemeRule['clutter'] = { ...base.clutter };
  for (const [kind, selectors] of Object.entries(own.clutter) as Array<[keyof ThemeRule['clutter'], string[]]>) {
    clutter[kind] = [...(clutter[kind] ?? []), ...selectors];
  }
  const rule: ThemeRule = {
    ...own,
    licenseNotices: [...own.licenseNotices, ...base.licenseNotices],
    clutter,
    extraction,
  };
  OWN.set(rule, own);
  return rule;
}

export function ownPart(rule: ThemeRule): ThemeOverrides {
  return OWN.get(rule) ?? rule;
}
