// @ts-check
// The pure parts of `npm run new-theme`: the theme file's text, its line in the registry, and the
// evidence a saved page gives for a first draft of its fingerprints. Kept apart from the command
// so that unit tests can read them without writing files.

/** A theme id is the kebab-case name of its file: `zox-news` → src/themes/zox-news.ts. */
export const THEME_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * `zox-news` → `zoxNews`, the name the theme file exports.
 * @param {string} id
 */
export function exportName(id) {
  return id.replace(/-([a-z0-9])/g, (/** @type {string} */ _, /** @type {string} */ letter) => letter.toUpperCase());
}

/**
 * `zox-news` → `Zox News`, a first guess at the name the README prints.
 * @param {string} id
 */
export function displayName(id) {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * What a saved page shows of its theme: the folder its assets come from and the body's
 * `wp-theme-*` class. Child themes load the parent's folder too; the first folder that is not a
 * child (`-child`) is the theme's.
 * @param {string} html
 * @returns {{ folder?: string, bodyClass?: string }}
 */
export function themeEvidence(html) {
  const folders = [...html.matchAll(/\/wp-content\/themes\/([A-Za-z0-9_.-]+)\//g)].map((match) => match[1]);
  const folder = folders.find((name) => !/-child$/i.test(name)) ?? folders[0];
  const bodyTag = /<body\b[^>]*\bclass\s*=\s*["']([^"']*)["']/i.exec(html)?.[1] ?? '';
  const bodyClass = bodyTag.split(/\s+/).find((name) => /^wp-theme-/.test(name) && !/-child$/.test(name));
  return { ...(folder ? { folder } : {}), ...(bodyClass ? { bodyClass } : {}) };
}

/** Class-name prefixes of WordPress itself and its common plugins: they say nothing of the theme. */
const SHARED_PREFIXES = new Set([
  'wp-',
  'post-',
  'entry-',
  'menu-',
  'page-',
  'widget-',
  'widget_',
  'has-',
  'is-',
  'screen-',
  'site-',
  'comment-',
  'cat-',
  'tag-',
  'single-',
  'format-',
  'type-',
  'category-',
  'align',
  'attachment-',
  'size-',
  'current-',
  'sub-',
  'search-',
  'nav-',
  'elementor-',
  'jetpack-',
  'sharedaddy',
  'fa-',
  'icon-',
  'col-',
  'logged-',
  'home-',
  'archive-',
  'author-',
  'meta-',
  'social-',
  'share-',
  'ad-',
  'ads-',
  'btn-',
  'button-',
  'sd-',
  'jp-',
  'yoast-',
  'cookie-',
  'lazy',
  'lazyload',
  'gallery-',
  'blocks-',
  'image-',
  'avatar-',
  'fn',
  'vcard',
  'hentry',
]);

/**
 * The class-name prefix a theme writes its own markup with (`td-`, `jeg_`, `tie-`, `mh-`): the
 * most used prefix, not WordPress's own, that both pages carry. Survives renamed asset folders
 * and combined stylesheets, which is why a theme's fingerprints should include one.
 * @param {string[]} pages
 */
export function themeClassPrefix(pages) {
  const counts = pages.map((html) => {
    const count = new Map();
    for (const [, value] of html.matchAll(/\bclass\s*=\s*["']([^"']*)["']/gi)) {
      for (const name of value.split(/\s+/)) {
        const prefix = /^([a-z][a-z0-9]{1,8}[-_])[a-z0-9]/i.exec(name)?.[1]?.toLowerCase();
        if (prefix && !SHARED_PREFIXES.has(prefix)) count.set(prefix, (count.get(prefix) ?? 0) + 1);
      }
    }
    return count;
  });
  let best;
  let bestCount = 4;
  for (const [prefix, count] of counts[0] ?? []) {
    const total = counts.every((other) => other.has(prefix)) ? counts.reduce((sum, other) => sum + (other.get(prefix) ?? 0), 0) : 0;
    if (total > bestCount) [best, bestCount] = [prefix, total];
  }
  return best;
}

/**
 * A priority no theme has: below every existing one, the new theme runs last until reviewed.
 * @param {number[]} existing
 */
export function freePriority(existing) {
  const lowest = Math.min(100, ...existing.filter((priority) => priority > 0));
  return Math.max(1, lowest - 5);
}

/**
 * The address a saved page gives itself (canonical link, then og:url), for its fixture's line 1.
 * @param {string} html
 * @param {string} fallback
 */
export function pageUrl(html, fallback) {
  const canonical = /<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0];
  const ogUrl = /<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>/i.exec(html)?.[0];
  for (const tag of [canonical, ogUrl]) {
    const url = tag && /\b(?:href|content)\s*=\s*["'](https?:\/\/[^"']+)["']/i.exec(tag)?.[1];
    if (url) return url;
  }
  return fallback;
}

/**
 * The theme file, for review: fingerprints from what the page shows, every extraction list left
 * to the WordPress base until the theme's own selectors are written in.
 * @param {string} id
 * @param {{ folder?: string, bodyClass?: string, classPrefix?: string }} evidence
 * @param {number} priority
 */
export function themeSource(id, evidence, priority) {
  const fingerprints = [];
  if (evidence.folder) {
    const path = `/themes/${evidence.folder}/`;
    fingerprints.push(`    { name: '${id}-assets', selector: 'link[href*="${path}"], script[src*="${path}"]' },`);
  }
  if (evidence.bodyClass) fingerprints.push(`    { name: '${evidence.bodyClass}', selector: 'body.${evidence.bodyClass}' },`);
  if (evidence.classPrefix) {
    const prefix = evidence.classPrefix;
    fingerprints.push(`    { name: '${prefix}markup', selector: '[class^="${prefix}"], [class*=" ${prefix}"]' },`);
  }
  return `import { defineTheme } from './define-theme';

// ${displayName(id)}: written by \`npm run new-theme\` from a saved single post and home page.
// Review before committing: give at least two fingerprints that survive child themes and cache
// plugins (body classes, the theme's own ids and classes), the theme's own selectors for the
// parts of a post (the WordPress base's follow them), and what its pages print as clutter.
export const ${exportName(id)} = defineTheme({
  id: '${id}',
  name: '${displayName(id)}',
  confidence: 'M',
  priority: ${priority},
  minSignals: 2,
  fingerprints: [
${fingerprints.join('\n')}
  ],
  extraction: {},
  licenseNotices: [],
  clutter: {},
});
`;
}

/**
 * The registry with the theme added: its import among the others and its name in the list,
 * both in alphabetical order.
 * @param {string} registry text of src/themes/index.ts
 * @param {string} id
 */
export function withThemeRegistered(registry, id) {
  const name = exportName(id);
  const lines = registry.split('\n');
  const importLine = `import { ${name} } from './${id}';`;
  if (lines.includes(importLine)) throw new Error(`src/themes/index.ts already lists ${name}`);
  const listStart = lines.findIndex((line) => /THEME_DEFINITIONS.*= \[$/.test(line));
  const listEnd = lines.findIndex((line, index) => index > listStart && line === '];');
  if (listStart < 0 || listEnd < 0) throw new Error('src/themes/index.ts: no THEME_DEFINITIONS list to add to');
  const entries = lines.slice(listStart + 1, listEnd).map((line) => line.trim().replace(/,$/, ''));
  // The theme imports are the first lines, one per listed theme.
  const themeImports = lines.slice(0, entries.length);
  if (!themeImports.every((line, index) => line.startsWith(`import { ${entries[index]} } from './`))) {
    throw new Error('src/themes/index.ts: expected one import per listed theme at the top, in list order');
  }
  const sorted = [...entries, name].sort((a, b) => a.localeCompare(b));
  const pathOf = (/** @type {string} */ entry) => (entry === name ? id : /from '\.\/([a-z0-9-]+)'/.exec(themeImports[entries.indexOf(entry)])?.[1]);
  const out = [...lines];
  out.splice(listStart + 1, listEnd - listStart - 1, ...sorted.map((entry) => `  ${entry},`));
  out.splice(0, entries.length, ...sorted.map((entry) => `import { ${entry} } from './${pathOf(entry)}';`));
  return out.join('\n');
}
