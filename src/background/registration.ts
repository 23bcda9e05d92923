import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE } from '../shared/content-script-file';
import type { Settings } from '../shared/settings-schema';

// Auto-clean runs only where the user wants it: the content script is registered dynamically
// at document_start, with the sites the user turned off as excludeMatches. A settings change
// re-registers, so it takes effect on the next page load without reinstalling.

const SCRIPT_ID = 'broadsheet-auto-clean';

export function registrationFor(settings: Settings) {
  return {
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: ['http://*/*', 'https://*/*'],
    excludeMatches: settings.autoClean.disabledSites.flatMap(sitePatterns),
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Match patterns for exactly this hostname (any scheme, any port), as isAutoCleanOn reads it. */
export function sitePatterns(hostname: string): string[] {
  if (!/^[a-z0-9.-]+$/i.test(hostname)) return [];
  return [`*://${hostname}/*`];
}

export async function syncRegistration(settings: Settings): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!settings.autoClean.enabled) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = registrationFor(settings);
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
