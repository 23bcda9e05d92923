// @vitest-environment jsdom
// src/ui/early-look.ts (early-look.js, the blocking script that paints the cached look before
// first paint) and src/ui/reader-look.ts (which writes the cache) agree, and a bad cache changes
// nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../src/shared/settings-schema';
import { paintRememberedLook } from '../../src/ui/early-look';
import { LOOK_CACHE_KEY } from '../../src/ui/look-cache';
import { applyReaderLook, applyRememberedLook, rememberReaderLook } from '../../src/ui/reader-look';

const root = document.documentElement;

function runEarly(): void {
  paintRememberedLook(root);
}

function reset(): void {
  localStorage.clear();
  for (const name of ['theme', 'font', 'width', 'align', 'images']) delete root.dataset[name];
  root.removeAttribute('style');
}

const look: ReaderSettings = { ...DEFAULT_SETTINGS.reader, theme: 'dark', font: 'dyslexic', fontSize: 21, lineHeight: 1.9, width: 'wide', align: 'justify' };

beforeEach(reset);

describe('early look', () => {
  it('applies what reader-look cached, like applyReaderLook does', () => {
    rememberReaderLook(look);
    runEarly();
    const early = { data: { ...root.dataset }, size: root.style.getPropertyValue('--bs-font-size'), line: root.style.getPropertyValue('--bs-line-height') };
    reset();
    applyReaderLook(root, look);
    const full = { data: { ...root.dataset }, size: root.style.getPropertyValue('--bs-font-size'), line: root.style.getPropertyValue('--bs-line-height') };
    delete full.data.images; // only the theme-level look is needed before first paint
    expect(early).toEqual(full);
    expect(early.data.theme).toBe('dark');
  });

  it('ignores a missing, corrupt or hostile cache', () => {
    runEarly();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem(LOOK_CACHE_KEY, '{not json');
    runEarly();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem(LOOK_CACHE_KEY, JSON.stringify({ theme: '"><script>', font: 'x', fontSize: 'red; background: url(x)', lineHeight: 99 }));
    runEarly();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.font).toBeUndefined();
    expect(root.getAttribute('style')).toBeNull();
    applyRememberedLook(root);
    expect(root.dataset.theme).toBeUndefined();
  });
});
