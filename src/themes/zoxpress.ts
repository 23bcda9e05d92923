import { defineTheme } from './define-theme';

// ZoxPress (MVP Themes). Its whole vocabulary is `zox-` (Zox News, the same vendor's older
// theme, writes `mvp-`: zox-news.ts). news-themes.md §3.6 (title, wrappers, category, info wrap,
// body: H; its text domain is `zoxpress`), checked against a real ZoxPress 2025 single page with a
// child theme (wp-child-theme-zoxpress-child) behind Cloudflare: body > div#zox-site, the post
// head in header.zox-post-head-wrap, the body in div.zox-post-body, ads in div.zox-post-ad-wrap,
// div.zox-fly-top back to top. Only zox- names count, two of them at least.
export const zoxpress = defineTheme({
  id: 'zoxpress',
  name: 'ZoxPress',
  confidence: 'H',
  priority: 66,
  minSignals: 2,
  fingerprints: [
    // No trailing slash: zoxpress-child/ and renamed copies keep the prefix.
    { name: 'zoxpress-assets', selector: 'link[href*="/themes/zoxpress"], script[src*="/themes/zoxpress"]' },
    { name: 'wp-theme-zoxpress', selector: 'body[class*="wp-theme-zoxpress"], body[class*="wp-child-theme-zoxpress"]' },
    // Asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'zox-site', selector: 'body > div#zox-site' },
    { name: 'zox-home-main-wrap', selector: '#zox-home-main-wrap' },
    { name: 'zox-article-wrap', selector: '.zox-article-wrap' },
    { name: 'zox-post-title', selector: 'h1.zox-post-title' },
    { name: 'zox-post-body', selector: 'div.zox-post-body' },
  ],
  extraction: {
    title: ['h1.zox-post-title.entry-title'],
    category: ['.zox-post-cat a'],
    byline: ['.zox-post-info-wrap .zox-author-name a'],
    published: ['.zox-post-info-wrap time.post-date'],
    leadFigure: ['div.zox-post-img'],
    leadCaption: ['.zox-post-img-cap', 'figcaption'],
    body: ['div.zox-post-body'],
    bodyStrip: ['.zox-post-ad-wrap'],
    tags: ['.zox-post-tags a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.zox-post-ad-wrap'],
    share: ['.zox-post-soc-wrap', '.zox-post-soc-top-wrap'],
    related: ['.zox-post-more-wrap'],
    comments: ['#comments'],
    sidebar: ['.zox-side-wrap', '#zox-side-wrap'],
    'back-to-top': ['.zox-fly-top'],
  },
});
