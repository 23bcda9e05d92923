// @vitest-environment jsdom
// The picker's pure parts: the label's name for an element, and the walk through the page with
// the arrow keys (boxes given to jsdom, which lays nothing out).
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { boxSize, elementName } from '../../src/picker/describe';
import { deepestAt, startElement, TargetWalk } from '../../src/picker/walk';

/** A page whose elements have the boxes their data-box attribute gives ("left top width height"). */
function laidOut(body: string): Document {
  const { document } = new JSDOM(`<!DOCTYPE html><body>${body}</body>`).window;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const [left, top, width, height] = (element.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number);
    element.getBoundingClientRect = () =>
      ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  }
  return document;
}

const PAGE = `<div id="page" data-box="0 0 1000 2000">
  <div class="story" data-box="0 0 700 1500"><h1 data-box="0 0 700 50">t</h1><div class="body" data-box="0 60 700 1400"><p data-box="0 60 700 100">a</p><div class="promo" data-box="0 170 700 400"><span data-box="0 170 50 20">ad</span></div><p data-box="0 580 700 100">b</p></div></div>
  <aside data-box="720 0 280 900"><div class="widget" data-box="720 0 280 300"></div><div hidden data-box="0 0 0 0"></div><div class="widget2" data-box="720 310 280 300"></div></aside>
</div>`;

describe('elementName', () => {
  test('tag#id.classes, a few classes at most, and the box size', () => {
    const { document } = new JSDOM('<div id="x" class="a b c d"></div><p></p>').window;
    expect(elementName(document.querySelector('div') as Element)).toBe('div#x.a.b.c…');
    expect(elementName(document.querySelector('p') as Element)).toBe('p');
    expect(boxSize({ width: 640.4, height: 119.6 })).toBe('640×120');
  });
});

describe('TargetWalk', () => {
  test('starts on the largest part of body when there is no article or main', () => {
    const document = laidOut(PAGE);
    expect(startElement(document)?.id).toBe('page');
  });

  test('narrower takes the largest child, wider the parent, and narrower goes back the way it came', () => {
    const document = laidOut(PAGE);
    const walk = new TargetWalk(document.getElementById('page') as Element);
    expect(walk.narrower()).toBe(true);
    expect(walk.current.className).toBe('story');
    walk.narrower();
    expect(walk.current.className).toBe('body');
    walk.narrower();
    expect(walk.current.className).toBe('promo');
    walk.wider();
    walk.wider();
    expect(walk.current.className).toBe('story');
    walk.narrower();
    walk.narrower();
    expect(walk.current.className).toBe('promo'); // the way it came, not the largest child
    walk.wider();
    walk.wider();
    walk.wider();
    expect(walk.current.id).toBe('page');
    expect(walk.wider()).toBe(false); // never <body>
  });

  test('neighbours skip elements without a box', () => {
    const document = laidOut(PAGE);
    const walk = new TargetWalk(document.querySelector('.widget') as Element);
    expect(walk.sibling(true)).toBe(true);
    expect(walk.current.className).toBe('widget2');
    expect(walk.sibling(true)).toBe(false);
    walk.sibling(false);
    expect(walk.current.className).toBe('widget');
  });

  test('a removed element is never offered', () => {
    const document = laidOut(PAGE);
    const walk = new TargetWalk(document.querySelector('.promo') as Element);
    walk.wider();
    document.querySelector('.promo')?.remove();
    walk.narrower();
    expect(walk.current.localName).toBe('p');
  });

  test('deepestAt finds children by their boxes (pointer-events: none or not)', () => {
    const document = laidOut(PAGE);
    expect(deepestAt(document.getElementById('page') as Element, 10, 175).localName).toBe('span');
    expect(deepestAt(document.getElementById('page') as Element, 800, 400).className).toBe('widget2');
  });
});
