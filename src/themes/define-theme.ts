import type { ThemeDefinition } from './types';

// A theme file's one export. Frozen all the way down: a rule serves every page the engine
// reads, so no caller may change it for the next one.

/** The theme's own data, as written in its file (the registry adds the WordPress base). */
export function defineTheme(theme: ThemeDefinition): ThemeDefinition {
  return deepFreeze(theme);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
