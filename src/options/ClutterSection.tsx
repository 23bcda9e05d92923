import { CONFIGURABLE_CLUTTER_KINDS, type Settings } from '../shared/settings-schema';
import { CLUTTER_LABELS } from '../ui/clutter-labels';
import type { Change } from './OptionsApp';

export function ClutterSection({ settings, change }: { settings: Settings; change: Change }) {
  return (
    <section class="bs-section" aria-labelledby="clutter-heading">
      <h2 id="clutter-heading">What counts as clutter</h2>
      <p class="bs-help">Auto-clean removes the kinds checked here. Theme "license is not validated" bars are always removed.</p>
      <fieldset class="bs-checks">
        <legend class="bs-visually-hidden">Clutter kinds auto-clean removes</legend>
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
                <label for={id}>{CLUTTER_LABELS[kind].name}</label>
                <p id={`${id}-help`} class="bs-help">
                  {CLUTTER_LABELS[kind].description}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
