import { useEffect, useState } from 'preact/hooks';
import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  LINE_HEIGHT_MAX,
  LINE_HEIGHT_MIN,
  READER_ALIGNS,
  READER_FONTS,
  READER_THEMES,
  READER_WIDTHS,
  type ReaderSettings,
} from '../shared/settings-schema';
import { t, type MessageKey } from '../shared/i18n';

// The reader-look controls, ONE component for the options page (ids "reader-…", which browser
// tests rely on) and the reader tab's panel (another prefix). Each change is a patch the caller
// saves to storage.sync; every open view follows through storage.onChanged.

export interface LookControlsProps {
  reader: ReaderSettings;
  set(patch: Partial<ReaderSettings>): void;
  /** Element ids are `<idPrefix>-theme`, `<idPrefix>-font`, … */
  idPrefix?: string;
}

export function LookControls({ reader, set, idPrefix = 'reader' }: LookControlsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="bs-grid bs-look-controls">
      <Choice id={id('theme')} label={t('look_theme')} value={reader.theme} values={READER_THEMES} names="look_theme_" onChange={(theme) => set({ theme })} />
      <Choice id={id('font')} label={t('look_font')} value={reader.font} values={READER_FONTS} names="look_font_" onChange={(font) => set({ font })} />
      <FontSizeField id={id('font-size')} value={reader.fontSize} onValid={(fontSize) => set({ fontSize })} />
      <div class="bs-field">
        <label for={id('line-height')}>{t('look_line_height')}</label>
        <div class="bs-range">
          <input
            id={id('line-height')}
            type="range"
            min={LINE_HEIGHT_MIN}
            max={LINE_HEIGHT_MAX}
            step={0.1}
            value={reader.lineHeight}
            onInput={(event) => set({ lineHeight: Number((event.currentTarget as HTMLInputElement).value) })}
          />
          <output for={id('line-height')}>{reader.lineHeight.toFixed(1)}</output>
        </div>
      </div>
      <Choice id={id('width')} label={t('look_width')} value={reader.width} values={READER_WIDTHS} names="look_width_" onChange={(width) => set({ width })} />
      <Choice id={id('align')} label={t('look_align')} value={reader.align} values={READER_ALIGNS} names="look_align_" onChange={(align) => set({ align })} />
      <div class="bs-field bs-field-check">
        <input
          id={id('show-images')}
          type="checkbox"
          checked={reader.showImages}
          onChange={(event) => set({ showImages: (event.currentTarget as HTMLInputElement).checked })}
        />
        <label for={id('show-images')}>{t('look_show_images')}</label>
      </div>
    </div>
  );
}

function Choice<T extends string>(props: { id: string; label: string; value: T; values: readonly T[]; names: string; onChange(value: T): void }) {
  return (
    <div class="bs-field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T)}>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {t(`${props.names}${value}` as MessageKey)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Saves while typing once the value is a whole number in range; on leaving, shows the saved value. */
function FontSizeField({ id, value, onValid }: { id: string; value: number; onValid(size: number): void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const parsed = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(parsed) && parsed >= FONT_SIZE_MIN && parsed <= FONT_SIZE_MAX;
  return (
    <div class="bs-field">
      <label for={id}>{t('look_font_size')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={FONT_SIZE_MIN}
        max={FONT_SIZE_MAX}
        step={1}
        value={draft}
        aria-invalid={valid ? undefined : true}
        aria-describedby={`${id}-help`}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLInputElement).value;
          setDraft(text);
          const size = Number(text);
          if (text.trim() !== '' && Number.isInteger(size) && size >= FONT_SIZE_MIN && size <= FONT_SIZE_MAX && size !== value) onValid(size);
        }}
        onBlur={() => setDraft(String(value))}
      />
      <p id={`${id}-help`} class={valid ? 'bs-help' : 'bs-help bs-field-error'}>
        {t('look_font_size_range', FONT_SIZE_MIN, FONT_SIZE_MAX)}
      </p>
    </div>
  );
}
