// @vitest-environment jsdom
// The reader's hide rules as they reach a page: the style sheet they become (core/hide-css.ts),
// the one <style> the content world shares (content/user-hiding.ts), and the registration of
// hide-rules.js for exactly the sites that have hide rules (background/hide-registration.ts).
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { registered, scripting } from '../mocks/scripting-fake';
import { hideCss } from '../../src/core/hide-css';
import { applyUserHiding } from '../../src/content/user-hiding';
import { removeUserHiding } from '../../src/content/user-hiding-style';
import { DEFAULT_SETTINGS, type AllSettings } from '../../src/shared/settings-schema';

vi.mock('webextension-polyfill', async () => ({ default: { scripting: (await import('../mocks/scripting-fake')).scripting } }));

const { hideRegistrationFor, syncHideRegistration } = await import('../../src/background/hide-registration');

function settingsWith(sites: AllSettings['sites'], disabledSites: string[] = [], enabled = true): AllSettings {
  return { ...(structuredClone(DEFAULT_SETTINGS) as AllSettings), autoClean: { enabled, disabledSites }, sites };
}

describe('hideCss', () => {
  test('one display:none rule per usable selector; bad ones are left out, never break the sheet', () => {
    const document = new JSDOM('').window.document;
    // Braces never pass selectorProblem, even quoted: a rule cannot close the sheet's rule early.
    const css = hideCss(['.promo-box', '  #sidebar > .ad ', 'div{}body', 'p:nope', 42, '', 'a[href*="}"]'], document);
    expect(css).toBe('.promo-box{display:none!important}\n#sidebar > .ad{display:none!important}');
  });
});

describe('user hiding in the page', () => {
  test('applied, updated, then removed by Show original with the count of what it hid', () => {
    const { document } = new JSDOM('<!DOCTYPE html><head></head><body><div class="a"></div><div class="a"></div><p id="b"></p></body>').window;
    applyUserHiding(document, ['.a']);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    applyUserHiding(document, ['.a', '#b']);
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toBe('.a{display:none!important}\n#b{display:none!important}');
    expect(document.defaultView?.getComputedStyle(document.getElementById('b') as Element).display).toBe('none');
    expect(removeUserHiding(document)).toBe(3);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(removeUserHiding(document)).toBe(0);
  });

  test('no usable rule, no style element', () => {
    const { document } = new JSDOM('<!DOCTYPE html><body></body>').window;
    applyUserHiding(document, ['p:nope']);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('hide-rules registration', () => {
  beforeEach(() => registered.clear());

  test('only the sites with hide rules and auto-clean on there', () => {
    const settings = settingsWith(
      { 'b.example': { hide: ['.ad'] }, 'a.example': { hide: ['.x'] }, 'article.example': { hide: [], article: 'main' }, 'off.example': { hide: ['.y'] } },
      ['off.example'],
    );
    expect(hideRegistrationFor(settings)).toEqual({
      id: 'broadsheet-hide-rules',
      js: ['hide-rules.js'],
      matches: ['*://a.example/*', '*://b.example/*'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(hideRegistrationFor(settingsWith({ 'a.example': { hide: ['.x'] } }, [], false))).toBeNull();
    expect(hideRegistrationFor(settingsWith({}))).toBeNull();
  });

  test('registered, updated as rules change, unregistered when none is left', async () => {
    await syncHideRegistration(settingsWith({ 'a.example': { hide: ['.x'] } }));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncHideRegistration(settingsWith({ 'a.example': { hide: ['.x'] }, 'c.example': { hide: ['.z'] } }));
    expect((registered.get('broadsheet-hide-rules') as { matches: string[] }).matches).toEqual(['*://a.example/*', '*://c.example/*']);
    await syncHideRegistration(settingsWith({}));
    expect(registered.size).toBe(0);
  });
});
