import type { ClutterKind } from '../core/types';
import { SETTINGS_KEY } from '../shared/settings-defaults';
import { isAutoCleanOn, validateSettings } from '../shared/settings-schema';
import type { AutoCleanSettings } from './auto-clean';
import type { extensionApi } from './ext-api';

/** Reads the user's settings for this site; storage trouble means defaults, never a throw. */
export async function readAutoCleanSettings(api: ReturnType<typeof extensionApi>, hostname: string): Promise<AutoCleanSettings> {
  let raw: unknown;
  try {
    raw = (await api?.storage.sync.get(SETTINGS_KEY))?.[SETTINGS_KEY];
  } catch {
    raw = undefined;
  }
  const { settings } = validateSettings(raw);
  const keptKinds = (Object.entries(settings.clutter) as Array<[ClutterKind, boolean]>).filter(([, removed]) => !removed).map(([kind]) => kind);
  return { enabled: isAutoCleanOn(settings, hostname), keptKinds };
}
