import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { applyReaderLook, rememberReaderLook } from './reader-look';

// Settings for a Preact page: loaded once, kept in step with changes made elsewhere (popup,
// options, another device), and updated through one function that saves immediately.

export interface SettingsHandle {
  /** null until storage answered. */
  settings: Settings | null;
  /** Applies `change` to the latest settings, shows it at once, saves it; rejects if saving fails. */
  update(change: (current: Settings) => Settings): Promise<void>;
}

/**
 * `initial`: settings already being read (the popup starts reading before it renders), or
 * already read (then the first render has them).
 * Subscribed in a layout effect so the answer is used at once, not a frame later.
 */
export function useSettings(initial?: Promise<Settings> | Settings): SettingsHandle {
  const known = initial instanceof Promise ? null : (initial ?? null);
  const [settings, setSettings] = useState<Settings | null>(known);
  const latest = useRef<Settings | null>(known);

  useLayoutEffect(() => {
    let live = true;
    const accept = (next: Settings) => {
      if (!live) return;
      latest.current = next;
      setSettings(next);
    };
    if (!known) void (initial instanceof Promise ? initial : loadSettings()).then(accept);
    const stop = onSettingsChanged(accept);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = useCallback(async (change: (current: Settings) => Settings) => {
    const current = latest.current;
    if (!current) return;
    const next = change(current);
    latest.current = next;
    setSettings(next);
    await saveSettings(next);
  }, []);

  return { settings, update };
}

/** Keeps <html> in the reader look of the current settings. */
export function useReaderLook(settings: Settings | null): void {
  // Before paint, so the article never shows in the wrong look for a frame.
  useLayoutEffect(() => {
    if (!settings) return;
    applyReaderLook(document.documentElement, settings.reader);
    rememberReaderLook(settings.reader);
  }, [settings?.reader]);
}
