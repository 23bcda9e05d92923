import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PickerMode } from '../shared/picker-mode';
import { startPicker } from '../shared/start-picker';

// "Hide part of this page" and "Pick the article": open the element picker on the tab and get
// out of its way (the popup closes, the page takes the pointer and the keys).

export function PickerButtons({ tabId }: { tabId: number }) {
  const [error, setError] = useState<string | null>(null);
  const pick = (mode: PickerMode) => {
    setError(null);
    startPicker(tabId, mode).then(
      () => window.close(),
      (reason: unknown) => setError(t('popup_pick_failed', reason instanceof Error ? reason.message : String(reason))),
    );
  };
  return (
    <div class="bs-picker-buttons">
      <button id="pick-hide" type="button" class="bs-button-quiet" onClick={() => pick('hide')}>
        {t('popup_pick_hide')}
      </button>
      <button id="pick-article" type="button" class="bs-button-quiet" onClick={() => pick('article')}>
        {t('popup_pick_article')}
      </button>
      {error && (
        <p class="bs-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
