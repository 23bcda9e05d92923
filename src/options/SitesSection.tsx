import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/extension-api';
import { plural, t } from '../shared/i18n';
import {
  CONFIGURABLE_CLUTTER_KINDS,
  SITE_KEY_PREFIX,
  loadAllSettings,
  loadLocalSiteHosts,
  saveSiteRules,
  withSiteAutoClean,
  type Settings,
  type SiteRules,
} from '../shared/settings';
import { clutterName } from '../ui/clutter-labels';
import type { Change } from './OptionsApp';
import { ruleProblem, siteEntries, withClutter, withRule, type RuleRef, type SiteEntry } from './site-rules-edit';

// "Sites you changed": every site with rules or a setting of its own, each rule viewable,
// editable (checked as it is typed), deletable and testable on an open tab of the site; the
// last change can be undone. Site rules are items of their own in storage (settings-storage.ts):
// this section reads them all and follows changes made elsewhere (the picker, another device).

export type Say = (status: string) => void;

interface Undo {
  host: string;
  rules: SiteRules | null;
  autoCleanOff: boolean;
}

export function SitesSection({ settings, change, say }: { settings: Settings; change: Change; say: Say }) {
  const [sites, setSites] = useState<Record<string, SiteRules> | null>(null);
  const [localHosts, setLocalHosts] = useState<string[]>([]);
  const [undo, setUndo] = useState<Undo | null>(null);

  const load = useCallback(async () => {
    try {
      const [all, local] = await Promise.all([loadAllSettings(), loadLocalSiteHosts()]);
      setSites(all.sites);
      setLocalHosts(local);
    } catch (error) {
      say(t('status_save_failed', error instanceof Error ? error.message : String(error)));
    }
  }, [say]);

  useLayoutEffect(() => {
    void load();
    const listener = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => key.startsWith(SITE_KEY_PREFIX))) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [load]);

  if (!sites) return null;
  const entries = siteEntries(sites, settings.autoClean.disabledSites, localHosts);
  const local = entries.filter((entry) => entry.localOnly);

  const remember = (entry: SiteEntry) => setUndo({ host: entry.host, rules: entry.rules ?? null, autoCleanOff: entry.autoCleanOff });

  const writeRules = (host: string, rules: SiteRules | null, saved = t('status_saved')) => {
    setSites((current) => {
      const next = { ...current };
      if (rules) next[host] = rules;
      else delete next[host];
      return next;
    });
    say(t('status_saving'));
    saveSiteRules(host, rules).then(
      () => say(saved),
      (error: unknown) => {
        say(t('status_save_failed', error instanceof Error ? error.message : String(error)));
        void load();
      },
    );
  };

  const setAutoClean = (host: string, on: boolean, saved?: string) => change((current) => withSiteAutoClean(current, host, on), saved);

  const undoLast = () => {
    if (!undo) return;
    const entry = entries.find((candidate) => candidate.host === undo.host);
    const undone = t('sites_undone', undo.host);
    say(undone);
    if (JSON.stringify(entry?.rules ?? null) !== JSON.stringify(undo.rules)) writeRules(undo.host, undo.rules, undone);
    if ((entry?.autoCleanOff ?? false) !== undo.autoCleanOff) setAutoClean(undo.host, !undo.autoCleanOff, undone);
    setUndo(null);
  };

  return (
    <section class="bs-section" aria-labelledby="changed-sites-heading">
      <div class="bs-section-head">
        <h2 id="changed-sites-heading">{t('sites_changed_heading')}</h2>
        {undo ? (
          <button id="sites-undo" type="button" class="bs-button-quiet" aria-label={t('sites_undo_named', undo.host)} onClick={undoLast}>
            {t('sites_undo')}
          </button>
        ) : null}
      </div>
      <p class="bs-help">{t('sites_changed_help')}</p>
      {local.length > 0 ? (
        <p id="sites-local-only" class="bs-notice">
          {plural('sites_local_only', local.length)} {local.map((entry) => entry.host).join(', ')}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p class="bs-help" id="changed-sites-empty">
          {t('sites_changed_empty')}
        </p>
      ) : (
        <ul class="bs-rule-sites" aria-labelledby="changed-sites-heading">
          {entries.map((entry, index) => (
            <SiteCard
              key={entry.host}
              entry={entry}
              id={`site-${index}`}
              settings={settings}
              onRules={(rules) => {
                remember(entry);
                writeRules(entry.host, rules);
              }}
              onAutoClean={(on) => {
                remember(entry);
                setAutoClean(entry.host, on);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SiteCard({
  entry,
  id,
  settings,
  onRules,
  onAutoClean,
}: {
  entry: SiteEntry;
  id: string;
  settings: Settings;
  onRules: (rules: SiteRules | null) => void;
  onAutoClean: (on: boolean) => void;
}) {
  const { host, rules } = entry;
  const custom = rules?.clutter !== undefined;
  const clutter = { ...settings.clutter, ...rules?.clutter };
  return (
    <li class="bs-rule-site" data-host={host} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} class="bs-rule-site-name">
        <span class="bs-site-name">{host}</span>
        {entry.localOnly ? <span class="bs-badge">{t('sites_local_badge')}</span> : null}
      </h3>
      <div class="bs-field bs-field-check">
        <input
          id={`${id}-auto-clean`}
          type="checkbox"
          class="bs-site-auto-clean"
          checked={!entry.autoCleanOff}
          onChange={(event) => onAutoClean((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={`${id}-auto-clean`}>{t('site_auto_clean_label')}</label>
      </div>
      <div class="bs-field">
        <label for={`${id}-clutter-mode`}>{t('site_clutter_label')}</label>
        <select
          id={`${id}-clutter-mode`}
          class="bs-site-clutter-mode"
          value={custom ? 'site' : 'global'}
          onChange={(event) => {
            const site = (event.currentTarget as HTMLSelectElement).value === 'site';
            onRules(withClutter(rules, site ? { ...settings.clutter } : undefined));
          }}
        >
          <option value="global">{t('site_clutter_global')}</option>
          <option value="site">{t('site_clutter_custom')}</option>
        </select>
      </div>
      {custom ? (
        <fieldset class="bs-checks bs-site-clutter">
          <legend class="bs-visually-hidden">{t('site_clutter_legend', host)}</legend>
          {CONFIGURABLE_CLUTTER_KINDS.map((kind) => (
            <div key={kind} class="bs-field bs-field-check">
              <input
                id={`${id}-clutter-${kind}`}
                type="checkbox"
                checked={clutter[kind]}
                onChange={(event) => onRules(withClutter(rules, { ...clutter, [kind]: (event.currentTarget as HTMLInputElement).checked }))}
              />
              <label for={`${id}-clutter-${kind}`}>{clutterName(kind)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <h4 id={`${id}-hide-heading`}>{t('site_hide_heading')}</h4>
      {rules?.hide.length ? (
        <ul class="bs-rules" aria-labelledby={`${id}-hide-heading`}>
          {rules.hide.map((selector, index) => (
            <RuleRow
              key={`${index}:${selector}`}
              id={`${id}-hide-${index}`}
              host={host}
              value={selector}
              save={(value) => onRules(withRule(rules, { kind: 'hide', index }, value))}
            />
          ))}
        </ul>
      ) : (
        <p class="bs-help">{t('site_hide_none')}</p>
      )}
      <h4 id={`${id}-article-heading`}>{t('site_article_heading')}</h4>
      {rules?.article !== undefined ? (
        <ul class="bs-rules" aria-labelledby={`${id}-article-heading`}>
          <RuleRow id={`${id}-article`} host={host} value={rules.article} save={(value) => onRules(withRule(rules, { kind: 'article' } as RuleRef, value))} />
        </ul>
      ) : (
        <p class="bs-help">{t('site_article_none')}</p>
      )}
    </li>
  );
}

/** One rule: shown, edited (checked as typed), tested on an open tab of its site, deleted. */
function RuleRow({ id, host, value, save }: { id: string; host: string; value: string; save: (value: string | null) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [tested, setTested] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const problem = draft === null ? null : ruleProblem(draft);

  useLayoutEffect(() => {
    if (draft !== null) input.current?.focus();
  }, [draft !== null]);

  const close = () => {
    setDraft(null);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (draft !== null) {
    return (
      <li class="bs-rule bs-rule-editing">
        <form
          class="bs-rule-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (problem) return;
            if (draft.trim() !== value) save(draft);
            close();
          }}
        >
          <label for={`${id}-input`}>{t('rule_input_label')}</label>
          <div class="bs-row">
            <input
              ref={input}
              id={`${id}-input`}
              type="text"
              class="bs-rule-input"
              dir="ltr"
              autoComplete="off"
              spellcheck={false}
              value={draft}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-error`}
              onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  close();
                }
              }}
            />
            <button type="submit" class="bs-button bs-rule-save" aria-disabled={problem ? true : undefined}>
              {t('rule_save')}
            </button>
            <button type="button" class="bs-button-quiet bs-rule-cancel" onClick={close}>
              {t('rule_cancel')}
            </button>
          </div>
          <p id={`${id}-error`} class="bs-field-error bs-rule-error" role="alert">
            {problem ? t('rule_invalid', isolated(draft.trim()), problem) : ''}
          </p>
        </form>
      </li>
    );
  }

  return (
    <li class="bs-rule">
      <code class="bs-rule-text" dir="ltr">
        {value}
      </code>
      <span class="bs-rule-actions">
        <button ref={editButton} type="button" class="bs-button-quiet bs-rule-edit" aria-label={t('rule_edit_named', value)} onClick={() => setDraft(value)}>
          {t('rule_edit')}
        </button>
        <button
          type="button"
          class="bs-button-quiet bs-rule-test"
          aria-label={t('rule_test_named', value)}
          aria-describedby={`${id}-tested`}
          onClick={() => {
            setTested(t('rule_test_running'));
            void testOnOpenTab(host, value).then(setTested);
          }}
        >
          {t('rule_test')}
        </button>
        <button
          type="button"
          class="bs-button-quiet bs-rule-delete"
          aria-label={t('rule_delete_named', value)}
          onClick={() => {
            save(null);
            // The row is gone: the keyboard goes on from Undo.
            requestAnimationFrame(() => document.getElementById('sites-undo')?.focus());
          }}
        >
          {t('rule_delete')}
        </button>
      </span>
      <span id={`${id}-tested`} class="bs-rule-tested" role="status">
        {tested}
      </span>
    </li>
  );
}

/**
 * How many elements `selector` matches on an open tab of `host` (the active one, else the most
 * recently used). The options page has no activeTab grant: it reaches the tab through the
 * extension's http(s) host permissions, which also let tabs.query match tabs by URL.
 */
export async function testOnOpenTab(host: string, selector: string): Promise<string> {
  let tabs: Array<{ id?: number; active?: boolean; lastAccessed?: number }>;
  try {
    tabs = await browser.tabs.query({ url: [`http://${host}/*`, `https://${host}/*`] });
  } catch {
    tabs = [];
  }
  const tab = tabs.find((candidate) => candidate.active) ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.id === undefined) return t('rule_test_no_tab', host);
  try {
    const [answer] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: countMatches, args: [selector] });
    const count = answer?.result;
    if (typeof count !== 'number' || count < 0) return t('rule_test_cannot', host);
    return t('rule_test_matches', host, count);
  } catch {
    return t('rule_test_cannot', host);
  }
}

/** Runs in the tab: self-contained. */
function countMatches(selector: string): number {
  try {
    return document.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
}

/** A selector quoted inside a sentence, kept in its own direction (an Arabic sentence would reorder ".a[" otherwise). */
function isolated(text: string): string {
  return `\u2068"${text}"\u2069`;
}
