import { selectorProblem } from '../core/selector-check';
import { CONFIGURABLE_CLUTTER_KINDS, MAX_HIDE_RULES, type AllSettings, type ConfigurableClutterKind, type Settings, type SiteRules } from './settings-defaults';
import { normalizeHostname } from './settings-hosts';
import { describe, isRecord, migrateSettings } from './settings-migrations';
import { validateSettings } from './settings-validate';

// Per-site rules: validation and reading. Like the rest of settings, anything in: each site,
// field and selector is checked on its own, a bad one is reported by name and dropped, the rest
// kept. Pure.

const SITE_FIELDS = new Set(['hide', 'article', 'clutter']);

/** validateSettings for everything: the main settings, and `sites` (by hostname) beside them. */
export function validateAllSettings(raw: unknown): { settings: AllSettings; errors: string[] } {
  const { settings, errors } = validateSettings(raw);
  // Migrated for the sites alone (v0 had a `sites` field of another meaning); the main
  // validation above already reported what migrating found.
  const sites = isRecord(raw) ? migrateSettings(raw).value.sites : undefined;
  return { settings: { ...settings, sites: validateSites(sites, errors) }, errors };
}

/** The valid sites of `value` (an object by hostname); problems are pushed to `errors`. */
export function validateSites(value: unknown, errors: string[]): Record<string, SiteRules> {
  const sites: Record<string, SiteRules> = {};
  if (value === undefined) return sites;
  if (!isRecord(value)) {
    errors.push(`sites: expected an object by hostname, got ${describe(value)}; using {}`);
    return sites;
  }
  for (const [key, raw] of Object.entries(value)) {
    const host = normalizeHostname(key);
    const path = `sites[${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)}]`;
    if (host === null) {
      errors.push(`${path}: not a hostname; dropped`);
      continue;
    }
    const rules = validateSite(raw, path, errors);
    if (!rules) continue;
    // A hostname may be "__proto__": defined, never assigned, so it stays an ordinary entry.
    const merged = sites[host] && Object.hasOwn(sites, host) ? mergeRules(sites[host], rules) : rules;
    Object.defineProperty(sites, host, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return sites;
}

/** One site's rules, or null when nothing valid is left (an empty entry is not stored). */
export function validateSite(raw: unknown, path: string, errors: string[]): SiteRules | null {
  if (!isRecord(raw)) {
    errors.push(`${path}: expected an object, got ${describe(raw)}; dropped`);
    return null;
  }
  for (const field of Object.keys(raw)) if (!SITE_FIELDS.has(field)) errors.push(`${path}.${field}: unknown field; dropped`);
  const rules: SiteRules = { hide: hideRules(raw.hide, `${path}.hide`, errors) };
  if (raw.article !== undefined) {
    const problem = selectorProblem(raw.article);
    if (problem) errors.push(`${path}.article: ${describe(raw.article)} ${problem}; dropped`);
    else rules.article = (raw.article as string).trim();
  }
  const clutter = clutterOverrides(raw.clutter, `${path}.clutter`, errors);
  if (clutter) rules.clutter = clutter;
  return rules.hide.length > 0 || rules.article !== undefined || rules.clutter ? rules : null;
}

function hideRules(value: unknown, path: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected a list of selectors, got ${describe(value)}; using []`);
    return [];
  }
  const kept: string[] = [];
  value.forEach((entry, index) => {
    const problem = selectorProblem(entry);
    if (problem) errors.push(`${path}[${index}]: ${describe(entry)} ${problem}; dropped`);
    else if (kept.length >= MAX_HIDE_RULES) errors.push(`${path}[${index}]: more than ${MAX_HIDE_RULES} rules; dropped`);
    else if (!kept.includes((entry as string).trim())) kept.push((entry as string).trim());
  });
  return kept;
}

function clutterOverrides(value: unknown, path: string, errors: string[]): SiteRules['clutter'] | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.push(`${path}: expected an object, got ${describe(value)}; dropped`);
    return undefined;
  }
  const overrides: Partial<Record<ConfigurableClutterKind, boolean>> = {};
  for (const [kind, on] of Object.entries(value)) {
    if (!(CONFIGURABLE_CLUTTER_KINDS as readonly string[]).includes(kind)) errors.push(`${path}.${kind}: not a clutter kind; dropped`);
    else if (typeof on !== 'boolean') errors.push(`${path}.${kind}: expected true or false, got ${describe(on)}; dropped`);
    else overrides[kind as ConfigurableClutterKind] = on;
  }
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

/** Two spellings of one hostname ("News.example.com", "news.example.com"): their rules together. */
function mergeRules(first: SiteRules, second: SiteRules): SiteRules {
  const merged: SiteRules = { hide: [...new Set([...first.hide, ...second.hide])].slice(0, MAX_HIDE_RULES) };
  const article = second.article ?? first.article;
  if (article !== undefined) merged.article = article;
  if (first.clutter || second.clutter) merged.clutter = { ...first.clutter, ...second.clutter };
  return merged;
}

/** The rules for this exact hostname, if any. */
export function siteRulesFor(settings: AllSettings, hostname: string): SiteRules | undefined {
  return Object.hasOwn(settings.sites, hostname) ? settings.sites[hostname] : undefined;
}

/** What counts as clutter on this site: the global choices with the site's overrides on top. */
export function clutterFor(settings: AllSettings, hostname: string): Settings['clutter'] {
  return { ...settings.clutter, ...siteRulesFor(settings, hostname)?.clutter };
}
