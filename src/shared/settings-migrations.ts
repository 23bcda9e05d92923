import { SETTINGS_VERSION } from './settings-defaults';

// Ordered migrations: MIGRATIONS[i] takes a stored object from version i to i + 1.
// Migrations are tolerant: they move what they recognise and leave the rest for validation,
// which replaces anything still wrong with its default, field by field.

export type RawSettings = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  description: string;
  migrate(raw: RawSettings): RawSettings;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description:
      'v0 (pre-release) stored a flat shape { enabled: boolean, sites: string[] } where `sites` were ' +
      'the hostnames with auto-clean off. v1 nests them as autoClean.enabled / autoClean.disabledSites.',
    migrate(raw) {
      const { enabled, sites, ...rest } = raw;
      const autoClean = isRecord(rest.autoClean) ? { ...rest.autoClean } : {};
      if (enabled !== undefined && autoClean.enabled === undefined) autoClean.enabled = enabled;
      if (sites !== undefined && autoClean.disabledSites === undefined) autoClean.disabledSites = sites;
      return { ...rest, autoClean, version: 1 };
    },
  },
  {
    from: 1,
    to: 2,
    description:
      'v2 adds reader.lineHeight, reader.width and reader.align and the "dyslexic" font. v1 kept the ' +
      'line height fixed at 1.6 and the column medium: written out explicitly so a v1 reader sees no change.',
    migrate(raw) {
      if (!isRecord(raw.reader)) return { ...raw, version: 2 };
      const reader = { ...raw.reader };
      if (reader.lineHeight === undefined) reader.lineHeight = 1.6;
      if (reader.width === undefined) reader.width = 'medium';
      if (reader.align === undefined) reader.align = 'start';
      return { ...raw, reader, version: 2 };
    },
  },
  {
    from: 2,
    to: 3,
    description:
      'v3 adds per-site rules (hostname → { hide, article?, clutter? }), stored one site per item ' +
      'beside the main item (AllSettings.sites). v2 had none: the main item is unchanged.',
    migrate(raw) {
      return { ...raw, version: 3 };
    },
  },
  {
    from: 3,
    to: 4,
    description: 'v4 adds listen (read captions, voice and speed per language), written out as its defaults.',
    migrate(raw) {
      const listen = isRecord(raw.listen) ? raw.listen : { readCaptions: false, languages: {} };
      return { ...raw, listen, version: 4 };
    },
  },
];

export interface MigrationResult {
  value: RawSettings;
  errors: string[];
}

/** Runs every migration from the stored version up to SETTINGS_VERSION, in order. */
export function migrateSettings(raw: RawSettings): MigrationResult {
  const errors: string[] = [];
  let version = storedVersion(raw, errors);
  let value: RawSettings = { ...raw };
  if (version > SETTINGS_VERSION) {
    errors.push(`version: ${version} is newer than this build (${SETTINGS_VERSION}); reading the fields it knows`);
    return { value, errors };
  }
  for (const migration of MIGRATIONS) {
    if (migration.from !== version) continue;
    try {
      value = migration.migrate(value);
    } catch (error) {
      errors.push(`migration ${migration.from}→${migration.to} failed: ${String(error)}`);
    }
    version = migration.to;
  }
  return { value, errors };
}

/** A missing version means the v0 shape; a corrupt one is reported and treated as v0 too. */
function storedVersion(raw: RawSettings, errors: string[]): number {
  const version = raw.version;
  if (version === undefined) return 0;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return version;
  errors.push(`version: expected a whole number, got ${describe(version)}; treated as 0`);
  return 0;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
