import { defineTheme } from './define-theme';

// Publisher (BetterStudio). news-themes.md §3.5: body container, post-header class and Better
// Ads wrappers H (scraper configs); asset path and sidebar classes M; title span, meta and
// inline related L. Defensive: two of five signals (Better Ads Manager can run on other
// themes, so its wrapper is only one vote).
export const publisher = defineTheme({
  id: 'publisher',
  name: 'Publisher',
  confidence: 'L',
  priority: 70,
  minSignals: 2,
  fingerprints: [
    { name: 'publisher-assets', selector: 'link[href*="/themes/publisher"], script[src*="/themes/publisher"]' },
    { name: 'wp-theme-publisher', selector: 'body[class*="wp-theme-publisher"]' },
    { name: 'single-post-content', selector: 'div.entry-content.single-post-content' },
    { name: 'betteradscontainer', selector: '.betteradscontainer' },
    { name: 'primary-sidebar-widget', selector: '.primary-sidebar-widget' },
  ],
  extraction: {
    title: ['h1.single-post-title span.post-title'],
    category: ['.post-header .term-badges a'],
    byline: ['.post-header .post-author-name b'],
    published: ['.post-header time.post-published'],
    leadFigure: ['.post-header .single-featured'],
    leadCaption: ['figcaption'],
    body: ['div.entry-content.single-post-content'],
    bodyStrip: ['.betteradscontainer', '.bs-irp'],
    tags: ['.post-tags a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.betteradscontainer'],
    related: ['.bs-irp', 'section.post-related'],
    share: ['.post-share'],
    comments: ['#comments'],
    sidebar: ['aside.sidebar-column-primary'],
    'back-to-top': ['.back-top'],
  },
});
