import { SETTINGS_VERSION, type AllSettings } from './settings-defaults';
import { isRecord } from './settings-migrations';
import { validateAllSettings } from './settings-sites';

// Settings to a file and back. Pure: the options page reads and writes the file. An imported
// file is untrusted: it is validated exactly as stored settings are (an old version migrates,
// each bad field is named and dropped, the rest kept), after a size and a JSON check.

/** Marks a Broadsheet settings file. */
export const EXPORT_FORMAT = 'broadsheet-settings';

/** Bigger than any real settings file (all sites at their limits are a few hundred kB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** Problems listed one by one up to here; a file with thousands says how many more. */
const MAX_LISTED_ERRORS = 50;

export interface ImportResult {
  /** null when nothing could be read (too big, not JSON, not a settings object). */
  settings: AllSettings | null;
  errors: string[];
}

/** The settings as a readable JSON file (validated first: a file never carries a bad field). */
export function exportSettings(all: AllSettings): string {
  const { settings } = validateAllSettings(all);
  return `${JSON.stringify({ format: EXPORT_FORMAT, ...settings }, null, 2)}\n`;
}

export function parseImport(text: unknown): ImportResult {
  if (typeof text !== 'string') return refused('The file could not be read as text.');
  // Characters never outnumber UTF-8 bytes: the cheap test first, the exact one after.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return refused(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a settings file is far smaller.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused(`The file is not JSON (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}).`);
  }
  if (!isRecord(parsed)) return refused('The file does not hold a settings object.');
  const { format, ...raw } = parsed;
  if (format !== undefined && format !== EXPORT_FORMAT) return refused('The file is not a Broadsheet settings file.');
  // Exported files always say their version; one written by hand without it means this one
  // (read as v0, the pre-release storage shape, its `sites` would be taken for a hostname list).
  const { settings, errors } = validateAllSettings(raw.version === undefined ? { ...raw, version: SETTINGS_VERSION } : raw);
  return { settings, errors: listed(errors) };
}

function refused(error: string): ImportResult {
  return { settings: null, errors: [error] };
}

function listed(errors: string[]): string[] {
  if (errors.length <= MAX_LISTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_LISTED_ERRORS), `… and ${errors.length - MAX_LISTED_ERRORS} more problems`];
}
