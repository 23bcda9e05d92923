import { defineTheme } from './define-theme';

// Zox News (MVP Themes). news-themes.md §3.6: title, wrappers, category, info wrap and body H
// (scraper configs); featured M; asset path, inner meta and clutter classes L. Defensive: two
// of five signals, and only zox- classes (no generic names) count.
export const zoxNews = defineTheme({
  id: 'zox-news',
  name: 'Zox News',
  confidence: 'M',
  priority: 65,
  minSignals: 2,
  fingerprints: [
    { name: 'zox-assets', selector: 'link[href*="/themes/zox-news/"], script[src*="/themes/zox-news/"]' },
    { name: 'zox-home-main-wrap', selector: '#zox-home-main-wrap' },
    { name: 'zox-article-wrap', selector: '.zox-article-wrap' },
    { name: 'zox-post-title', selector: 'h1.zox-post-title' },
    { name: 'zox-post-body', selector: 'div.zox-post-body' },
  ],
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
