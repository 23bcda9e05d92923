// @ts-check
// A page as a cache/optimisation plugin (Autoptimize, WP Rocket, LiteSpeed, W3TC, SiteGround
// Optimizer) serves it from a CDN host: every theme and plugin stylesheet and script is combined
// into one file of a hashed name, their <link>/<script> tags (and the ids WordPress gave them)
// are gone, and what is left is the markup: body classes, the theme's own wrappers and classes,
// inline settings objects, JSON-LD. Shared by the unit tests and the real-themes bench.

const ASSET_TAG =
  /<link\b[^>]*\bhref=["'][^"']*\/wp-content\/(?:themes|plugins)\/[^>]*>|<script\b[^>]*\bsrc=["'][^"']*\/wp-content\/(?:themes|plugins)\/[^>]*>\s*<\/script>/gi;

/**
 * The page with its theme and plugin assets combined and renamed.
 * @param {string} html
 */
export function combineAssets(html) {
  let first = true;
  return html.replace(ASSET_TAG, (/** @type {string} */ tag) => {
    if (!first) return '';
    first = false;
    const combined = 'https://cdn.example-cdn.net/wp-content/cache/autoptimize/css/autoptimize_5f0c3e.css';
    return tag.startsWith('<link') ? `<link rel="stylesheet" media="all" href="${combined}">` : `<script src="${combined.replace(/css/g, 'js')}"></script>`;
  });
}
