import type { ExtractionSelectors, ThemeRule } from './types';

// A theme rule = its own data on top of a base (the generic WordPress rule). Own selectors
// come first, the base's follow as fallbacks; fingerprints and priority are the theme's own.

export type ThemeOverrides = Omit<ThemeRule, 'extraction'> & { extraction: Partial<ExtractionSelectors> };

/** The theme's own data, before the base was merged in (rule-data tests check these). */
const OWN = new WeakMap<ThemeRule, ThemeOverrides>();

export function extendRule(base: ThemeRule, own: ThemeOverrides): ThemeRule {
  // The merged lists are built on first use: the content script loads every rule on every
  // page, but most pages are not WordPress and never read them.
  const rule = { ...own } as ThemeRule;
  lazy(rule, 'licenseNotices', () => [...own.licenseNotices, ...base.licenseNotices]);
  lazy(rule, 'clutter', () => {
    const clutter: ThemeRule['clutter'] = { ...base.clutter };
    for (const [kind, selectors] of Object.entries(own.clutter) as Array<[keyof ThemeRule['clutter'], string[]]>) {
      clutter[kind] = [...(clutter[kind] ?? []), ...selectors];
    }
    return clutter;
  });
  lazy(rule, 'extraction', () => {
    const extraction = {} as ExtractionSelectors;
    for (const key of Object.keys(base.extraction) as Array<keyof ExtractionSelectors>) {
      extraction[key] = [...new Set([...(own.extraction[key] ?? []), ...base.extraction[key]])];
    }
    return extraction;
  });
  OWN.set(rule, own);
  return rule;
}

/** Defines `key` as computed once, on first read, then a plain value. */
function lazy<K extends keyof ThemeRule>(rule: ThemeRule, key: K, compute: () => ThemeRule[K]): void {
  Object.defineProperty(rule, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(rule, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

export function ownPart(rule: ThemeRule): ThemeOverrides {
  return OWN.get(rule) ?? rule;
}
