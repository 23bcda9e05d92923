// @vitest-environment node
// The content script's gate and sweeper (src/content/main.ts, theme-watch.ts, sweeper.ts) on
// real fixture pages under jsdom: the gate's two questions never let a theme page out, the
// pruned recognition picks what an exhaustive one picks, and the sliced sweeper hides what
// clean() hides, whatever the slice size.
import { describe, expect, it } from 'vitest';
import { clean, cleanMatches } from '../../src/core/clean';
import { HIDDEN_ATTRIBUTE } from '../../src/core/undo-steps';
import { articleNodes, clutterSelectors } from '../../src/core/clean-targets';
import { matchTheme } from '../../src/core/match-theme';
import { fingerprintPresent, recogniseTheme } from '../../src/core/recognise';
import { themeEvidenceSelector, themeWrapperSelector } from '../../src/core/theme-evidence';
import { detect } from '../../src/core/detect';
import { looksLikeWordPress, WORDPRESS_SIGNS } from '../../src/core/wordpress-signs';
import { createSweeper } from '../../src/content/sweeper';
import { THEMES } from '../../src/themes';
import { THEME_READING } from '../../src/themes/reading';
import type { ThemeRecognition } from '../../src/themes/types';
import { CLUTTER_KINDS } from '../../src/core/types';
import { fixtureNames, jsdomDocument, loadFixture } from '../helpers/fixtures';
import { combineAssets } from '../helpers/cache-plugin.mjs';

const THEME_FIXTURES = fixtureNames().filter((name) => THEMES.some((rule) => name.startsWith(`${rule.id}-`)));

/** The old, exhaustive recognition: every fingerprint of every rule asked. */
function exhaustive(document: Document, rules: readonly ThemeRecognition[]): string | null {
  for (const rule of rules) {
    const matched = rule.fingerprints.filter((fingerprint) => fingerprintPresent(document, fingerprint));
    if (matched.length < rule.minSignals) continue;
    if (rule.fingerprints.some((fingerprint) => fingerprint.required && !matched.includes(fingerprint))) continue;
    return rule.id;
  }
  return null;
}

/** Index paths of the elements that end up invisible: hidden themselves or inside a hidden one. */
function invisible(document: Document): string[] {
  const paths: string[] = [];
  const walk = (element: Element, path: string, hidden: boolean) => {
    const isHidden = hidden || element.hasAttribute(HIDDEN_ATTRIBUTE);
    if (isHidden) paths.push(path);
    for (const [index, child] of Array.from(element.children).entries()) walk(child, `${path}/${index}`, isHidden);
  };
  walk(document.documentElement, '', false);
  return paths;
}

describe('gate data', () => {
  it('there are theme fixtures to check against', () => {
    expect(THEME_FIXTURES.length).toBeGreaterThanOrEqual(THEMES.length * 2);
  });
});

describe('recognition', () => {
  for (const name of fixtureNames()) {
    it(`${name}: the pruned recognition agrees with the exhaustive one`, () => {
      const document = jsdomDocument(loadFixture(name));
      const expected = looksLikeWordPress(document) ? exhaustive(document, THEMES) : null;
      const gate = looksLikeWordPress(document) ? (recogniseTheme(document, THEMES)?.rule.id ?? null) : null;
      expect(gate).toBe(expected);
      expect(matchTheme(document, THEMES)?.rule.id ?? null).toBe(expected);
      expect(matchTheme(document, THEME_READING)?.rule.id ?? null).toBe(expected);
    });

    it(`${name}: the gate's element-free first question never lets a WordPress page out`, () => {
      const document = jsdomDocument(loadFixture(name));
      // A null here ends the content script on the page: it must never be null on WordPress.
      if (looksLikeWordPress(document)) expect(document.querySelector(WORDPRESS_SIGNS)).not.toBeNull();
      // ...and it is not a blanket yes: the not-news pages without WordPress stay out.
      if (name.startsWith('notnews-') && !looksLikeWordPress(document)) expect(document.querySelector(WORDPRESS_SIGNS)).toBeNull();
    });
  }
});

