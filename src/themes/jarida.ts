import { defineTheme } from './define-theme';

// Jarida (TieLabs), Sahifa's older sibling. Read in the theme's 1.x source (header.php:
// body#top > div.background-cover + div.wrapper > div.top-nav, header, nav#main-nav,
// div#main-content.container; single.php: article.post-listing > div.single-post-thumb,
// div.post-inner > h1.post-title.entry-title, p.post-meta, div.entry; p.post-tag; section#author-box;
// div.post-navigation; div#topcontrol) and in a real Jarida 2.x single page behind a CDN, with a
// child theme: header#theme-header, div.e3lan-top / div.e3lan-post ad slots,
// article#the-post.post-listing, h1.name.post-title.entry-title > span, p.post-meta with
// span.post-cats and span.tie-date, div.entry, div.share-post, section#related_posts.
// The license bar is the TieLabs bar of Jannah and Sahifa with the theme's name (M: the bar's
// text and link follow the TieLabs pattern, not read in Jarida's own source).
// Sahifa shares header#theme-header and the e3lan ads but wraps everything in div.wrapper-outer;
// Jarida's div.wrapper and div.background-cover are children of body#top. It runs before Sahifa.
export const jarida = defineTheme({
  id: 'jarida',
  name: 'Jarida',
  confidence: 'M',
  priority: 96,
  minSignals: 2,
  fingerprints: [
    // No trailing slash: jarida-child/ keeps the prefix.
    { name: 'jarida-assets', selector: 'link[href*="/themes/jarida"], script[src*="/themes/jarida"]' },
    { name: 'wp-theme-jarida', selector: 'body[class*="wp-theme-jarida"]' },
    // Asked of each child of <body> by the content script's gate (theme-evidence.ts).
    { name: 'jarida-wrapper', selector: 'body#top > div.wrapper' },
    { name: 'jarida-background-cover', selector: 'body#top > div.background-cover' },
    { name: 'tie-license-link', selector: '.theme-notice a[href*="tielabs.com/buy/jarida"]' },
  ],
  extraction: {
    title: ['article.post-listing h1.post-title.entry-title'],
    category: ['p.post-meta span.post-cats a'],
    // The meta line names no author in 2.x; the post prints a hidden vcard after the entry.
    byline: ['.post-inner .vcard.author .fn a'],
    published: ['p.post-meta span.tie-date'],
    leadFigure: ['div.single-post-thumb'],
    body: ['article.post-listing div.post-inner div.entry'],
    bodyStrip: ['div.share-post', 'div.page-link', 'div.e3lan-post'],
    tags: ['p.post-tag a[rel="tag"]'],
    source: [],
  },
  licenseNotices: [{ selector: 'div.theme-notice', textStartsWith: ['Jarida Theme License is not validated'] }],
  clutter: {
    ads: ['div.e3lan-top, div.e3lan-post, div.e3lan-bottom', 'div.background-cover'],
    share: ['div.share-post'],
    related: ['section#related_posts', 'div.post-navigation', 'section#author-box'],
    comments: ['#comments'],
    sidebar: ['aside.sidebar, aside#sidebar'],
    'back-to-top': ['#topcontrol'],
    navigation: ['#crumbs'],
  },
});
