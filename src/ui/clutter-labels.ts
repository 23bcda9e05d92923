import type { ClutterKind } from '../core/types';
import { t, type MessageKey } from '../shared/i18n';

/** Human names for clutter kinds, for the popup summary and the options page (from _locales). */
export function clutterName(kind: ClutterKind): string {
  return t(`clutter_${keyOf(kind)}_name` as MessageKey);
}

export function clutterDescription(kind: ClutterKind): string {
  return t(`clutter_${keyOf(kind)}_description` as MessageKey);
}

/** Message keys allow [A-Za-z0-9_] only: "back-to-top" → "back_to_top". */
function keyOf(kind: ClutterKind): string {
  return kind.replace(/-/g, '_');
}
