import { defineTheme } from './define-theme';

// SmartMag (ThemeSphere). news-themes.md §3.4: stylesheet id/path and main-head H (older
// versions), post header/body/foot M, meta details L (v5+ renamed much with `s-` prefixes).
// Defensive: two of four signals; div.main-wrap alone is too common, so it only counts with
// SmartMag's #main-head inside.
export const smartmag = defineTheme({
  id: 'smartmag',
  name: 'SmartMag',
  confidence: 'M',
  priority: 75,
  minSignals: 2,
  fingerprints: [
    { name: 'smartmag-core-css', selector: 'link#smartmag-core-css, link[href*="/themes/smart-mag/"]' },
    { name: 'wp-theme-smart-mag', selector: 'body.wp-theme-smart-mag' },
    { name: 'main-head', selector: 'div.main-wrap #main-head.main-head' },
    { name: 'post-share-float', selector: '.post-share-float' },
  ],
  extraction: {
    title: ['.the-post-header h1.post-title'],
    category: ['.the-post-header .cat-labels a'],
    byline: ['.the-post-header .post-author a'],
    published: ['.the-post-header time.post-date'],
    leadFigure: ['.the-post .featured'],
    leadCaption: ['.wp-caption-text'],
    body: ['div.post-content.entry-content'],
    bodyStrip: [],
    tags: ['.the-post-foot .post-tags a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    share: ['.post-share-float', '.the-post-foot .post-share'],
    related: ['section.related-posts'],
    comments: ['#comments'],
    sidebar: ['aside.sidebar'],
  },
});
