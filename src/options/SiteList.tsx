import { useRef, useState } from 'preact/hooks';
import { parseHostnameInput } from '../shared/settings-schema';
import type { Change } from './OptionsApp';

// Sites where auto-clean is off: exact hostnames. A pasted page address is reduced to its host.

export function SiteList({ sites, change }: { sites: string[]; change: Change }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = () => {
    const parsed = parseHostnameInput(draft);
    if (!parsed.ok) return setError(parsed.reason);
    if (sites.includes(parsed.hostname)) return setError(`${parsed.hostname} is already in the list`);
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
      <h3 id="sites-heading">Sites where auto-clean is off</h3>
      <form
        class="bs-site-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for="site-input">Add a site (a name like news.example.com, or paste a page address)</label>
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
            Add
          </button>
        </div>
        <p id="site-error" class="bs-field-error" role="alert">
          {error}
        </p>
      </form>
      {sites.length === 0 ? (
        <p class="bs-help">No sites yet: auto-clean runs on every news page it recognises.</p>
      ) : (
        <ul class="bs-site-list" aria-labelledby="sites-heading">
          {sites.map((host) => (
            <li key={host} class="bs-site">
              <span class="bs-site-name">{host}</span>
              <button type="button" class="bs-site-remove bs-button-quiet" aria-label={`Remove ${host}`} onClick={() => remove(host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
