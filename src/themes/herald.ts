import { extendReading, extendRule } from './extend';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';
import { wordpress, wordpressReading } from './wordpress';

// Herald (Meks). news-themes.md §3.7: article, title, body and ads H (scraper configs);
// thumbnail, share, back-to-top and meta details L. Defensive: two of five signals.
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const heraldRecognition: ThemeRecognition = {
  id: 'herald',
  priority: 60,
  minSignals: 2,
  fingerprints: [
    { name: 'herald-assets', selector: 'link[href*="/themes/herald/"], script[src*="/themes/herald/"]' },
    { name: 'wp-theme-herald', selector: 'body.wp-theme-herald' },
    { name: 'herald-single', selector: 'article.herald-single' },
    { name: 'herald-entry-content', selector: '.herald-entry-content' },
    { name: 'herald-ad', selector: '.herald-ad' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const heraldReading: ThemeReading = /* @__PURE__ */ extendReading(wordpressReading, {
  ...heraldRecognition,
  name: 'Herald',
  confidence: 'M',
  extraction: {
    title: ['article.herald-single h1.entry-title'],
    category: ['.herald-single .meta-category a'],
    byline: ['.entry-meta .herald-author a'],
    published: ['.entry-meta .herald-date time'],
    leadFigure: ['.herald-post-thumbnail'],
    leadCaption: ['figcaption'],
    body: ['div.entry-content.herald-entry-content'],
    bodyStrip: ['.herald-ad'],
    tags: ['.meta-tags a'],
    source: [],
  },
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const herald: ThemeRule = /* @__PURE__ */ extendRule(wordpress, heraldReading, {
  licenseNotices: [],
  clutter: {
    ads: ['.herald-ad'],
    share: ['.herald-share'],
    related: ['#herald-related'],
    comments: ['#comments'],
    sidebar: ['.herald-sidebar'],
    'back-to-top': ['.herald-goto-top'],
  },
});
