import type { Settings } from '../shared/settings-schema';
import { t } from '../shared/i18n';
import type { Change } from './OptionsApp';
import { SiteList } from './SiteList';

export function AutoCleanSection({ settings, change }: { settings: Settings; change: Change }) {
  return (
    <section class="bs-section" aria-labelledby="auto-clean-heading">
      <h2 id="auto-clean-heading">{t('options_auto_clean_heading')}</h2>
      <div class="bs-field bs-field-check">
        <input
          id="auto-clean-enabled"
          type="checkbox"
          checked={settings.autoClean.enabled}
          aria-describedby="auto-clean-help"
          onChange={(event) => {
            const enabled = (event.currentTarget as HTMLInputElement).checked;
            change((current) => ({ ...current, autoClean: { ...current.autoClean, enabled } }));
          }}
        />
        <div>
          <label for="auto-clean-enabled">{t('options_auto_clean_label')}</label>
          <p id="auto-clean-help" class="bs-help">
            {t('options_auto_clean_help')}
          </p>
        </div>
      </div>
      <SiteList sites={settings.autoClean.disabledSites} change={change} />
    </section>
  );
}
