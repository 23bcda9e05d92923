import browser from 'webextension-polyfill';
import { handle } from '../shared/messages';
import { SETTINGS_KEY, SITE_KEY_PREFIX } from '../shared/settings-defaults';
import { DEFAULT_SETTINGS } from '../shared/settings-schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { loadAllSettings } from '../shared/settings-storage';
import { showCleanCount } from './badge';
import { syncHideRegistration } from './hide-registration';
import { createPickerMenu, listenForPickerRequests } from './picker-menu';
import { createReaderMenu, listenForReaderRequests } from './reader-entry';
import { syncRegistration } from './registration';
import { warmDateFormatting } from './warm-intl';

// Service worker (Chromium) / event page (Firefox): defaults on install, keeps the auto-clean
// and hide-rules registrations in step with settings, updates the badge, opens the reader tab
// from the keyboard shortcut and the context menu, and the element picker from the context
// menu. It makes no network requests.
// It also sets up date formatting for the extension's pages ahead of them (warm-intl.ts).

let pending: Promise<void> = Promise.resolve();

/** Serialised, so install, startup and settings changes never register twice at once. */
function refresh(): Promise<void> {
  pending = pending.then(async () => {
    try {
      await syncRegistration(await loadSettings());
    } catch (error) {
      console.warn('Broadsheet: could not register auto-clean', error);
    }
    try {
      await syncHideRegistration(await loadAllSettings());
    } catch (error) {
      console.warn('Broadsheet: could not register the hide rules', error);
    }
  });
  return pending;
}

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason === 'install') {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    if (!stored[SETTINGS_KEY]) await saveSettings(DEFAULT_SETTINGS);
  }
  await createReaderMenu()
    .then(createPickerMenu)
    .catch((error: unknown) => console.warn('Broadsheet: no context menu', error));
  await refresh();
});

listenForReaderRequests();
listenForPickerRequests();

browser.runtime.onStartup.addListener(() => void refresh());
// A worker woken for any reason checks the registration too (cheap, idempotent).
void refresh();
onSettingsChanged(() => void refresh());
// A site's rules changed (the picker, the options page, an import), in either storage area.
browser.storage.onChanged.addListener((changes) => {
  if (Object.keys(changes).some((key) => key.startsWith(SITE_KEY_PREFIX))) void refresh();
});
warmDateFormatting();

browser.runtime.onMessage.addListener(
  handle({
    'clean:report': async ({ report }, sender) => {
      if (sender.tab?.id !== undefined) await showCleanCount(sender.tab.id, report).catch(() => undefined);
    },
  }),
);
