import type { ExtractionSelectors, ThemeReading, ThemeRule } from './types';

// A theme rule = its own data on top of a base (the generic WordPress rule). Own selectors
// come first, the base's follow as fallbacks; fingerprints and priority are the theme's own.
// Each theme is built in two parts, its reading part (extendReading) and the full rule made
// from it (extendRule), so the popup and reader tab can load the first without the clutter
// lists while the data is still written once.

/** A theme's own reading data: extraction lists it does not give come from the base. */
export type ReadingOverrides = Omit<ThemeReading, 'extraction'> & { extraction: Partial<ExtractionSelectors> };
/** A theme's own cleaning data, added to the base's. */
export type CleaningOverrides = Pick<ThemeRule, 'licenseNotices' | 'clutter'>;
/** All of a theme's own data. */
export type ThemeOverrides = ReadingOverrides & CleaningOverrides;

/** The theme's own data, before the base was merged in (rule-data tests check these). */
const OWN = new WeakMap<ThemeReading, ReadingOverrides>();

export function extendReading(base: ThemeReading, own: ReadingOverrides): ThemeReading {
  // The merged lists are built on first use: every rule is loaded together, but a page reads
  // at most one.
  const reading = { ...own } as ThemeReading;
  lazy(reading, 'extraction', () => {
    const extraction = {} as ExtractionSelectors;
    for (const key of Object.keys(base.extraction) as Array<keyof ExtractionSelectors>) {
      extraction[key] = [...new Set([...(own.extraction[key] ?? []), ...base.extraction[key]])];
    }
    return extraction;
  });
  OWN.set(reading, own);
  return reading;
}

/** The full rule: `reading` (built on `base`'s reading part) plus own cleaning data over `base`'s. */
export function extendRule(base: ThemeRule, reading: ThemeReading, own: CleaningOverrides): ThemeRule {
  // Not `{ ...reading }`: spreading would read (and so build) the lazy extraction lists now.
  const ownData: ThemeOverrides = { ...ownPart(reading), ...own };
  const rule = { ...ownData } as ThemeRule;
  lazy(rule, 'extraction', () => reading.extraction);
  lazy(rule, 'licenseNotices', () => [...own.licenseNotices, ...base.licenseNotices]);
  lazy(rule, 'clutter', () => {
    const clutter: ThemeRule['clutter'] = { ...base.clutter };
    for (const [kind, selectors] of Object.entries(own.clutter) as Array<[keyof ThemeRule['clutter'], string[]]>) {
      clutter[kind] = [...(clutter[kind] ?? []), ...selectors];
    }
    return clutter;
  });
  OWN.set(rule, ownData);
  return rule;
}

/** Defines `key` as computed once, on first read, then a plain value. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

export function ownPart(rule: ThemeRule): ThemeOverrides;
export function ownPart(reading: ThemeReading): ReadingOverrides;
export function ownPart(rule: ThemeReading): ReadingOverrides {
  return OWN.get(rule) ?? rule;
}
