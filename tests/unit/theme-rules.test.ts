// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { detect } from '../../src/core/detect';
import { fingerprintPresent } from '../../src/core/recognise';
import { THEME_DEFINITIONS, THEMES, type ThemeRule } from '../../src/themes';
import { defineTheme } from '../../src/themes/define-theme';
import { advancedAdsSelectors, LICENSE_BAR, PLUGIN_CLUTTER, PLUGIN_SOURCE } from '../../src/themes/plugins';
import type { ThemeDefinition } from '../../src/themes/types';
import { withBase } from '../../src/themes/with-base';
import { wordpress } from '../../src/themes/wordpress';
import { fixtureNames, jsdomDocument, linkedomDocument, loadFixture } from '../helpers/fixtures';

// Rule-data tests in the manner of Refined GitHub's and Dark Reader's: every rule is data, and
// the data is checked against real-looking pages. A rule without fixtures, a selector that does
// not parse, or an extraction/clutter selector that matches nothing in the rule's own fixtures
// (dead or mistyped data) fails here.

/** The rule a fixture belongs to: the longest rule id that prefixes its name ("newspaper-x-…" is not "newspaper"). */
function ruleOfFixture(name: string): ThemeRule | undefined {
  return [...THEMES].filter((rule) => name.startsWith(`${rule.id}-`)).sort((a, b) => b.id.length - a.id.length)[0];
}

/** The rule's own data, before the registry added the WordPress base's lists. */
const ownData = (rule: ThemeRule): ThemeDefinition => THEME_DEFINITIONS.find((theme) => theme.id === rule.id)!;

const allFixtures = fixtureNames();
const fixturesOf = (rule: ThemeRule) => allFixtures.filter((name) => ruleOfFixture(name) === rule);
const documents = new Map(allFixtures.map((name) => [name, jsdomDocument(loadFixture(name))]));
const matchesIn = (names: readonly string[], selector: string) => names.some((name) => documents.get(name)!.querySelector(selector) !== null);

interface RuleSelectors {
  clutter: object;
  extraction: object;
}

function selectorsOf(rule: RuleSelectors): Array<[string, string]> {
  const entries = (group: string, lists: object) =>
    Object.entries(lists as Record<string, string[] | undefined>).flatMap(([key, list]) =>
      (list ?? []).map((selector: string): [string, string] => [`${group}.${key}`, selector]),
    );
  return [...entries('clutter', rule.clutter), ...entries('extraction', rule.extraction)];
}

describe.each(THEMES.map((rule) => [rule.id, rule] as const))('theme rule %s', (_id, rule) => {
  test('has a single-post fixture and a home or category fixture', () => {
    expect(allFixtures, `tests/fixtures/${rule.id}-single.html is missing`).toContain(`${rule.id}-single`);
    expect(allFixtures, `tests/fixtures/${rule.id}-home.html is missing`).toContain(`${rule.id}-home`);
  });

  test('every fixture of the rule is detected as its theme (jsdom and linkedom)', () => {
    const names = fixturesOf(rule);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const fixture = loadFixture(name);
      expect(detect(jsdomDocument(fixture)).theme?.id, `${name} under jsdom`).toBe(rule.id);
      expect(detect(linkedomDocument(fixture)).theme?.id, `${name} under linkedom`).toBe(rule.id);
    }
  });

  test('the home/category fixture is recognised but is not an article', () => {
    const detection = detect(documents.get(`${rule.id}-home`)!);
    expect(detection.theme?.id).toBe(rule.id);
    expect(detection.isArticle).toBe(false);
  });

  test('every selector is valid CSS', () => {
    const probe = documents.get(`${rule.id}-single`) ?? document;
    const all = [
      ...rule.fingerprints.map((fingerprint) => fingerprint.selector).filter(Boolean),
      ...rule.licenseNotices.map((notice) => notice.selector),
      ...selectorsOf(rule).map(([, selector]) => selector),
    ];
    for (const selector of all) expect(() => probe.querySelector(selector), selector).not.toThrow();
  });

  test("each of the rule's own extraction and clutter selectors matches in one of its fixtures", () => {
    // Themes that take another's data whole (Newsmag, Newspaper's) share their fixtures here.
    const own = ownData(rule);
    const names = THEMES.filter((other) => ownData(other).extraction === own.extraction && ownData(other).clutter === own.clutter).flatMap(fixturesOf);
    const dead = selectorsOf(own).filter(([, selector]) => !matchesIn(names, selector));
    expect(dead).toEqual([]);
  });

  test('each fingerprint matches in one of its fixtures; defensive rules need two signals', () => {
    const names = fixturesOf(rule);
    const unseen = rule.fingerprints.filter((fingerprint) => !names.some((name) => fingerprintPresent(documents.get(name)!, fingerprint)));
    expect(unseen.map((f) => f.name)).toEqual([]);
    // A fingerprint with neither a selector nor a script would be dead data.
    expect(rule.fingerprints.filter((fingerprint) => !fingerprint.selector && !fingerprint.script)).toEqual([]);
    expect(rule.minSignals).toBeGreaterThanOrEqual(2);
    expect(rule.fingerprints.length).toBeGreaterThan(rule.minSignals);
    // The generator meta is never evidence (news-themes.md §1.5).
    expect(rule.fingerprints.filter((fingerprint) => /generator/i.test(fingerprint.selector))).toEqual([]);
    expect(rule.confidence, 'every rule states the confidence of its facts').toMatch(/^[HML]$/);
  });
});

