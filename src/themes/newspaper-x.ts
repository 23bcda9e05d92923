import { defineTheme } from './define-theme';

// Newspaper X (Colorlib, free). news-themes.md §3.10: skeleton and newspaper-x- classes H;
// the inner meta, related and ticker class names are M. Not tagDiv's Newspaper: its lower-case
// folder never matches that rule's case-sensitive path test.
export const newspaperX = defineTheme({
  id: 'newspaper-x',
  name: 'Newspaper X',
  confidence: 'H',
  priority: 45,
  minSignals: 2,
  fingerprints: [
    { name: 'newspaper-x-assets', selector: 'link[href*="/themes/newspaper-x/"], script[src*="/themes/newspaper-x/"]' },
    { name: 'wp-theme-newspaper-x', selector: 'body.wp-theme-newspaper-x' },
    { name: 'newspaper-x-image', selector: 'div.newspaper-x-image' },
    { name: 'newspaper-x-post-meta', selector: 'div.newspaper-x-post-meta' },
    { name: 'newspaper-x-ticker', selector: '.newspaper-x-news-ticker' },
  ],
  extraction: {
    title: ['article header.entry-header h1.entry-title'],
    category: ['.newspaper-x-post-meta a[rel~="category"]'],
    byline: ['.newspaper-x-post-meta .author a'],
    published: ['.newspaper-x-post-meta time.entry-date'],
    leadFigure: ['div.newspaper-x-image'],
    leadCaption: [],
    body: ['article div.entry-content'],
    bodyStrip: ['ul.newspaper-x-pager', 'div.newspaper-x-next-prev'],
    tags: ['.entry-footer .tags-links a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    sticky: ['.newspaper-x-news-ticker'],
    related: ['div.newspaper-x-related-posts', 'div.newspaper-x-next-prev'],
    comments: ['#comments'],
    sidebar: ['#secondary'],
    'back-to-top': ['#back-to-top'],
  },
});
