import { useEffect, useState } from 'preact/hooks';
import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
  type Settings,
} from '../shared/settings-schema';
import type { Change } from './OptionsApp';

const THEME_NAMES: Record<ReaderTheme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_NAMES: Record<ReaderFont, string> = { serif: 'Serif', sans: 'Sans-serif', system: 'System font' };

export function ReaderSection({ settings, change }: { settings: Settings; change: Change }) {
  const reader = settings.reader;
  const set = (patch: Partial<ReaderSettings>) => change((current) => ({ ...current, reader: { ...current.reader, ...patch } }));

  return (
    <section class="bs-section" aria-labelledby="reader-heading">
      <h2 id="reader-heading">How the reader looks</h2>
      <div class="bs-grid">
        <div class="bs-field">
          <label for="reader-theme">Theme</label>
          <select id="reader-theme" value={reader.theme} onChange={(event) => set({ theme: (event.currentTarget as HTMLSelectElement).value as ReaderTheme })}>
            {(Object.keys(THEME_NAMES) as ReaderTheme[]).map((theme) => (
              <option key={theme} value={theme}>
                {THEME_NAMES[theme]}
              </option>
            ))}
          </select>
        </div>
        <div class="bs-field">
          <label for="reader-font">Font</label>
          <select id="reader-font" value={reader.font} onChange={(event) => set({ font: (event.currentTarget as HTMLSelectElement).value as ReaderFont })}>
            {(Object.keys(FONT_NAMES) as ReaderFont[]).map((font) => (
              <option key={font} value={font}>
                {FONT_NAMES[font]}
              </option>
            ))}
          </select>
        </div>
        <FontSizeField value={reader.fontSize} onValid={(fontSize) => set({ fontSize })} />
        <div class="bs-field bs-field-check">
          <input
            id="reader-show-images"
            type="checkbox"
            checked={reader.showImages}
            onChange={(event) => set({ showImages: (event.currentTarget as HTMLInputElement).checked })}
          />
          <label for="reader-show-images">Show images</label>
        </div>
      </div>
      <Preview />
    </section>
  );
}

/** Saves while typing once the value is a whole number in range; on leaving, shows the saved value. */
function FontSizeField({ value, onValid }: { value: number; onValid(size: number): void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const parsed = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(parsed) && parsed >= FONT_SIZE_MIN && parsed <= FONT_SIZE_MAX;
  return (
    <div class="bs-field">
      <label for="reader-font-size">Text size (px)</label>
      <input
        id="reader-font-size"
        type="number"
        inputMode="numeric"
        min={FONT_SIZE_MIN}
        max={FONT_SIZE_MAX}
        step={1}
        value={draft}
        aria-invalid={valid ? undefined : true}
        aria-describedby="reader-font-size-help"
        onInput={(event) => {
          const text = (event.currentTarget as HTMLInputElement).value;
          setDraft(text);
          const size = Number(text);
          if (text.trim() !== '' && Number.isInteger(size) && size >= FONT_SIZE_MIN && size <= FONT_SIZE_MAX && size !== value) onValid(size);
        }}
        onBlur={() => setDraft(String(value))}
      />
      <p id="reader-font-size-help" class={valid ? 'bs-help' : 'bs-help bs-field-error'}>
        {FONT_SIZE_MIN}–{FONT_SIZE_MAX}
      </p>
    </div>
  );
}

function Preview() {
  return (
    <div class="bs-preview" aria-label="Preview">
      <article class="bs-article">
        <p class="bs-category">World News</p>
        <p class="bs-title bs-preview-title">A sample headline in your reader</p>
        <p class="bs-preview-text">
          The body text of an article looks like this: the font, size and colours you choose here are used in the popup
          and in the reader.
        </p>
      </article>
    </div>
  );
}
