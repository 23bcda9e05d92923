import { defineTheme } from './define-theme';

// Bimber (bringthepixel). news-themes.md §3.8: title, body, featured media and tags H (scraper
// configs and a theme fragment); asset path, ads, back-to-top and meta details L. All Bimber
// UI classes start with g1-. Defensive: two of five signals.
export const bimber = defineTheme({
  id: 'bimber',
  name: 'Bimber',
  confidence: 'M',
  priority: 55,
  minSignals: 2,
  fingerprints: [
    { name: 'bimber-assets', selector: 'link[href*="/themes/bimber"], script[src*="/themes/bimber"]' },
    { name: 'wp-theme-bimber', selector: 'body[class*="wp-theme-bimber"]' },
    { name: 'g1-title', selector: 'h1.g1-mega.entry-title, h1.g1-giga.entry-title' },
    { name: 'g1-content', selector: 'div.g1-content-narrow.entry-content' },
    { name: 'g1-back-to-top', selector: '.g1-back-to-top' },
  ],
  extraction: {
    title: ['h1.g1-mega.entry-title', 'h1.g1-giga.entry-title'],
    category: ['.entry-categories a.entry-category'],
    byline: ['.entry-byline .entry-author a'],
    published: ['.entry-byline time.entry-date'],
    leadFigure: ['.entry-featured-media'],
    leadCaption: ['figcaption'],
    body: ['div.g1-content-narrow.entry-content'],
    bodyStrip: ['.g1-advertisement'],
    tags: ['p.entry-tags a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.g1-advertisement'],
    related: ['.g1-related-entries'],
    comments: ['#comments'],
    sidebar: ['#secondary.g1-sidebar'],
    'back-to-top': ['.g1-back-to-top'],
  },
});
