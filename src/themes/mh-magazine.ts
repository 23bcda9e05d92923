import { defineTheme } from './define-theme';

// MH Magazine (MH Themes; also its free "lite" edition). Read in MH Magazine lite's templates
// (content-single.php: article > header.entry-header > h1.entry-title + div.mh-meta.entry-meta,
// div.entry-content with the featured figure.entry-thumbnail first, div.entry-tags) and in a real
// MH Magazine 3.8.6 single page (2020) whose theme folder is versioned
// (/themes/mh-magazine-3-8-6/) and whose stylesheets are combined: body#mh-mobile with
// mh-right-sb / mh-boxed-layout classes, body > div.mh-container-outer, div.mh-wrapper >
// div.mh-main > div#main-content.mh-content, span.entry-meta-date / -author / -categories,
// div.mh-share-buttons, nav.mh-post-nav, div#comments.mh-comments-wrap, aside.mh-sidebar,
// a.mh-back-to-top. The featured caption (figcaption.entry-thumbnail-caption) is from the
// theme's demo markup (M). MH Themes' other themes share some mh- names; two signals at least.
export const mhMagazine = defineTheme({
  id: 'mh-magazine',
  name: 'MH Magazine',
  confidence: 'M',
  priority: 58,
  minSignals: 2,
  fingerprints: [
    // No trailing slash: mh-magazine-lite/, mh-magazine-child/ and versioned folders keep the prefix.
    { name: 'mh-magazine-assets', selector: 'link[href*="/themes/mh-magazine"], script[src*="/themes/mh-magazine"]' },
    { name: 'wp-theme-mh-magazine', selector: 'body[class*="wp-theme-mh-magazine"], body[class*="wp-child-theme-mh-magazine"]' },
    { name: 'body#mh-mobile', selector: 'body#mh-mobile' },
    { name: 'mh-layout', selector: 'body.mh-right-sb, body.mh-left-sb, body.mh-boxed-layout, body.mh-wide-layout' },
    // Asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'mh-container-outer', selector: 'body > div.mh-container-outer' },
    { name: 'mh-content', selector: 'div.mh-wrapper div#main-content.mh-content' },
  ],
  extraction: {
    title: ['.mh-content h1.entry-title'],
    category: ['.mh-meta .entry-meta-categories a'],
    byline: ['.mh-meta .entry-meta-author a'],
    published: ['.mh-meta .entry-meta-date'],
    leadFigure: ['.mh-content figure.entry-thumbnail'],
    leadCaption: ['figcaption.entry-thumbnail-caption', 'figcaption'],
    body: ['.mh-content article .entry-content'],
    bodyStrip: ['.mh-share-buttons'],
    tags: ['.entry-tags a[rel="tag"]', '.entry-tags a'],
    source: [],
  },
  licenseNotices: [],
  clutter: {
    share: ['.mh-share-buttons'],
    related: ['nav.mh-post-nav'],
    comments: ['#comments'],
    sidebar: ['aside.mh-sidebar'],
    'back-to-top': ['a.mh-back-to-top'],
    navigation: ['nav.mh-breadcrumb'],
  },
});
