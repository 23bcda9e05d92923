import { bimberReading } from './bimber';
import { colormagReading } from './colormag';
import { heraldReading } from './herald';
import { jannahReading } from './jannah';
import { jnewsReading } from './jnews';
import { newsmagReading } from './newsmag';
import { newspaperReading } from './newspaper';
import { newspaperXReading } from './newspaper-x';
import { publisherReading } from './publisher';
import { sahifaReading } from './sahifa';
import { smartmagReading } from './smartmag';
import { soledadReading } from './soledad';
import type { ThemeReading } from './types';
import { zoxNewsReading } from './zox-news';

// The reading part of every theme in index.ts (fingerprints and extraction, without the
// licence-notice and clutter lists): detect() and extract() recognise themes from these, so
// the popup and reader tab do not carry the data only cleaning uses (a unit test keeps this
// list and THEMES identical).
const READINGS: readonly ThemeReading[] = [
  jannahReading, sahifaReading, newsmagReading, newspaperReading, jnewsReading, soledadReading, smartmagReading,
  publisherReading, zoxNewsReading, heraldReading, bimberReading, colormagReading, newspaperXReading,
];

/** Highest explicit priority first, as THEMES. */
export const THEME_READING: readonly ThemeReading[] = [...READINGS].sort((a, b) => b.priority - a.priority);
