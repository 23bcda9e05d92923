import { defineTheme } from './define-theme';

// Soledad (PenciDesign). news-themes.md §3.3: body container, featured caption, back-to-top,
// GDPR bar and asset path H; title/meta/category M; tags/share/related L. Defensive: two of
// five signals, none of them the generator meta.
export const soledad = defineTheme({
  id: 'soledad',
  name: 'Soledad',
  confidence: 'M',
  priority: 80,
  minSignals: 2,
  fingerprints: [
    { name: 'soledad-assets', selector: 'link[href*="/themes/soledad"], script[src*="/themes/soledad"]' },
    { name: 'wp-theme-soledad', selector: 'body[class*="wp-theme-soledad"]' },
    // Body classes Soledad adds itself (its version, the single-post style): left by cache plugins.
    { name: 'soledad-body', selector: 'body[class*="soledad-ver-"], body[class*="penci-body-"]' },
    { name: 'penci-post-entry-inner', selector: '#penci-post-entry-inner' },
    { name: 'penci-go-to-top', selector: '.penci-go-to-top-floating' },
    { name: 'penci-gdpr', selector: '.penci-wrap-gprd-law' },
  ],
  extraction: {
    title: ['h1.post-title.single-post-title.entry-title'],
    category: ['.penci-standard-cat a'],
    byline: ['.post-box-meta-single a.author-url'],
    published: ['.post-box-meta-single time.entry-date'],
    leadFigure: ['div.post-image'],
    leadCaption: ['.penci-featured-caption'],
    body: ['div.inner-post-entry.entry-content#penci-post-entry-inner', '#penci-post-entry-inner'],
    bodyStrip: ['.penci-single-link-pages'],
    tags: ['.post-tags a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    cookie: ['.penci-wrap-gprd-law'],
    'back-to-top': ['.penci-go-to-top-floating', 'a.go-to-top'],
    share: ['.post-share'],
    related: ['.post-related', '.penci-rlt-popup'],
    comments: ['#comments'],
    sidebar: ['#sidebar.penci-sidebar-content'],
  },
});
