import { describe, expect, test } from 'vitest';
import { clean, cleanWithUndo } from '../../src/core/clean';
import type { Article, CleanReport } from '../../src/core/types';
import { fixtureNames, jsdomDocument, linkedomDocument, loadFixture, readExpected } from '../helpers/fixtures';

// Every fixture with a <name>.clean.json gets cleaned under jsdom and linkedom and must match
// the expected report in full; every paragraph, caption and credit of its expected Article
// must still be in the document afterwards.

interface ExpectedClean {
  recognised: boolean;
  removed: Array<{ kind: string; element: string }>;
}

const cases = fixtureNames().filter((name) => readExpected(name, 'clean') !== undefined);

function summary(report: CleanReport): ExpectedClean {
  return { recognised: report.recognised, removed: report.removed.map(({ kind, element }) => ({ kind, element })) };
}

function articleTexts(article: Article | null): string[] {
  if (!article) return [];
  const figures = article.figures.flatMap((figure) => [figure.caption, figure.credit]);
  return [...article.text.split('\n\n'), ...figures, article.title].filter((text): text is string => Boolean(text));
}

describe.each(['jsdom', 'linkedom'] as const)('clean() under %s', (parser) => {
  test.each(cases)('%s', (name) => {
    const fixture = loadFixture(name);
    const document = parser === 'jsdom' ? jsdomDocument(fixture) : linkedomDocument(fixture);
    const before = document.documentElement.outerHTML;
    const report = clean(document);
    expect(summary(report)).toEqual(readExpected<ExpectedClean>(name, 'clean'));
    if (!report.recognised) expect(document.documentElement.outerHTML).toBe(before);
    const pageText = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
    for (const text of articleTexts(readExpected<Article | null>(name, 'expected') ?? null)) {
      expect(pageText).toContain(text.replace(/\s+/g, ' '));
    }
    expect(pageText).not.toContain('License is not validated');
  });
});

test('every fixture is covered by a clean expectation', () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(fixtureNames().filter((name) => !cases.includes(name))).toEqual([]);
});

describe('cleanWithUndo', () => {
  test('hide mode keeps nodes in place and undo restores the page exactly', () => {
    const document = jsdomDocument(loadFixture('jannah-seed'));
    const before = document.documentElement.outerHTML;
    const session = cleanWithUndo(document, { mode: 'hide' });
    expect(document.querySelector('.theme-notice')).toBeNull();
    const hidden = document.querySelectorAll('[data-broadsheet-hidden]');
    expect(hidden.length).toBe(session.report.removed.length - (session.report.counts.license ?? 0));
    for (const element of Array.from(hidden)) expect((element as HTMLElement).style.getPropertyPriority('display')).toBe('important');
    session.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('kinds turned off are left alone', () => {
    const document = jsdomDocument(loadFixture('jannah-seed'));
    const report = clean(document, { kinds: { ads: false } });
    expect(report.counts.ads).toBeUndefined();
    expect(document.querySelectorAll('.stream-item').length).toBeGreaterThan(0);
    expect(report.counts.license).toBe(1);
  });

  test('a harmless div.theme-notice on a page no rule knows is not touched', () => {
    const document = jsdomDocument({
      name: 'inline',
      url: 'https://app.example/',
      html: '<!DOCTYPE html><html><body><div class="theme-notice">Your dashboard theme was updated.</div><p>Hello</p></body></html>',
    });
    const before = document.documentElement.outerHTML;
    expect(clean(document).recognised).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test("a license-like notice on a Jannah page whose text is not the theme's own stays", () => {
    const document = jsdomDocument(loadFixture('jannah-seed'));
    const notice = document.querySelector('.theme-notice')!;
    notice.textContent = 'Site maintenance tonight from 22:00.';
    expect(clean(document).counts.license).toBeUndefined();
    expect(document.querySelector('.theme-notice')).not.toBeNull();
  });
});
