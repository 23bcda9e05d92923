import { defineTheme } from './define-theme';

// ColorMag (ThemeGrill, free). news-themes.md §3.9, confidence H (4.2.2 source) for the
// cm- markup; the 1.x–3.x fallbacks (div.featured-image, div.article-content) and the tag and
// related classes are M. No license concept on the front end.
export const colormag = defineTheme({
  id: 'colormag',
  name: 'ColorMag',
  confidence: 'H',
  priority: 50,
  minSignals: 2,
  fingerprints: [
    { name: 'colormag-assets', selector: 'link[href*="/themes/colormag"], script[src*="/themes/colormag"]' },
    { name: 'wp-theme-colormag', selector: 'body[class*="wp-theme-colormag"]' },
    { name: 'cm-masthead', selector: '#cm-masthead' },
    { name: 'scroll-up', selector: 'a#scroll-up[href="#cm-masthead"]' },
    { name: 'cm-entry', selector: '.cm-entry-summary, .cm-featured-image, .cm-posts' },
  ],
  extraction: {
    title: ['header.cm-entry-header h1.cm-entry-title'],
    category: ['.cm-post-categories a', '.above-entry-meta .cat-links a'],
    byline: ['.cm-below-entry-meta .byline a', '.below-entry-meta .byline a'],
    published: ['.cm-below-entry-meta .cm-post-date time.entry-date', '.below-entry-meta time.entry-date'],
    leadFigure: ['div.cm-featured-image', 'div.featured-image'],
    leadCaption: ['figcaption'],
    body: ['div.cm-entry-summary', 'div.article-content div.entry-content'],
    bodyStrip: [],
    tags: ['.cm-tag-links a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    'back-to-top': ['a#scroll-up'],
    sticky: ['.breaking-news'],
    sidebar: ['#cm-secondary'],
    related: ['.related-posts-wrapper'],
    comments: ['#comments'],
  },
});
