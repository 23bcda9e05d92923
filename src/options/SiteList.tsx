import { useRef, useState } from 'preact/hooks';
import { parseHostnameInput } from '../shared/settings-schema';
import { t, type MessageKey } from '../shared/i18n';
import type { Change } from './OptionsApp';

// Sites where auto-clean is off: exact hostnames. A pasted page address is reduced to its host.

export function SiteList({ sites, change }: { sites: string[]; change: Change }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = () => {
    const parsed = parseHostnameInput(draft);
    if (!parsed.ok) return setError(t(`site_error_${parsed.code}` as MessageKey, draft.trim()));
    if (sites.includes(parsed.hostname)) return setError(t('site_error_duplicate', parsed.hostname));
    setError('');
    setDraft('');
    change((current) => ({
      ...current,
      autoClean: { ...current.autoClean, disabledSites: [...current.autoClean.disabledSites, parsed.hostname] },
    }));
  };

  const remove = (host: string) => {
    change((current) => ({
      ...current,
      autoClean: { ...current.autoClean, disabledSites: current.autoClean.disabledSites.filter((site) => site !== host) },
    }));
    input.current?.focus();
  };

  return (
    <div class="bs-sites">
      <h3 id="sites-heading">{t('sites_heading')}</h3>
      <form
        class="bs-site-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for="site-input">{t('sites_input_label')}</label>
        <div class="bs-row">
          <input
            ref={input}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby="site-error"
            onInput={(event) => {
              setDraft((event.currentTarget as HTMLInputElement).value);
              if (error) setError('');
            }}
          />
          <button id="site-add" type="submit" class="bs-button">
            {t('sites_add')}
          </button>
        </div>
        <p id="site-error" class="bs-field-error" role="alert">
          {error}
        </p>
      </form>
      {sites.length === 0 ? (
        <p class="bs-help">{t('sites_empty')}</p>
      ) : (
        <ul class="bs-site-list" aria-labelledby="sites-heading">
          {sites.map((host) => (
            <li key={host} class="bs-site">
              <span class="bs-site-name">{host}</span>
              <button type="button" class="bs-site-remove bs-button-quiet" aria-label={t('sites_remove_named', host)} onClick={() => remove(host)}>
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
