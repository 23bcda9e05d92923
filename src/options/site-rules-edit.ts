import { selectorProblem } from '../core/selector-check';
import type { AllSettings, SiteRules } from '../shared/settings-schema';

// The options page's per-site list, as pure data: which sites the reader has changed, and how
// one rule is edited or deleted. No extension APIs (unit-tested as it is).

export interface SiteEntry {
  host: string;
  /** The site's stored rules (hide, article, clutter), if any. */
  rules: SiteRules | undefined;
  /** Auto-clean is off on this site (autoClean.disabledSites). */
  autoCleanOff: boolean;
  /** Its rules are in storage.local: sync had no room. */
  localOnly: boolean;
}

/** Every site with rules or with auto-clean off, by hostname. */
export function siteEntries(sites: Record<string, SiteRules>, disabledSites: readonly string[], localHosts: readonly string[]): SiteEntry[] {
  const hosts = [...new Set([...Object.keys(sites), ...disabledSites])].sort((a, b) => a.localeCompare(b));
  return hosts.map((host) => ({
    host,
    rules: Object.hasOwn(sites, host) ? sites[host] : undefined,
    autoCleanOff: disabledSites.includes(host),
    localOnly: localHosts.includes(host) && Object.hasOwn(sites, host),
  }));
}

/** Which rule of a site: one hide rule by position, or the article rule. */
export type RuleRef = { kind: 'hide'; index: number } | { kind: 'article' };

/** Rules with nothing left are no rules: null, which removes the site's item. */
export function orNull(rules: SiteRules): SiteRules | null {
  return rules.hide.length > 0 || rules.article !== undefined || rules.clutter !== undefined ? rules : null;
}

/** The site's rules with one rule replaced by `value` (trimmed) or deleted (null). */
export function withRule(rules: SiteRules | undefined, ref: RuleRef, value: string | null): SiteRules | null {
  const next: SiteRules = { ...rules, hide: [...(rules?.hide ?? [])] };
  if (ref.kind === 'article') {
    if (value === null) delete next.article;
    else next.article = value.trim();
  } else if (value === null) {
    next.hide.splice(ref.index, 1);
  } else {
    next.hide[ref.index] = value.trim();
    next.hide = [...new Set(next.hide)];
  }
  return orNull(next);
}

/** The site's rules with its clutter choices (undefined: the global list). */
export function withClutter(rules: SiteRules | undefined, clutter: SiteRules['clutter']): SiteRules | null {
  const next: SiteRules = { ...rules, hide: [...(rules?.hide ?? [])] };
  if (clutter === undefined) delete next.clutter;
  else next.clutter = { ...clutter };
  return orNull(next);
}

/** Why a rule typed in the options page cannot be saved (null: it can). */
export function ruleProblem(value: string): string | null {
  return selectorProblem(value);
}

/** What an import would bring: counted for the confirm panel. */
export function importSummary(settings: AllSettings): { sites: number; hideRules: number; articleRules: number } {
  const all = Object.values(settings.sites);
  return {
    sites: all.length,
    hideRules: all.reduce((sum, rules) => sum + rules.hide.length, 0),
    articleRules: all.filter((rules) => rules.article !== undefined).length,
  };
}
