import { bimberRecognition } from './bimber';
import { colormagRecognition } from './colormag';
import { heraldRecognition } from './herald';
import { jannahRecognition } from './jannah';
import { jnewsRecognition } from './jnews';
import { newsmagRecognition } from './newsmag';
import { newspaperRecognition } from './newspaper';
import { newspaperXRecognition } from './newspaper-x';
import { publisherRecognition } from './publisher';
import { sahifaRecognition } from './sahifa';
import { smartmagRecognition } from './smartmag';
import { soledadRecognition } from './soledad';
import type { ThemeRecognition } from './types';
import { zoxNewsRecognition } from './zox-news';

// The fingerprints of every theme in index.ts, without the rest of the rules: the content
// script's gate recognises a page from these alone and loads the full rules only when one
// matches (a unit test keeps this list and THEMES identical).
const RECOGNITIONS: readonly ThemeRecognition[] = [
  jannahRecognition, sahifaRecognition, newsmagRecognition, newspaperRecognition, jnewsRecognition,
  soledadRecognition, smartmagRecognition, publisherRecognition, zoxNewsRecognition, heraldRecognition,
  bimberRecognition, colormagRecognition, newspaperXRecognition,
];

/** Highest explicit priority first, as THEMES. */
export const THEME_RECOGNITION: readonly ThemeRecognition[] = [...RECOGNITIONS].sort((a, b) => b.priority - a.priority);
