// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { matchesOnly, robustSelector } from '../../src/core/robust-selector';
import { selectorProblem } from '../../src/core/selector-check';
import { cssIdent, isStableClass, isStableId } from '../../src/core/selector-words';
import { jsdomDocument, loadFixture } from '../helpers/fixtures';

// The picker's selector: the shortest that matches the picked element alone, from stable ids,
// then stable classes, then an anchoring ancestor, then (last) a short nth-of-type path.

function page(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;
}

/** The selector for the element marked data-target, checked to match it alone. */
function selectorFor(body: string): string {
  const document = page(body);
  const target = document.querySelector('[data-target]');
  if (!target) throw new Error('no [data-target] in the test page');
  const selector = robustSelector(target);
  expect(selector).not.toBeNull();
  expect(document.querySelectorAll(selector as string)).toHaveLength(1);
  expect(document.querySelector(selector as string)).toBe(target);
  return selector as string;
}

describe('robustSelector', () => {
  test('a stable id first', () => {
    expect(selectorFor('<div class="box"><aside id="sidebar" class="widget-area" data-target></aside></div>')).toBe('#sidebar');
  });

  test('generated ids are skipped for a stable class', () => {
    for (const id of [
      'ember1234',
      'post-48213',
      'a3f9c2d1e0',
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      ':r1:',
      'radix-12',
      'react-select-2-input',
      'x'.repeat(41),
    ]) {
      expect(selectorFor(`<div id="${id}" class="promo-box" data-target></div><div class="other"></div>`), id).toBe('.promo-box');
    }
  });

  test('state, behaviour, utility and hashed classes are skipped', () => {
    const noisy = 'active is-open js-toggle css-1q2w3e sc-bdVaJa mt-4 md:flex w-full col-md-6 d-none Title_main__a1B2c _3xKt9 post-12345 newsletter-signup';
    expect(selectorFor(`<div class="${noisy}" data-target></div><div class="active is-open mt-4"></div>`)).toBe('.newsletter-signup');
  });

  test('the tag and the class together when the class alone is shared', () => {
    expect(selectorFor('<p class="note">a</p><div class="note" data-target>b</div>')).toBe('div.note');
  });

  test('two classes together when each alone is shared', () => {
    expect(
      selectorFor(
        '<div class="card ad"></div><div class="card sponsor"></div><div class="banner sponsor"></div><div class="card sponsor banner" data-target></div>',
      ),
    ).toBe('.banner.card');
  });

  test('anchored on a stable ancestor when the element alone is not unique', () => {
    const body = '<div id="sidebar"><h3 class="widget-title">a</h3></div><div id="footer"><div><h3 class="widget-title" data-target>b</h3></div></div>';
    expect(selectorFor(body)).toBe('#footer .widget-title');
  });

  test('an nth-of-type path only as a last resort, short, from the nearest stable ancestor', () => {
    const body = '<ul id="links"><li>a</li><li data-target>b</li><li>c</li></ul><ul><li>d</li><li>e</li></ul>';
    expect(selectorFor(body)).toBe('#links > li:nth-of-type(2)');
  });

  test('never a long path where a class deep down tells the element apart', () => {
    const deep = `${'<div>'.repeat(12)}<span class="byline-ad" data-target>x</span>${'</div>'.repeat(12)}`;
    expect(selectorFor(`${deep}${deep.replace(' data-target', '').replace('byline-ad', 'byline')}`)).toBe('.byline-ad');
  });

  test('a unique landmark tag when nothing else names it', () => {
    expect(selectorFor('<div><aside data-target><p>x</p></aside></div><div><p>y</p></div>')).toBe('aside');
  });

  test('ids and classes with characters CSS must escape', () => {
    expect(selectorFor('<div id="main.story" data-target></div>')).toBe('#main\\.story');
    expect(selectorFor('<div class="مقالة" data-target></div><div class="x"></div>')).toBe('.مقالة');
  });

  test('the page itself and detached elements', () => {
    const document = page('<p>x</p>');
    expect(robustSelector(document.body)).toBe('body');
    expect(robustSelector(document.documentElement)).toBe('html');
    expect(robustSelector(document.createElement('div'))).toBeNull();
  });

  test('every element of a real theme page gets a sound selector that matches it alone, rarely by position', () => {
    const document = jsdomDocument(loadFixture('jannah-full'));
    const elements = Array.from(document.body.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(100);
    let positional = 0;
    for (const element of elements) {
      const selector = robustSelector(element);
      expect(selector, element.outerHTML.slice(0, 80)).not.toBeNull();
      expect(selectorProblem(selector, document), selector as string).toBeNull();
      expect(matchesOnly(document, selector as string, element), selector as string).toBe(true);
      const steps = (selector as string).match(/:nth-of-type/g)?.length ?? 0;
      if (steps > 0) positional += 1;
      // A short path: the nearest stable ancestor is never far on a theme page.
      expect(steps, selector as string).toBeLessThanOrEqual(8);
    }
    // Most elements of a theme page carry a stable id or class near them.
    expect(positional / elements.length).toBeLessThan(0.6);
  });
});

describe('selector words', () => {
  test('stable and unstable ids', () => {
    expect(isStableId('main-content')).toBe(true);
    expect(isStableId('tie-wrapper')).toBe(true);
    expect(isStableId('post-12345')).toBe(false);
    expect(isStableId('ember42a')).toBe(false);
    expect(isStableId('has space')).toBe(false);
  });

  test('stable and unstable classes', () => {
    for (const name of ['entry-content', 'td-post-content', 'h-entry', 'top-bar', 'left-sidebar', 'jeg_block_1', 'widget_text'])
      expect(isStableClass(name), name).toBe(true);
    for (const name of [
      'active',
      'is-sticky',
      'js-menu',
      'lg:block',
      'px-4',
      'h-12',
      'col-lg-8',
      'd-flex',
      'css-x7y8z9',
      'Header_root__3kP9q',
      'fade',
      'lazyloaded',
    ])
      expect(isStableClass(name), name).toBe(false);
  });

  test('cssIdent matches CSS.escape', () => {
    const { CSS } = new JSDOM('').window as unknown as { CSS?: { escape(text: string): string } };
    const samples = ['a.b', '1x', '-1x', '-', 'a b', 'ok_-9', 'é', 'a\u0001'];
    const expected = ['a\\.b', '\\31 x', '-\\31 x', '\\-', 'a\\ b', 'ok_-9', 'é', 'a\\1 '];
    if (CSS?.escape) expect(samples.map((s) => CSS.escape(s))).toEqual(expected);
    const saved = (globalThis as { CSS?: unknown }).CSS;
    (globalThis as { CSS?: unknown }).CSS = undefined;
    try {
      expect(samples.map(cssIdent)).toEqual(expected);
    } finally {
      (globalThis as { CSS?: unknown }).CSS = saved;
    }
  });
});
