import { jannah } from './jannah';
import type { ThemeRule } from './types';

/** Every theme rule, highest priority first. */
export const THEMES: readonly ThemeRule[] = [jannah].sort((a, b) => b.priority - a.priority);

export function themeById(id: string): ThemeRule | undefined {
  return THEMES.find((theme) => theme.id === id);
}

export type { ThemeRule } from './types';
