import { bimber } from './bimber';
import { colormag } from './colormag';
import { herald } from './herald';
import { jannah } from './jannah';
import { jnews } from './jnews';
import { newsmag } from './newsmag';
import { newspaper } from './newspaper';
import { newspaperX } from './newspaper-x';
import { publisher } from './publisher';
import { sahifa } from './sahifa';
import { smartmag } from './smartmag';
import { soledad } from './soledad';
import type { ThemeRule } from './types';
import { zoxNews } from './zox-news';

// The generic WordPress base (wordpress.ts) is deliberately absent: a page is recognised only
// by a news theme's own fingerprints.
const RULES: readonly ThemeRule[] = [
  jannah, sahifa, newsmag, newspaper, jnews, soledad, smartmag, publisher, zoxNews, herald, bimber, colormag, newspaperX,
];

/** Every theme rule, highest explicit priority first. */
export const THEMES: readonly ThemeRule[] = [...RULES].sort((a, b) => b.priority - a.priority);

export type { ThemeRule } from './types';