describe('rule order', () => {
  test('THEMES is ordered by explicit, distinct priorities, highest first', () => {
    const priorities = THEMES.map((rule) => rule.priority);
    expect(priorities.every((priority) => Number.isInteger(priority) && priority > 0)).toBe(true);
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  test('ids are unique and the generic WordPress base is not a recognisable theme', () => {
    const ids = THEMES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(wordpress.id);
  });

  test('Newsmag (which requires its own stylesheet) runs before Newspaper, whose markup it shares', () => {
    const ids = THEMES.map((rule) => rule.id);
    expect(ids.indexOf('newsmag')).toBeLessThan(ids.indexOf('newspaper'));
  });
});

describe('the WordPress base', () => {
  const theme = defineTheme({
    id: 't',
    name: 'T',
    confidence: 'H',
    priority: 1,
    minSignals: 2,
    fingerprints: [],
    extraction: { title: ['h1.t-title', 'h1.entry-title'] },
    licenseNotices: [{ selector: 'div.t-notice', textStartsWith: ['T License'] }],
    clutter: { ads: ['.t-ad'] },
  });

  test('withBase puts the theme selectors first and the base after, without duplicates', () => {
    const rule = withBase(theme, wordpress);
    expect(rule.extraction.title).toEqual(['h1.t-title', 'h1.entry-title', 'h1.wp-block-post-title']);
    expect(rule.extraction.body).toEqual(wordpress.extraction.body);
    expect(rule.extraction.bodyStrip).toEqual(wordpress.extraction.bodyStrip);
    expect(Object.keys(rule.extraction).sort()).toEqual(Object.keys(wordpress.extraction).sort());
    expect(rule.clutter).toEqual({ ads: ['.t-ad'] });
    expect(rule.licenseNotices).toEqual(theme.licenseNotices);
    expect({ id: rule.id, name: rule.name, priority: rule.priority, fingerprints: rule.fingerprints }).toEqual({
      id: 't',
      name: 'T',
      priority: 1,
      fingerprints: [],
    });
    // The theme's own data is left as written.
    expect(theme.extraction.body).toBeUndefined();
  });

  test('a theme is frozen all the way down', () => {
    expect(Object.isFrozen(theme)).toBe(true);
    expect(Object.isFrozen(theme.extraction.title)).toBe(true);
    expect(Object.isFrozen(theme.licenseNotices[0].textStartsWith)).toBe(true);
    expect(THEME_DEFINITIONS.every((definition) => Object.isFrozen(definition.clutter) && Object.isFrozen(definition.fingerprints))).toBe(true);
  });

  test('every base selector is valid CSS', () => {
    for (const [, selector] of selectorsOf(wordpress)) expect(() => document.querySelector(selector), selector).not.toThrow();
  });
});

describe('plugin clutter (any theme)', () => {
  test('every plugin selector is valid and matches in at least one fixture', () => {
    const selectors = Object.values(PLUGIN_CLUTTER).flat() as string[];
    for (const selector of [...selectors, ...PLUGIN_SOURCE.links, LICENSE_BAR.candidates]) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
    }
    expect(selectors.filter((selector) => !matchesIn(allFixtures, selector))).toEqual([]);
    expect(PLUGIN_SOURCE.links.filter((selector) => !matchesIn(allFixtures, selector))).toEqual([]);
  });

  test('Advanced Ads: the random prefix comes from the body class, and only with it', () => {
    const body = document.createElement('body');
    body.className = 'single aa-prefix-xk3f9- wp-theme-jannah';
    expect(advancedAdsSelectors(body)).toEqual(['div[class^="xk3f9-"]', 'div[class*=" xk3f9-"]', 'div[id^="xk3f9-"]']);
    body.className = 'single wp-theme-jannah';
    expect(advancedAdsSelectors(body)).toEqual([]);
    expect(advancedAdsSelectors(null)).toEqual([]);
  });
});
