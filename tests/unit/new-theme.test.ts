// @vitest-environment node
// `npm run new-theme`'s pure parts: the theme file it drafts, the registry edit, and what it
// reads of a saved page. The registry test runs on the real src/themes/index.ts, so a change to
// that file's shape that the command cannot edit fails here, not on the next new theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  displayName,
  exportName,
  freePriority,
  pageUrl,
  THEME_ID,
  themeClassPrefix,
  themeEvidence,
  themeSource,
  withThemeRegistered,
} from '../../scripts/new-theme/template.mjs';
import { THEME_DEFINITIONS } from '../../src/themes/index';

const REGISTRY = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'themes', 'index.ts'), 'utf8');

const CHILD_THEME_SINGLE = `<!DOCTYPE html><html><head>
<link rel="canonical" href="https://valley.example/2026/bridge/">
<link rel="stylesheet" href="https://valley.example/wp-content/themes/mh-magazine-child/style.css">
<link rel="stylesheet" href="https://valley.example/wp-content/themes/mh-magazine/style.css?ver=3.8.6">
</head><body class="post-template-default single wp-theme-mh-magazine wp-child-theme-mh-magazine-child">
<div class="mh-container mh-container-outer"><header class="mh-header"><div class="mh-site-logo"></div></header>
<article class="post hentry"><h1 class="entry-title">Bridge</h1><div class="entry-content mh-clearfix"><p>Text.</p></div></article></div></body></html>`;
const HOME = `<!DOCTYPE html><html><head></head><body class="home blog wp-theme-mh-magazine"><div class="mh-wrapper mh-home"><div class="mh-col">
<a class="wp-block-button" href="/a">A</a></div></div></body></html>`;

describe('new-theme', () => {
  test('names: the file id, the export and a first display name', () => {
    expect(THEME_ID.test('zox-news')).toBe(true);
    expect(THEME_ID.test('Zox_News')).toBe(false);
    expect(THEME_ID.test('../jannah')).toBe(false);
    expect(exportName('newspaper-x')).toBe('newspaperX');
    // An export name cannot start with a digit: a theme like 15Zine is written zine-15.
    expect(THEME_ID.test('15zine')).toBe(false);
    expect(displayName('mh-magazine')).toBe('Mh Magazine');
  });

  test('reads the parent theme of a child theme, its body class and its class prefix', () => {
    expect(themeEvidence(CHILD_THEME_SINGLE)).toEqual({ folder: 'mh-magazine', bodyClass: 'wp-theme-mh-magazine' });
    expect(themeClassPrefix([CHILD_THEME_SINGLE, HOME])).toBe('mh-');
    expect(themeClassPrefix(['<p class="wp-block-x post-y">', '<p class="wp-block-z">'])).toBeUndefined();
  });

  test("a page's own address is its fixture's line 1, else the fallback", () => {
    expect(pageUrl(CHILD_THEME_SINGLE, 'https://x.example/')).toBe('https://valley.example/2026/bridge/');
    expect(pageUrl('<meta property="og:url" content="https://a.example/p/">', 'https://x.example/')).toBe('https://a.example/p/');
    expect(pageUrl('<link rel="canonical" href="javascript:alert(1)">', 'https://x.example/')).toBe('https://x.example/');
  });

  test('drafts a theme file with its fingerprints, a priority no theme has, and the base for the rest', () => {
    const priorities = THEME_DEFINITIONS.map((theme) => theme.priority);
    const priority = freePriority(priorities);
    expect(priorities).not.toContain(priority);
    expect(priority).toBeGreaterThan(0);
    const source = themeSource('mh-magazine', { folder: 'mh-magazine', bodyClass: 'wp-theme-mh-magazine', classPrefix: 'mh-' }, priority);
    expect(source).toContain('export const mhMagazine = defineTheme({');
    expect(source).toContain("id: 'mh-magazine',");
    expect(source).toContain(`priority: ${priority},`);
    expect(source).toContain(`{ name: 'mh-magazine-assets', selector: 'link[href*="/themes/mh-magazine/"], script[src*="/themes/mh-magazine/"]' },`);
    expect(source).toContain(`{ name: 'wp-theme-mh-magazine', selector: 'body.wp-theme-mh-magazine' },`);
    expect(source).toContain(`{ name: 'mh-markup', selector: '[class^="mh-"], [class*=" mh-"]' },`);
    expect(source).toContain('extraction: {},');
  });

  test('adds the theme to the real registry in alphabetical order, import and list entry', () => {
    const edited = withThemeRegistered(REGISTRY, 'news-pulse');
    const lines = edited.split('\n');
    const imports = lines.filter((line) => /^import \{ \w+ \} from '\.\/[a-z0-9-]+';$/.test(line) && !/with-base|wordpress/.test(line));
    expect(imports).toContain("import { newsPulse } from './news-pulse';");
    expect(imports).toEqual([...imports].sort((a, b) => a.localeCompare(b)));
    expect(lines).toContain('  newsPulse,');
    expect(edited.split('\n').length).toBe(REGISTRY.split('\n').length + 2);
    expect(() => withThemeRegistered(edited, 'news-pulse')).toThrow(/already lists/);
    for (const theme of THEME_DEFINITIONS) expect(() => withThemeRegistered(REGISTRY, theme.id)).toThrow(/already lists/);
  });
});
