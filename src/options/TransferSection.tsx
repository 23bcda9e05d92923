import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { exportSettings, loadAllSettings, MAX_IMPORT_BYTES, parseImport, saveAllSettings, type ImportResult } from '../shared/settings';
import { importSummary } from './site-rules-edit';
import type { Say } from './SitesSection';

// Export: one JSON file through an <a download> and a Blob URL (no downloads permission).
// Import: a chosen file is read, checked (size, JSON, every field), summed up, and written only
// when the reader confirms.

export function TransferSection({ say }: { say: Say }) {
  const [pending, setPending] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);

  const download = async () => {
    try {
      const text = exportSettings(await loadAllSettings());
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `broadsheet-settings-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(t('status_exported'));
    } catch (failure) {
      say(t('status_save_failed', failure instanceof Error ? failure.message : String(failure)));
    }
  };

  const read = async (chosen: File) => {
    setPending(null);
    if (chosen.size > MAX_IMPORT_BYTES) return setError(t('import_too_big'));
    const result = parseImport(await chosen.text());
    if (!result.settings) return setError(t('import_unreadable', result.errors[0] ?? ''));
    setError('');
    setPending(result);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const finish = (status: string) => {
    setPending(null);
    say(status);
    importButton.current?.focus();
  };

  const confirm = async () => {
    if (!pending?.settings) return;
    say(t('status_saving'));
    try {
      await saveAllSettings(pending.settings);
      finish(t('import_done'));
    } catch (failure) {
      say(t('status_save_failed', failure instanceof Error ? failure.message : String(failure)));
    }
  };

  const summary = pending?.settings ? importSummary(pending.settings) : null;
  return (
    <section class="bs-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transfer_heading')}</h2>
      <p class="bs-help">{t('transfer_help')}</p>
      <div class="bs-row">
        <button id="export-settings" type="button" class="bs-button" onClick={() => void download()}>
          {t('export_button')}
        </button>
        <button
          id="import-settings"
          ref={importButton}
          type="button"
          class="bs-button-quiet"
          aria-describedby="import-error"
          onClick={() => file.current?.click()}
        >
          {t('import_button')}
        </button>
        <input
          ref={file}
          id="import-file"
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const chosen = input.files?.[0];
            input.value = '';
            if (chosen) void read(chosen);
          }}
        />
      </div>
      <p id="import-error" class="bs-field-error" role="alert">
        {error}
      </p>
      {pending && summary ? (
        // biome-ignore lint/a11y/useSemanticElements: a confirm panel inside the page, not a form's fieldset
        <div id="import-summary" class="bs-import-summary" role="group" aria-labelledby="import-summary-heading">
          <h3 id="import-summary-heading" ref={heading} tabIndex={-1}>
            {t('import_summary_heading')}
          </h3>
          <p id="import-counts">{t('import_summary', summary.sites, summary.hideRules, summary.articleRules)}</p>
          {pending.errors.length > 0 ? (
            <>
              <p>{t('import_dropped')}</p>
              <ul id="import-dropped" class="bs-import-dropped">
                {pending.errors.map((problem) => (
                  <li key={problem}>
                    <code dir="ltr">{problem}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p class="bs-help">{t('import_nothing_yet')}</p>
          <div class="bs-row">
            <button id="import-confirm" type="button" class="bs-button" onClick={() => void confirm()}>
              {t('import_confirm')}
            </button>
            <button id="import-cancel" type="button" class="bs-button-quiet" onClick={() => finish(t('import_cancelled'))}>
              {t('import_cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
