import {
  CONFIGURABLE_CLUTTER_KINDS,
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  LINE_HEIGHT_MAX,
  LINE_HEIGHT_MIN,
  READER_ALIGNS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  SETTINGS_VERSION,
  defaultSettings,
  type Settings,
} from './settings-defaults';
import { describe, isRecord, migrateSettings } from './settings-migrations';
import { normalizeHostname } from './settings-hosts';
import { validateListen } from './settings-listen';

// validateSettings: anything in, valid Settings out. Runs the migrations, then checks every
// field on its own and replaces only the invalid ones with their defaults. A missing field
// takes its default silently (older or partial data); a wrong one is reported in `errors`.

export interface ValidationResult {
  settings: Settings;
  errors: string[];
}

export function validateSettings(raw: unknown): ValidationResult {
  const { settings, errors, value, field } = begin(raw);
  if (value && field) {
    readCleaning(value, field, settings);
    readReader(value, field, settings);
    settings.listen = validateListen(value.listen, errors);
  }
  return { settings, errors };
}

/**
 * Only what auto-clean reads (autoClean and clutter), the rest left at its defaults: the content
 * script runs on every page and carries no more validation than it uses.
 */
export function validateCleanSettings(raw: unknown): ValidationResult {
  const { settings, errors, value, field } = begin(raw);
  if (value && field) readCleaning(value, field, settings);
  return { settings, errors };
}

interface Validation extends ValidationResult {
  /** The migrated settings object, or null when there was none to read. */
  value: Record<string, unknown> | null;
  field: FieldChecker | null;
}

function begin(raw: unknown): Validation {
  const settings = defaultSettings();
  settings.version = SETTINGS_VERSION;
  if (raw === undefined || raw === null) return { settings, errors: [], value: null, field: null };
  if (!isRecord(raw)) return { settings, errors: [`settings: expected an object, got ${describe(raw)}`], value: null, field: null };
  const { value, errors } = migrateSettings(raw);
  return { settings, errors, value, field: new FieldChecker(errors) };
}

function readCleaning(value: Record<string, unknown>, field: FieldChecker, settings: Settings): void {
  const autoClean = field.section(value, 'autoClean');
  if (autoClean) {
    settings.autoClean.enabled = field.boolean(autoClean, 'autoClean.enabled', DEFAULT_SETTINGS.autoClean.enabled);
    settings.autoClean.disabledSites = field.hostnames(autoClean.disabledSites, 'autoClean.disabledSites');
  }
  const clutter = field.section(value, 'clutter');
  if (clutter) {
    for (const kind of CONFIGURABLE_CLUTTER_KINDS) {
      settings.clutter[kind] = field.boolean(clutter, `clutter.${kind}`, DEFAULT_SETTINGS.clutter[kind]);
    }
  }
}

function readReader(value: Record<string, unknown>, field: FieldChecker, settings: Settings): void {
  const reader = field.section(value, 'reader');
  if (!reader) return;
  const defaults = DEFAULT_SETTINGS.reader;
  settings.reader.theme = field.oneOf(reader, 'reader.theme', READER_THEMES, defaults.theme);
  settings.reader.font = field.oneOf(reader, 'reader.font', READER_FONTS, defaults.font);
  settings.reader.fontSize = field.range(reader, 'reader.fontSize', FONT_SIZE_MIN, FONT_SIZE_MAX, defaults.fontSize, 1);
  settings.reader.lineHeight = field.range(reader, 'reader.lineHeight', LINE_HEIGHT_MIN, LINE_HEIGHT_MAX, defaults.lineHeight, 10);
  settings.reader.width = field.oneOf(reader, 'reader.width', READER_WIDTHS, defaults.width);
  settings.reader.align = field.oneOf(reader, 'reader.align', READER_ALIGNS, defaults.align);
  settings.reader.showImages = field.boolean(reader, 'reader.showImages', defaults.showImages);
}

/** Is auto-clean on for this exact hostname? */
export function isAutoCleanOn(settings: Settings, hostname: string): boolean {
  if (!settings.autoClean.enabled) return false;
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return !settings.autoClean.disabledSites.includes(host);
}

class FieldChecker {
  constructor(private readonly errors: string[]) {}

  section(parent: Record<string, unknown>, name: string): Record<string, unknown> | null {
    const value = parent[name];
    if (value === undefined) return null;
    if (isRecord(value)) return value;
    this.errors.push(`${name}: expected an object, got ${describe(value)}; using defaults`);
    return null;
  }

  boolean(parent: Record<string, unknown>, path: string, fallback: boolean): boolean {
    const value = parent[leaf(path)];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.errors.push(`${path}: expected true or false, got ${describe(value)}; using ${fallback}`);
    return fallback;
  }

  oneOf<T extends string>(parent: Record<string, unknown>, path: string, allowed: readonly T[], fallback: T): T {
    const value = parent[leaf(path)];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.errors.push(`${path}: expected one of ${allowed.join(', ')}, got ${describe(value)}; using ${fallback}`);
    return fallback;
  }

  /** A number within [min, max], rounded to 1/steps. */
  range(parent: Record<string, unknown>, path: string, min: number, max: number, fallback: number, steps: number): number {
    const value = parent[leaf(path)];
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return Math.round(value * steps) / steps;
    this.errors.push(`${path}: expected ${min}–${max}, got ${describe(value)}; using ${fallback}`);
    return fallback;
  }

  /** Keeps each valid hostname (normalised, deduplicated); drops and reports the others. */
  hostnames(value: unknown, path: string): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.errors.push(`${path}: expected a list of hostnames, got ${describe(value)}; using []`);
      return [];
    }
    const hosts: string[] = [];
    value.forEach((entry, index) => {
      const host = normalizeHostname(entry);
      if (host === null) this.errors.push(`${path}[${index}]: ${describe(entry)} is not a hostname; dropped`);
      else if (!hosts.includes(host)) hosts.push(host);
    });
    return hosts;
  }
}

function leaf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
