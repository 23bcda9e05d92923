import { extendReading, extendRule } from './extend';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';
import { wordpress, wordpressReading } from './wordpress';

// Zox News (MVP Themes). news-themes.md §3.6: title, wrappers, category, info wrap and body H
// (scraper configs); featured M; asset path, inner meta and clutter classes L. Defensive: two
// of five signals, and only zox- classes (no generic names) count.
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const zoxNewsRecognition: ThemeRecognition = {
  id: 'zox-news',
  priority: 65,
  minSignals: 2,
  fingerprints: [
    { name: 'zox-assets', selector: 'link[href*="/themes/zox-news/"], script[src*="/themes/zox-news/"]' },
    { name: 'zox-home-main-wrap', selector: '#zox-home-main-wrap' },
    { name: 'zox-article-wrap', selector: '.zox-article-wrap' },
    { name: 'zox-post-title', selector: 'h1.zox-post-title' },
    { name: 'zox-post-body', selector: 'div.zox-post-body' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const zoxNewsReading: ThemeReading = /* @__PURE__ */ extendReading(wordpressReading, {
  ...zoxNewsRecognition,
  name: 'Zox News',
  confidence: 'M',
  extraction: {
    title: ['h1.zox-post-title.entry-title'],
    category: ['span.zox-post-cat a'],
    byline: ['.zox-post-info-wrap .zox-author-name a'],
    published: ['.zox-post-info-wrap time.post-date'],
    leadFigure: ['div.zox-post-img'],
    leadCaption: ['.zox-post-img-cap', 'figcaption'],
    body: ['div.zox-post-body'],
    bodyStrip: ['.zox-post-ad-wrap'],
    tags: ['.zox-post-tags a'],
    source: [],
  },
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const zoxNews: ThemeRule = /* @__PURE__ */ extendRule(wordpress, zoxNewsReading, {
  licenseNotices: [],
  clutter: {
    ads: ['.zox-post-ad-wrap'],
    share: ['.zox-post-soc-wrap'],
    related: ['.zox-post-more-wrap'],
    comments: ['#comments'],
    sidebar: ['.zox-side-wrap'],
    'back-to-top': ['.zox-fly-top'],
  },
});
