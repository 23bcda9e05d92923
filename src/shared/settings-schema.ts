// The pure half of settings: types, defaults, migrations, validation, hostnames. No extension
// APIs, so the content script, the CLI and tests import this without webextension-polyfill.
// Pages that also read or write storage import ./settings instead.
export * from './settings-defaults';
export { MIGRATIONS, migrateSettings, type Migration, type MigrationResult, type RawSettings } from './settings-migrations';
export { validateSettings, validateCleanSettings, isAutoCleanOn, type ValidationResult } from './settings-validate';
export { parseHostnameInput, normalizeHostname, hostnameOfPage, withSiteAutoClean, type HostnameParse, type HostnameRefusal } from './settings-hosts';
export { validateAllSettings, validateSites, validateSite, siteRulesFor, clutterFor } from './settings-sites';
export { exportSettings, parseImport, EXPORT_FORMAT, MAX_IMPORT_BYTES, type ImportResult } from './settings-transfer';
