import browser from 'webextension-polyfill';
import { HIDE_RULES_FILE } from '../shared/hide-rules-file';
import { isAutoCleanOn } from '../shared/settings-schema';
import type { AllSettings } from '../shared/settings-defaults';
import { sitePatterns } from './registration';

// The reader's hide rules apply from the next load on, before the page paints, on any site:
// hide-rules.js is registered at document_start for exactly the sites that have hide rules
// (and auto-clean on there: a site switched off is shown as served). A registration is the
// cheapest sound way: other sites never load the script, and the content script's gate and
// size stay as they were. Re-registered whenever a site's rules or the main settings change.

const SCRIPT_ID = 'broadsheet-hide-rules';

/** The registration for these settings, or null when no site has hide rules to apply. */
export function hideRegistrationFor(settings: AllSettings) {
  const hosts = Object.keys(settings.sites).filter((host) => settings.sites[host].hide.length > 0 && isAutoCleanOn(settings, host));
  const matches = hosts.sort().flatMap(sitePatterns);
  if (matches.length === 0) return null;
  return {
    id: SCRIPT_ID,
    js: [HIDE_RULES_FILE],
    matches,
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

export async function syncHideRegistration(settings: AllSettings): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const script = hideRegistrationFor(settings);
  if (!script) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
