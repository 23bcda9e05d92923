import { useCallback, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';
import { useReaderLook, useSettings } from '../ui/use-settings';
import { AutoCleanSection } from './AutoCleanSection';
import { ClutterSection } from './ClutterSection';
import { ReaderSection } from './ReaderSection';

// The options page: every control saves at once to storage.sync and says so in #status.

export type Change = (change: (current: Settings) => Settings) => void;

export function OptionsApp() {
  const { settings, update } = useSettings();
  const [status, setStatus] = useState('');
  useReaderLook(settings);

  const change: Change = useCallback(
    (fn) => {
      setStatus('Saving…');
      update(fn).then(
        () => setStatus('Saved'),
        (error: unknown) => setStatus(`Couldn't save: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
    [update],
  );

  return (
    <div class="bs-options" aria-busy={!settings}>
      <header class="bs-options-header">
        <h1>Broadsheet options</h1>
        <p id="status" class="bs-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {settings ? (
        <main>
          <AutoCleanSection settings={settings} change={change} />
          <ClutterSection settings={settings} change={change} />
          <ReaderSection settings={settings} change={change} />
        </main>
      ) : (
        <p class="bs-options-loading">Loading your settings…</p>
      )}
    </div>
  );
}
