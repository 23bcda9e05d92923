// @vitest-environment jsdom
// extract(document, { themeId }): the popup passes the theme the content script recognised
// before it cleaned the page, and the page is not recognised again (cleaning or a cache plugin
// may have left too few fingerprints for that).
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/core/extract';
import type { Article } from '../../src/core/types';
import { jsdomDocument, loadFixture, readExpected } from '../helpers/fixtures';

/**
 * The seed page with its theme's traces gone, as cleaning and a cache plugin can leave it: no
 * theme asset, script or schema id, no theme ids or body class, no license bar.
 */
function withoutFingerprints(): Document {
  const document = jsdomDocument(loadFixture('jannah-seed'));
  for (const element of document.querySelectorAll('link[id^="tie-"], link[href*="/themes/"], script[id^="tie-"], script[src*="/themes/"], .theme-notice'))
    element.remove();
  for (const element of document.querySelectorAll('#tie-container, #tie-wrapper, #tie-body')) element.removeAttribute('id');
  for (const image of document.querySelectorAll('img[class*="attachment-jannah-image-"]')) image.className = 'wp-post-image';
  document.body.className = 'single single-post';
  return document;
}

describe('extract with a known theme', () => {
  const expected = readExpected<Article>('jannah-seed', 'expected') as Article;

  test('uses the named theme rule without recognising the page again', () => {
    const article = extract(withoutFingerprints(), { url: loadFixture('jannah-seed').url, themeId: 'jannah' });
    expect(article?.theme).toEqual(expected.theme);
    expect(article?.text).toBe(expected.text);
    expect(article?.category).toBe(expected.category);
  });

  test('the same page without the name is not recognised as the theme', () => {
    const article = extract(withoutFingerprints(), { url: loadFixture('jannah-seed').url });
    expect(article?.theme).toBeUndefined();
  });

  test('an unknown theme id is ignored', () => {
    const fixture = loadFixture('jannah-seed');
    const article = extract(jsdomDocument(fixture), { url: fixture.url, themeId: 'no-such-theme' });
    expect(article?.theme).toEqual(expected.theme);
  });
});
