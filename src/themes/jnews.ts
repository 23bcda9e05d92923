import { extendReading, extendRule } from './extend';
import type { ThemeReading, ThemeRecognition, ThemeRule } from './types';
import { wordpress, wordpressReading } from './wordpress';

// JNews (Jegtheme). news-themes.md §3.2: title/body/featured/meta/tags H (scraper configs),
// source/via boxes M, asset path and clutter classes L/M. Built defensively: five independent
// fingerprints, two needed; jeg_ layout wrappers count only together with another signal.
/** What recognises the theme (its <link>, <script> and <body> parts are also the gate's evidence). */
export const jnewsRecognition: ThemeRecognition = {
  id: 'jnews',
  priority: 85,
  minSignals: 2,
  fingerprints: [
    { name: 'jnews-assets', selector: 'link[href*="/themes/jnews/"], script[src*="/themes/jnews/"]' },
    { name: 'wp-theme-jnews', selector: 'body.wp-theme-jnews' },
    { name: 'jeg_viewport', selector: 'div.jeg_viewport' },
    { name: 'jeg_main', selector: 'div.jeg_main .jeg_content' },
    { name: 'jeg_post_title', selector: 'h1.jeg_post_title' },
  ],
};

/** What reading needs (detection, extraction): the popup and reader tab load this without the cleaning lists. */
export const jnewsReading: ThemeReading = /* @__PURE__ */ extendReading(wordpressReading, {
  ...jnewsRecognition,
  name: 'JNews',
  confidence: 'M',
  extraction: {
    title: ['div.entry-header h1.jeg_post_title'],
    category: ['.jeg_meta_category a'],
    byline: ['.jeg_meta_author a'],
    published: ['.jeg_meta_date a'],
    leadFigure: ['div.jeg_featured.featured_image'],
    leadCaption: ['p.wp-caption-text'],
    body: ['div.entry-content div.content-inner'],
    bodyStrip: ['.jeg_ad', '.jnews_content_inline_ads'],
    tags: ['.jeg_post_tags a'],
    source: ['.jeg_post_source', '.jeg_post_via'],
  },
});

/** The full rule: the reading part plus what cleaning removes (content script, clean()). */
export const jnews: ThemeRule = /* @__PURE__ */ extendRule(wordpress, jnewsReading, {
  licenseNotices: [],
  clutter: {
    ads: ['.jeg_ad', '.jnews_content_inline_ads'],
    share: ['.jeg_share_top_container', '.jeg_share_bottom_container'],
    related: ['.jnews_related_post_container', '.jnews_prev_next_container'],
    comments: ['.jnews_comment_container'],
    sidebar: ['.jeg_sidebar'],
    'back-to-top': ['.jscroll-to-top'],
  },
});
