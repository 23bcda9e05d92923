import { CONFIGURABLE_CLUTTER_KINDS, type Settings } from '../shared/settings-schema';
import { clutterDescription, clutterName } from '../ui/clutter-labels';
import { t } from '../shared/i18n';
import type { Change } from './OptionsApp';

export function ClutterSection({ settings, change }: { settings: Settings; change: Change }) {
  return (
    <section class="bs-section" aria-labelledby="clutter-heading">
      <h2 id="clutter-heading">{t('options_clutter_heading')}</h2>
      <p class="bs-help">{t('options_clutter_help')}</p>
      <fieldset class="bs-checks">
        <legend class="bs-visually-hidden">{t('options_clutter_legend')}</legend>
        {CONFIGURABLE_CLUTTER_KINDS.map((kind) => {
          const id = `clutter-${kind}`;
          return (
            <div key={kind} class="bs-field bs-field-check">
              <input
                id={id}
                name={id}
                type="checkbox"
                checked={settings.clutter[kind]}
                aria-describedby={`${id}-help`}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  change((current) => ({ ...current, clutter: { ...current.clutter, [kind]: on } }));
                }}
              />
              <div>
                <label for={id}>{clutterName(kind)}</label>
                <p id={`${id}-help`} class="bs-help">
                  {clutterDescription(kind)}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
