import { useState } from 'preact/hooks';
import { sendToTab } from '../shared/send-to-tab';
import { t } from '../shared/i18n';

// "Show original": asks the tab's content script to put back everything auto-clean hid or
// detached on this page load ('page:restore'), then says what happened.

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; restored: number } | { kind: 'failed' };

export function ShowOriginal({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const restore = () => {
    setStatus({ kind: 'busy' });
    sendToTab(tabId, 'page:restore', {}).then(
      (answer) => {
        const restored = answer?.restored;
        setStatus(typeof restored === 'number' ? { kind: 'done', restored } : { kind: 'failed' });
      },
      () => setStatus({ kind: 'failed' }),
    );
  };

  return (
    <div class="bs-show-original">
      <button id="show-original" type="button" class="bs-button-quiet" disabled={status.kind === 'busy'} onClick={restore}>
        {t('popup_show_original')}
      </button>
      {(status.kind === 'done' || status.kind === 'failed') && (
        <p id="show-original-status" class="bs-hint" role="status" data-restored={status.kind === 'done' ? String(status.restored) : undefined}>
          {status.kind === 'done' ? t('popup_show_original_done', status.restored) : t('popup_show_original_failed')}
        </p>
      )}
    </div>
  );
}
