import type { ClutterKind } from '../core/types';
import type { ExtractionSelectors, ThemeDefinition, ThemeRule } from './types';

// A theme rule = the theme's own data on top of the generic WordPress base: own selectors
// first, the base's after them as fallbacks; fingerprints and priority are the theme's own.

export function withBase(theme: ThemeDefinition, base: ThemeRule): ThemeRule {
  const extraction = {} as ExtractionSelectors;
  for (const key of Object.keys(base.extraction) as Array<keyof ExtractionSelectors>) {
    extraction[key] = [...new Set([...(theme.extraction[key] ?? []), ...base.extraction[key]])];
  }
  const clutter: ThemeRule['clutter'] = { ...base.clutter };
  for (const [kind, selectors] of Object.entries(theme.clutter) as Array<[ClutterKind, string[]]>) {
    clutter[kind] = [...(clutter[kind] ?? []), ...selectors];
  }
  return { ...theme, extraction, licenseNotices: [...theme.licenseNotices, ...base.licenseNotices], clutter };
}
