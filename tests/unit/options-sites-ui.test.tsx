// @vitest-environment jsdom
// The options page's "Sites you changed" and "Export and import" in jsdom, against the mocked
// extension API: per-site auto-clean and clutter with Undo, "Test on open tab" in each case,
// and an import refused (too big) or cancelled (nothing written).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/shared/settings-schema';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';

vi.mock('webextension-polyfill', () => import('../mocks/webextension-polyfill'));

const tick = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 30));
  });

let mount: HTMLDivElement;
const q = <T extends Element>(s: string) => mount.querySelector<T>(s)!;
const site = (host: string) => q(`li.bs-rule-site[data-host="${host}"]`);
const main = async () => (await browser.storage.sync.get('settings')).settings as Settings;
const item = async (host: string) => (await browser.storage.sync.get(`site:${host}`))[`site:${host}`] as Record<string, unknown> | undefined;

beforeEach(async () => {
  await resetBrowserMock();
  await browser.storage.sync.set({ settings: defaultSettings(), 'site:news.example': { hide: ['.promo'] } });
  const { OptionsApp } = await import('../../src/options/OptionsApp');
  mount = document.createElement('div');
  document.body.append(mount);
  act(() => render(<OptionsApp />, mount));
  await tick();
  return () => {
    render(null, mount);
    mount.remove();
  };
});

it('per-site auto-clean and clutter choice are saved, and Undo takes back the last change', async () => {
  expect(site('news.example').querySelector('h3')!.textContent).toBe('news.example');
  act(() => site('news.example').querySelector<HTMLInputElement>('input.bs-site-auto-clean')!.click());
  await tick();
  expect((await main()).autoClean.disabledSites).toEqual(['news.example']);
  act(() => q<HTMLButtonElement>('#sites-undo').click());
  await tick();
  expect((await main()).autoClean.disabledSites).toEqual([]);
  expect(q('#status').textContent).toBe('Undone: the last change on news.example');

  const mode = site('news.example').querySelector<HTMLSelectElement>('select.bs-site-clutter-mode')!;
  mode.value = 'site';
  act(() => {
    mode.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await tick();
  expect(await item('news.example')).toEqual({ hide: ['.promo'], clutter: defaultSettings().clutter });
  act(() => site('news.example').querySelector<HTMLInputElement>('input[id$="-clutter-comments"]')!.click());
  await tick();
  expect((await item('news.example'))!.clutter).toMatchObject({ comments: false, ads: true });
  act(() => q<HTMLButtonElement>('#sites-undo').click());
  await tick();
  expect((await item('news.example'))!.clutter).toMatchObject({ comments: true });
});

it('Test on open tab: no tab of the site, a tab that cannot be read, and a count', async () => {
  const test = () => act(() => site('news.example').querySelector<HTMLButtonElement>('button.bs-rule-test')!.click());
  const said = () => site('news.example').querySelector('.bs-rule-tested')!.textContent;
  browser.tabs.query.mockResolvedValue([]);
  test();
  await tick();
  expect(said()).toBe('No tab of news.example is open: open one to test this rule.');
  expect(browser.tabs.query).toHaveBeenCalledWith({ url: ['http://news.example/*', 'https://news.example/*'] });

  browser.tabs.query.mockResolvedValue([
    { id: 4, active: false, lastAccessed: 1 },
    { id: 9, active: false, lastAccessed: 5 },
  ]);
  browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
  test();
  await tick();
  expect(said()).toBe("Can't test on this tab (news.example).");

  browser.scripting.executeScript.mockReset().mockResolvedValue([{ result: 3 }]);
  test();
  await tick();
  expect(said()).toBe('Elements it matches on the open tab of news.example: 3');
  const call = browser.scripting.executeScript.mock.calls[0][0];
  expect(call.target).toEqual({ tabId: 9 });
  expect(call.args).toEqual(['.promo']);
});

it('import: a file over 1 MB is refused; a good file cancelled changes nothing', async () => {
  const choose = (file: File) => {
    const input = q<HTMLInputElement>('#import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  choose(new File(['x'.repeat(1024 * 1024 + 1)], 'big.json'));
  await tick();
  expect(q('#import-error').textContent).toContain('larger than 1 MB');
  expect(mount.querySelector('#import-summary')).toBeNull();

  choose(new File([JSON.stringify({ version: 3, sites: { 'other.example': { hide: ['.x'] } } })], 'ok.json'));
  await tick();
  expect(q('#import-error').textContent).toBe('');
  expect(q('#import-counts').textContent).toContain('Sites: 1. Hide rules: 1. Article rules: 0.');
  act(() => q<HTMLButtonElement>('#import-cancel').click());
  await tick();
  expect(mount.querySelector('#import-summary')).toBeNull();
  expect(await item('other.example')).toBeUndefined();
  expect(q('#status').textContent).toBe('Import cancelled; nothing changed.');
});

it('when sync is full, a site saved to this device only is listed as such (nothing lost in silence)', async () => {
  // Fill storage.sync close to its 100 KB quota with other sites' rules.
  const filler: Record<string, unknown> = {};
  for (let i = 0; i < 15; i++) filler[`site:filler${i}.example`] = { hide: Array.from({ length: 60 }, (_, n) => `.filler-${i}-${n}-${'x'.repeat(90)}`) };
  await browser.storage.sync.set(filler);
  const { saveSiteRules } = await import('../../src/shared/settings-storage');
  await saveSiteRules('late.example', { hide: Array.from({ length: 60 }, (_, n) => `.late-rule-${n}-${'y'.repeat(90)}`) });
  await tick();
  expect((await browser.storage.local.get('site:late.example'))['site:late.example']).toBeDefined();
  expect(q('#sites-local-only').textContent).toBe('Kept on this device only: 1 site (browser sync is full, so its rules are not synced): late.example');
  expect(site('late.example').querySelector('.bs-badge')!.textContent).toBe('This device only');
});

it('editing from the keyboard: Escape leaves the rule as it was', async () => {
  act(() => site('news.example').querySelector<HTMLButtonElement>('button.bs-rule-edit')!.click());
  await tick();
  const input = site('news.example').querySelector<HTMLInputElement>('input.bs-rule-input')!;
  expect(document.activeElement).toBe(input);
  input.value = '.changed';
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await tick();
  expect(site('news.example').querySelector('input.bs-rule-input')).toBeNull();
  expect(site('news.example').querySelector('.bs-rule-text')!.textContent).toBe('.promo');
  expect(await item('news.example')).toEqual({ hide: ['.promo'] });
});
