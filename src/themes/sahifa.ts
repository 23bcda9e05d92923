import { defineTheme } from './define-theme';

// Sahifa (TieLabs), 5.x. news-themes.md §2, confidence H (5.8.2 source). Its license bar is the
// Jannah bar's twin, printed by wp_footer at the END of body. `body#top` alone is too common to
// count, so it is only a signal together with Sahifa's div.wrapper-outer.
export const sahifa = defineTheme({
  id: 'sahifa',
  name: 'Sahifa',
  confidence: 'H',
  priority: 95,
  minSignals: 2,
  fingerprints: [
    { name: 'sahifa-assets', selector: 'link[href*="/themes/sahifa"], script[src*="/themes/sahifa"]' },
    { name: 'wp-theme-sahifa', selector: 'body[class*="wp-theme-sahifa"]' },
    { name: 'wrapper-outer', selector: 'body#top > div.wrapper-outer' },
    { name: 'e3lan', selector: 'div.e3lan' },
    { name: 'theme-header', selector: 'header#theme-header.theme-header' },
    { name: 'tie-schema-graph', selector: 'script.tie-schema-graph' },
    { name: 'tie-license-link', selector: '.theme-notice a[href*="tielabs.com/buy/sahifa"]' },
  ],
  extraction: {
    title: ['h1.name.post-title.entry-title'],
    category: ['p.post-meta span.post-cats a'],
    byline: ['p.post-meta span.post-meta-author a'],
    published: ['p.post-meta span.tie-date'],
    leadFigure: ['div.single-post-thumb'],
    // The caption div follows the thumbnail div (a sibling, not a child).
    leadCaptionAfter: ['div.single-post-caption'],
    body: ['article#the-post div.entry'],
    bodyStrip: ['div.share-post', 'div.page-link', '.e3lan'],
    tags: ['p.post-tag a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [{ selector: 'div.theme-notice', textStartsWith: ['Sahifa Theme License is not validated'] }],
  clutter: {
    ads: ['.e3lan', 'a.background-cover'],
    share: ['div.share-post'],
    related: ['section#related_posts', 'section#check-also-box', 'div.post-navigation'],
    comments: ['#comments'],
    sidebar: ['aside#sidebar'],
    sticky: ['#reading-position-indicator'],
    popups: ['aside#slide-out'],
    'back-to-top': ['#topcontrol'],
    navigation: ['nav#crumbs'],
  },
});
