import { useCallback, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';
import { t } from '../shared/i18n';
import { useReaderLook, useSettings } from '../ui/use-settings';
import { AutoCleanSection } from './AutoCleanSection';
import { ClutterSection } from './ClutterSection';
import { ReaderSection } from './ReaderSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';

// The options page: every control saves at once to storage.sync and says so in #status.

/** `saved`: what #status says once it is saved ("Saved" unless given). */
export type Change = (change: (current: Settings) => Settings, saved?: string) => void;

export function OptionsApp() {
  const { settings, update } = useSettings();
  const [status, setStatus] = useState('');
  useReaderLook(settings);

  const change: Change = useCallback(
    (fn, saved) => {
      setStatus(t('status_saving'));
      update(fn).then(
        () => setStatus(saved ?? t('status_saved')),
        (error: unknown) => setStatus(t('status_save_failed', error instanceof Error ? error.message : String(error))),
      );
    },
    [update],
  );

  return (
    <div class="bs-options" aria-busy={!settings}>
      <header class="bs-options-header">
        <h1>{t('options_title')}</h1>
        <p id="status" class="bs-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {settings ? (
        <main>
          <AutoCleanSection settings={settings} change={change} />
          <ClutterSection settings={settings} change={change} />
          <SitesSection settings={settings} change={change} say={setStatus} />
          <ReaderSection settings={settings} change={change} />
          <TransferSection say={setStatus} />
        </main>
      ) : (
        <main>
          <p class="bs-options-loading">{t('options_loading')}</p>
        </main>
      )}
    </div>
  );
}
