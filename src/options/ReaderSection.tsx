import type { ReaderSettings, Settings } from '../shared/settings-schema';
import { t } from '../shared/i18n';
import { LookControls } from '../ui/LookControls';
import type { Change } from './OptionsApp';

export function ReaderSection({ settings, change }: { settings: Settings; change: Change }) {
  const set = (patch: Partial<ReaderSettings>) => change((current) => ({ ...current, reader: { ...current.reader, ...patch } }));
  return (
    <section class="bs-section" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{t('options_reader_heading')}</h2>
      <LookControls reader={settings.reader} set={set} />
      <Preview />
    </section>
  );
}

function Preview() {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a live preview of the reader, not a set of form controls (a <fieldset>)
    <div class="bs-preview" role="group" aria-label={t('options_preview')}>
      <article class="bs-article">
        <p class="bs-category">{t('options_preview_category')}</p>
        <p class="bs-title bs-preview-title">{t('options_preview_title')}</p>
        <p class="bs-preview-text">{t('options_preview_text')}</p>
      </article>
    </div>
  );
}
