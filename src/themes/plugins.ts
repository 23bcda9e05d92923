import type { ClutterKind } from '../core/types';

// Clutter that autoblog plugins add whatever the theme (news-themes.md §6.1, H/M). Applied by
// clean() on recognised theme pages only, after the theme's own rules. Feedzy / WP Automatic
// source links are NOT here: they are the article's origin (extract/source.ts reads them).
export const PLUGIN_CLUTTER: Partial<Record<ClutterKind, string[]>> = {
  ads: [
    // Ad Inserter wraps every block in div.code-block.code-block-N.
    'div.code-block[class*="code-block-"]',
    'ins.adsbygoogle',
    'div[id^="div-gpt-ad-"]',
  ],
  share: ['.addtoany_share_save_container', '.a2a_kit', '.sharedaddy'],
  related: ['#jp-relatedposts', '.yarpp-related', '.crp_related'],
  cookie: ['#cmplz-cookiebanner-container', '.cmplz-cookiebanner', '.cky-consent-container', '#cookie-notice', '#cookie-law-info-bar'],
};

/**
 * Advanced Ads prints wrappers whose class starts with a random per-site prefix, announced in
 * the body class `aa-prefix-<prefix>-` (code, because the prefix is not known in advance).
 * Only its wrapper classes (`<prefix>target`, `<prefix>content`, `<prefix>widget`, …) are ads.
 */
export function advancedAdsSelectors(body: Element | null): string[] {
  const match = /(?:^|\s)aa-prefix-([a-z0-9]+-)(?=\s|$)/i.exec(body?.getAttribute('class') ?? '');
  if (!match) return [];
  const prefix = match[1];
  return [`div[class^="${prefix}"]`, `div[class*=" ${prefix}"]`, `div[id^="${prefix}"]`];
}

/** A theme license / activation bar of any vendor (§4): all three must hold. */
export const LICENSE_BAR = {
  /** Only direct children of body or of Jannah's container, with an inline fixed position. */
  candidates: 'body > div[style*="fixed"], #tie-container > div[style*="fixed"]',
  text: /\b(?:theme|licen[cs]e)\b.*\b(?:not (?:validated|activated|registered)|invalid purchase code)\b/i,
  vendors: [
    'tielabs.com',
    'themeforest.net',
    'tagdiv.com',
    'jegtheme.com',
    'pencidesign.net',
    'pencidesign.com',
    'themesphere.com',
    'betterstudio.com',
    'mvpthemes.com',
    'mekshq.com',
    'bringthepixel.com',
    'themegrill.com',
    'colorlib.com',
    'envato.com',
  ],
};

/**
 * Autoblog plugins' links to the original article (§5): Feedzy's "Read More" icon link, and WP
 * Automatic's default template line, a paragraph that is only a link labelled "Source link",
 * "Source" or "View Source". They become Article.source, never body text.
 */
export const PLUGIN_SOURCE = {
  /** Link elements: their href is the source; the article body drops them, href or not. */
  links: ['a.feedzy-rss-link-icon'],
  linkOnlyLine: /^(?:source link|source|view source)$/i,
};
