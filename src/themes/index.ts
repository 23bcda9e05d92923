import { bimber } from './bimber';
import { colormag } from './colormag';
import { herald } from './herald';
import { jannah } from './jannah';
import { jarida } from './jarida';
import { jnews } from './jnews';
import { mhMagazine } from './mh-magazine';
import { newsmag } from './newsmag';
import { newspack } from './newspack';
import { newspaper } from './newspaper';
import { newspaperX } from './newspaper-x';
import { publisher } from './publisher';
import { sahifa } from './sahifa';
import { smartmag } from './smartmag';
import { soledad } from './soledad';
import { zoxNews } from './zox-news';
import { zoxpress } from './zoxpress';
import type { ThemeDefinition, ThemeRule } from './types';
import { withBase } from './with-base';
import { wordpress } from './wordpress';

// The one list of themes (`npm run new-theme` adds to it). The generic WordPress base is not in
// it: a page is recognised only by a news theme's own fingerprints; the base's lists come after
// every theme's own, merged here once.
/** Every theme's own data, as its file writes it. */
export const THEME_DEFINITIONS: readonly ThemeDefinition[] = [
  bimber,
  colormag,
  herald,
  jannah,
  jarida,
  jnews,
  mhMagazine,
  newsmag,
  newspack,
  newspaper,
  newspaperX,
  publisher,
  sahifa,
  smartmag,
  soledad,
  zoxNews,
  zoxpress,
];

/** Every theme rule, highest explicit priority first. */
export const THEMES: readonly ThemeRule[] = THEME_DEFINITIONS.map((theme) => withBase(theme, wordpress)).sort((a, b) => b.priority - a.priority);

export type { ThemeRule } from './types';
