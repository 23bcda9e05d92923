import type { Settings } from '../shared/settings-schema';
import { t } from '../shared/i18n';

// "Auto-clean on this site": adds or removes the page's exact hostname in
// settings.autoClean.disabledSites. Auto-clean runs at page load, so it applies next load.

export interface SiteToggleProps {
  hostname: string;
  settings: Settings;
  onToggle(on: boolean): void;
}

export function SiteToggle({ hostname, settings, onToggle }: SiteToggleProps) {
  const globallyOff = !settings.autoClean.enabled;
  const on = !globallyOff && !settings.autoClean.disabledSites.includes(hostname);
  return (
    <div class="bs-site-toggle">
      <label class="bs-switch">
        <input
          id="site-auto-clean"
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox with role=switch exposes its checked state itself; aria-checked would duplicate it
          role="switch"
          checked={on}
          disabled={globallyOff}
          aria-describedby="site-auto-clean-hint"
          onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="bs-switch-track" aria-hidden="true" />
        <span class="bs-switch-label">{t('site_toggle_label')}</span>
      </label>
      <p id="site-auto-clean-hint" class="bs-hint">
        {globallyOff ? t('site_toggle_globally_off') : t('site_toggle_hint', hostname)}
      </p>
    </div>
  );
}
