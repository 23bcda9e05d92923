import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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

export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    const accept = (next: Settings) => {
      if (!live) return;
      latest.current = next;
      setSettings(next);
    };
    void loadSettings().then(accept);
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
  useEffect(() => {
    if (!settings) return;
    applyReaderLook(document.documentElement, settings.reader);
    rememberReaderLook(settings.reader);
  }, [settings?.reader]);
}
