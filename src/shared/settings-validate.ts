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
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, errors: [] };
  if (!isRecord(raw)) return { settings, errors: [`settings: expected an object, got ${describe(raw)}`] };

  const { value, errors } = migrateSettings(raw);
  const field = new FieldChecker(errors);

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

  const reader = field.section(value, 'reader');
  if (reader) {
    settings.reader.theme = field.oneOf(reader, 'reader.theme', READER_THEMES, DEFAULT_SETTINGS.reader.theme);
    settings.reader.font = field.oneOf(reader, 'reader.font', READER_FONTS, DEFAULT_SETTINGS.reader.font);
    settings.reader.fontSize = field.fontSize(reader.fontSize);
    settings.reader.lineHeight = field.lineHeight(reader.lineHeight);
    settings.reader.width = field.oneOf(reader, 'reader.width', READER_WIDTHS, DEFAULT_SETTINGS.reader.width);
    settings.reader.align = field.oneOf(reader, 'reader.align', READER_ALIGNS, DEFAULT_SETTINGS.reader.align);
    settings.reader.showImages = field.boolean(reader, 'reader.showImages', DEFAULT_SETTINGS.reader.showImages);
  }

  settings.listen = validateListen(value.listen, errors);

  settings.version = SETTINGS_VERSION;
  return { settings, errors };
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

  fontSize(value: unknown): number {
    const fallback = DEFAULT_SETTINGS.reader.fontSize;
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= FONT_SIZE_MIN && value <= FONT_SIZE_MAX) {
      return Math.round(value);
    }
    this.errors.push(`reader.fontSize: expected ${FONT_SIZE_MIN}–${FONT_SIZE_MAX}, got ${describe(value)}; using ${fallback}`);
    return fallback;
  }

  lineHeight(value: unknown): number {
    const fallback = DEFAULT_SETTINGS.reader.lineHeight;
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= LINE_HEIGHT_MIN && value <= LINE_HEIGHT_MAX) {
      return Math.round(value * 10) / 10;
    }
    this.errors.push(`reader.lineHeight: expected ${LINE_HEIGHT_MIN}–${LINE_HEIGHT_MAX}, got ${describe(value)}; using ${fallback}`);
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
