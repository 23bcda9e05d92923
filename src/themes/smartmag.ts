import { extendReading, extendRule } from './extend';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';
import { wordpress, wordpressReading } from './wordpress';

// SmartMag (ThemeSphere). news-themes.md §3.4: stylesheet id/path and main-head H (older
// versions), post header/body/foot M, meta details L (v5+ renamed much with `s-` prefixes).
// Defensive: two of four signals; div.main-wrap alone is too common, so it only counts with
// SmartMag's #main-head inside.
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const smartmagRecognition: ThemeRecognition = {
  id: 'smartmag',
  priority: 75,
  minSignals: 2,
  fingerprints: [
    { name: 'smartmag-core-css', selector: 'link#smartmag-core-css, link[href*="/themes/smart-mag/"]' },
    { name: 'wp-theme-smart-mag', selector: 'body.wp-theme-smart-mag' },
    { name: 'main-head', selector: 'div.main-wrap #main-head.main-head' },
    { name: 'post-share-float', selector: '.post-share-float' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const smartmagReading: ThemeReading = /* @__PURE__ */ extendReading(wordpressReading, {
  ...smartmagRecognition,
  name: 'SmartMag',
  confidence: 'M',
  extraction: {
    title: ['.the-post-header h1.post-title'],
    category: ['.the-post-header .cat-labels a'],
    byline: ['.the-post-header .post-author a'],
    published: ['.the-post-header time.post-date'],
    leadFigure: ['.the-post .featured'],
    leadCaption: ['.wp-caption-text'],
    body: ['div.post-content.entry-content'],
    bodyStrip: [],
    tags: ['.the-post-foot .post-tags a'],
    source: [],
  },
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const smartmag: ThemeRule = /* @__PURE__ */ extendRule(wordpress, smartmagReading, {
  licenseNotices: [],
  clutter: {
    share: ['.post-share-float', '.the-post-foot .post-share'],
    related: ['section.related-posts'],
    comments: ['#comments'],
    sidebar: ['aside.sidebar'],
  },
});
