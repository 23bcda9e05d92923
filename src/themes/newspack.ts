import { defineTheme } from './define-theme';

// Newspack (Automattic; free). Read in the theme's source (Automattic/newspack-theme:
// header.php, single.php, template-parts/header/entry-header.php,
// template-parts/post/large-featured-image.php, template-parts/content/content-single.php,
// inc/template-tags.php, inc/template-functions.php). Its child themes (newspack-sacha, -scott,
// -nelson, -katharine, -joseph) keep the parent's templates. The body carries the header layout
// classes newspack_body_classes() always prints (h-nsub / h-sub, h-db / h-sb, h-ll / h-cl,
// h-dh / h-sh), which survive cache plugins; header#masthead holds div.middle-header-contain;
// single.php puts header.entry-header (span.cat-links, h1.entry-title, div.newspack-post-subtitle,
// div.entry-subhead > div.entry-meta with span.byline and span.posted-on, Jetpack sharing) and
// the featured figure.post-thumbnail in main#main, then div.main-content > article >
// div.entry-content, footer.entry-footer (span.tags-links), div.author-bio, the post navigation,
// comments, and aside#secondary. Ads (div.newspack_global_ad), the image credit span and the
// popups are the Newspack plugins' (M: from their markup as sites print it).
export const newspack = defineTheme({
  id: 'newspack',
  name: 'Newspack',
  confidence: 'M',
  priority: 40,
  minSignals: 2,
  fingerprints: [
    // newspack-theme/, newspack-sacha/, newspack-joseph/, … and their -child folders.
    { name: 'newspack-assets', selector: 'link[href*="/themes/newspack-"], script[src*="/themes/newspack-"]' },
    { name: 'wp-theme-newspack', selector: 'body[class*="wp-theme-newspack"], body[class*="wp-child-theme-newspack"]' },
    // Always two of these together: the sub-page header choice and the header background choice.
    { name: 'newspack-h-classes', selector: 'body.h-nsub.h-db, body.h-nsub.h-sb, body.h-sub.h-db, body.h-sub.h-sb' },
    { name: 'newspack-masthead', selector: 'header#masthead div.middle-header-contain' },
    { name: 'newspack-main', selector: 'main#main.site-main > div.main-content' },
  ],
  extraction: {
    // Category, byline, date, caption and tags: the WordPress base's core markup reads them.
    title: ['.entry-header h1.entry-title'],
    leadFigure: ['#primary figure.post-thumbnail'],
    body: ['.main-content article .entry-content'],
    // Jetpack's sharing and related posts are the WordPress base's.
    bodyStrip: ['.newspack_global_ad'],
  },
  licenseNotices: [],
  clutter: {
    ads: ['.newspack_global_ad'],
    related: ['nav.post-navigation', '.main-content .author-bio'],
    comments: ['#comments'],
    sidebar: ['aside#secondary.widget-area'],
    popups: ['.newspack-popup-container'],
  },
});
