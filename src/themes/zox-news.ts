import { defineTheme } from './define-theme';

// Zox News (MVP Themes). Its vocabulary is MVP Themes' `mvp-` (its successor ZoxPress writes
// `zox-`: zoxpress.ts; news-themes.md §3.6 describes ZoxPress under this name). Read in a real
// Zox News 2023 single page whose site runs WooCommerce: body > div#mvp-site and
// div#mvp-fly-wrap, article#mvp-article-wrap, header#mvp-post-head with h3.mvp-post-cat,
// h1.mvp-post-title and div.mvp-author-info-wrap, div#mvp-post-feat-img, the body in
// div#mvp-content-main, tags in div.mvp-post-tags, then div#mvp-prev-next-wrap,
// div#mvp-author-box-wrap, div#mvp-related-posts, div#mvp-comments-button, and div#mvp-side-wrap.
// The featured caption class (span.mvp-feat-caption) is from its stylesheet, not seen printed (M).
// MVP Themes' other themes share the `mvp-` names: the markup alone says "an MVP theme", read
// the same way; the theme's name shows in its assets and, on WooCommerce sites, in the body
// class WooCommerce adds (theme-zox-news).
export const zoxNews = defineTheme({
  id: 'zox-news',
  name: 'Zox News',
  confidence: 'M',
  priority: 65,
  minSignals: 2,
  fingerprints: [
    { name: 'zox-news-assets', selector: 'link[href*="/themes/zox-news"], script[src*="/themes/zox-news"]' },
    { name: 'zox-news-body', selector: 'body.theme-zox-news, body[class*="wp-theme-zox-news"], body[class*="wp-child-theme-zox-news"]' },
    // Asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'mvp-site', selector: 'body > div#mvp-site' },
    { name: 'mvp-fly-wrap', selector: 'body > div#mvp-fly-wrap' },
    { name: 'mvp-main-body-wrap', selector: 'div#mvp-main-body-wrap' },
    { name: 'mvp-post', selector: 'article#mvp-article-wrap, div#mvp-content-main' },
  ],
  extraction: {
    title: ['h1.mvp-post-title.entry-title', 'h1.mvp-post-title'],
    category: ['#mvp-post-head .mvp-post-cat a'],
    byline: ['.mvp-author-info-name .author-name a', '.mvp-author-info-name a[rel="author"]'],
    published: ['.mvp-author-info-date time.post-date'],
    leadFigure: ['div#mvp-post-feat-img'],
    leadCaption: ['span.mvp-feat-caption', 'figcaption'],
    body: ['div#mvp-content-main'],
    bodyStrip: ['.mvp-post-ad', '.mvp-cont-read-wrap'],
    tags: ['.mvp-post-tags a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.mvp-post-ad'],
    share: ['.mvp-post-soc-out', '#mvp-soc-mob-wrap'],
    related: ['#mvp-related-posts', '#mvp-prev-next-wrap', '#mvp-post-more-wrap', '#mvp-author-box-wrap'],
    comments: ['#mvp-comments-button'],
    sidebar: ['#mvp-side-wrap'],
    'back-to-top': ['.mvp-fly-top.back-to-top'],
    popups: ['#mvp-fly-wrap'],
  },
});
