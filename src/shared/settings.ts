// Settings: everything in ./settings-schema (pure: defaults, migrations, validation) plus
// storage.sync access. Code that must stay free of webextension-polyfill (content script,
// CLI, unit tests) imports ./settings-schema instead.
export * from './settings-schema';
export {
  loadSettings,
  saveSettings,
  loadAllSettings,
  saveAllSettings,
  loadSiteRules,
  loadLocalSiteHosts,
  saveSiteRules,
  loadPageRules,
  initSettings,
  onSettingsChanged,
} from './settings-storage';