describe('theme evidence (the gate asks it before the fingerprints)', () => {
  it('fingerprints keep commas out of attribute values and brackets (the evidence cuts lists at every comma)', () => {
    const bracketed = THEMES.flatMap((rule) => rule.fingerprints.flatMap((fingerprint) => fingerprint.selector.match(/\[[^\]]*\]|\([^)]*\)/g) ?? []));
    expect(bracketed.length).toBeGreaterThan(10);
    expect(bracketed.filter((part) => part.includes(','))).toEqual([]);
  });

  it("is the parts of the rules' fingerprints about a <link>, a <script> or the <body> tag itself", () => {
    const [jannah] = THEMES.filter((rule) => rule.id === 'jannah');
    expect(themeEvidenceSelector([jannah])).toBe(
      'body#tie-body, link[id^="tie-css-"], link[href*="/themes/jannah/assets/"], script#tie-scripts-js, script#tie-scripts-js-extra, script[src*="/themes/jannah/assets/js/"], body.wp-theme-jannah, script#tie-schema-json',
    );
    const [sahifa] = THEMES.filter((rule) => rule.id === 'sahifa');
    // "body#top > div.wrapper-outer" is about a child of body, ".theme-notice a[...]" is deep.
    expect(themeEvidenceSelector([sahifa])).toBe(
      'link[href*="/themes/sahifa"], script[src*="/themes/sahifa"], body[class*="wp-theme-sahifa"], script.tie-schema-graph',
    );
    expect(themeWrapperSelector([sahifa])).toBe('body#top > div.wrapper-outer');
  });

  it('every rule leaves some evidence to ask (else the gate would never recognise it)', () => {
    for (const rule of THEMES) expect(`${rule.id}: ${themeEvidenceSelector([rule])}`).toMatch(/: \S/);
  });

  const evidence = themeEvidenceSelector(THEMES);
  for (const name of fixtureNames()) {
    it(`${name}: a page the fingerprints recognise shows evidence; the not-news pages show none`, () => {
      const document = jsdomDocument(loadFixture(name));
      const found = document.querySelector(evidence) !== null;
      // Pages whose assets were combined show a theme wrapper instead (next block).
      if (exhaustive(document, THEMES)) expect(found || gateLetsIn(document)).toBe(true);
      if (name.startsWith('notnews-')) expect(found).toBe(false);
    });
  }
});

/**
 * The content script's gate as it runs (main.ts): at <body>, the evidence in <head> or on the
 * <body> tag; then each child of <body> as the parser adds it, against the theme wrappers.
 */
function gateLetsIn(document: Document): boolean {
  if (document.querySelector(WORDPRESS_SIGNS) === null) return false;
  const evidence = themeEvidenceSelector(THEMES);
  const wrappers = themeWrapperSelector(THEMES);
  if (document.head?.querySelector(evidence) || document.body?.matches(evidence)) return true;
  return Array.from(document.body?.children ?? []).some((child) => child.matches(wrappers));
}

describe('the gate lets in theme pages as cache plugins serve them', () => {
  it('wrappers are the fingerprint parts about a child of <body>', () => {
    const wrappers = themeWrapperSelector(THEMES).split(', ');
    expect(wrappers).toContain('body > div#td-outer-wrap');
    expect(wrappers).toContain('body#top > div.wrapper-outer');
    expect(wrappers.every((part) => /^body\S* > \S+$/.test(part))).toBe(true);
  });

  for (const name of THEME_FIXTURES) {
    it(`${name}: let in as served, and with every theme and plugin asset combined and renamed`, () => {
      const fixture = loadFixture(name);
      const id = exhaustive(jsdomDocument(fixture), THEMES);
      expect(id).not.toBeNull();
      expect(gateLetsIn(jsdomDocument(fixture))).toBe(true);
      const combined = { ...fixture, html: combineAssets(fixture.html) };
      expect(combined.html).not.toMatch(/\/wp-content\/themes\/[^"']*\.(?:css|js)/);
      expect(gateLetsIn(jsdomDocument(combined)), 'gate, assets combined').toBe(true);
      expect(detect(jsdomDocument(combined)).theme?.id, 'recognised, assets combined').toBe(id);
    });
  }

  for (const name of fixtureNames().filter((name) => name.startsWith('notnews-') || name.startsWith('generic-'))) {
    it(`${name}: another theme's page stays out`, () => {
      expect(gateLetsIn(jsdomDocument(loadFixture(name)))).toBe(false);
    });
  }
});

describe('sweeper', () => {
  for (const name of THEME_FIXTURES) {
    for (const sliceDeadline of [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      const label = sliceDeadline < 0 ? 'in slices of 32 elements' : 'in one slice';
      it(`${name}: ${label}, it hides what clean() hides`, () => {
        const fixture = loadFixture(name);
        const reference = jsdomDocument(fixture);
        clean(reference, { mode: 'hide' });
        // License notices are clean()'s to detach; the sweeper only looks for clutter.
        const document = jsdomDocument(fixture);
        const rule = matchTheme(document, THEMES)!.rule;
        const notices = clean(document, { mode: 'hide', kinds: Object.fromEntries(CLUTTER_KINDS.map((kind) => [kind, false])) });
        expect(notices.recognised).toBe(true);
        const protectedNodes = articleNodes(document, rule);
        const sweeper = createSweeper(document, clutterSelectors(rule, document), () => protectedNodes);
        sweeper.add([document.documentElement]);
        let slices = 0;
        while (sweeper.pending) {
          const before = sweeper.visited;
          const matches = sweeper.next(sliceDeadline);
          if (sliceDeadline < 0) expect(sweeper.visited - before).toBeLessThanOrEqual(32);
          cleanMatches(matches, { rule, protectedNodes, mode: 'hide' });
          slices += 1;
        }
        if (sliceDeadline > 0) expect(slices).toBe(1);
        else expect(slices).toBeGreaterThan(1);
        expect(invisible(document)).toEqual(invisible(reference));
        expect(invisible(document).length).toBeGreaterThan(0);
      });
    }
  }
});
