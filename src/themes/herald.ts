import { defineTheme } from './define-theme';

// Herald (Meks). news-themes.md §3.7: article, title, body and ads H (scraper configs);
// thumbnail, share, back-to-top and meta details L. Defensive: two of five signals.
export const herald = defineTheme({
  id: 'herald',
  name: 'Herald',
  confidence: 'M',
  priority: 60,
  minSignals: 2,
  fingerprints: [
    { name: 'herald-assets', selector: 'link[href*="/themes/herald"], script[src*="/themes/herald"]' },
    { name: 'wp-theme-herald', selector: 'body[class*="wp-theme-herald"]' },
    { name: 'herald-single', selector: 'article.herald-single' },
    { name: 'herald-entry-content', selector: '.herald-entry-content' },
    { name: 'herald-ad', selector: '.herald-ad' },
  ],
  extraction: {
    title: ['article.herald-single h1.entry-title'],
    category: ['.herald-single .meta-category a'],
    byline: ['.entry-meta .herald-author a'],
    published: ['.entry-meta .herald-date time'],
    leadFigure: ['.herald-post-thumbnail'],
    leadCaption: ['figcaption'],
    body: ['div.entry-content.herald-entry-content'],
    bodyStrip: ['.herald-ad'],
    tags: ['.meta-tags a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.herald-ad'],
    share: ['.herald-share'],
    related: ['#herald-related'],
    comments: ['#comments'],
    sidebar: ['.herald-sidebar'],
    'back-to-top': ['.herald-goto-top'],
  },
});
