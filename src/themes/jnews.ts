import { defineTheme } from './define-theme';

// JNews (Jegtheme). news-themes.md §3.2: title/body/featured/meta/tags H (scraper configs),
// source/via boxes M, asset path and clutter classes L/M. Built defensively: five independent
// fingerprints, two needed; jeg_ layout wrappers count only together with another signal.
export const jnews = defineTheme({
  id: 'jnews',
  name: 'JNews',
  confidence: 'M',
  priority: 85,
  minSignals: 2,
  fingerprints: [
    { name: 'jnews-assets', selector: 'link[href*="/themes/jnews"], script[src*="/themes/jnews"]' },
    { name: 'wp-theme-jnews', selector: 'body[class*="wp-theme-jnews"]' },
    // Also asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'jeg_viewport', selector: 'body > div.jeg_viewport, div.jeg_viewport' },
    // JNews' own body class and its settings object survive cache plugins that rename every asset.
    { name: 'jnews-body', selector: 'body.jnews' },
    { name: 'jnews-settings', selector: '', script: 'var jnewsoption ?= ?\\{' },
    { name: 'jeg_main', selector: 'div.jeg_main .jeg_content' },
    { name: 'jeg_post_title', selector: 'h1.jeg_post_title' },
  ],
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
