// @vitest-environment jsdom
// The popup and options pages in jsdom, against the mocked extension API.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import type { Settings } from '../../src/shared/settings-schema';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';

vi.mock('webextension-polyfill', () => import('../mocks/webextension-polyfill'));
vi.mock('../../src/core/extract', () => ({
  extract: vi.fn((doc: Document, { url }: { url: string }) =>
    doc.querySelector('h1')
      ? {
          url,
          title: doc.querySelector('h1')!.textContent,
          dir: 'ltr',
          figures: [],
          tags: [],
          html: '<p>Body <b>x</b></p>',
          text: 'Body x',
          wordCount: 2,
          readingMinutes: 1,
          source: { label: 'S', url: 'https://amp.cnn.com/', exact: false },
        }
      : null,
  ),
}));

const storedSettings = async () => (await browser.storage.sync.get('settings')).settings as Settings;

const tick = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });

it('popup: injects when no receiver, shows the article, toggles the site', async () => {
  await resetBrowserMock();
  history.replaceState(null, '', '/popup.html?tab=7');
  browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.')).mockResolvedValueOnce({
    url: 'https://News.Example/a',
    html: '<html><body><h1>Hello &lt;img&gt;</h1></body></html>',
    cleanReport: {
      recognised: true,
      removed: [
        { kind: 'license', selector: 'x', element: 'div' },
        { kind: 'ads', selector: 'y', element: 'div' },
      ],
      counts: { license: 1, ads: 1 },
    },
  });
  browser.scripting.executeScript.mockResolvedValue([]);
  const { PopupApp } = await import('../../src/popup/PopupApp');
  const mount = document.createElement('div');
  document.body.append(mount);
  act(() => render(<PopupApp />, mount));
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('loading');
  await tick();
  expect(browser.scripting.executeScript).toHaveBeenCalledTimes(2);
  expect(browser.scripting.executeScript.mock.calls[1][0]).toEqual({ target: { tabId: 7 }, files: ['/content.js'] });
  expect(browser.tabs.sendMessage.mock.calls[0]).toEqual([7, { type: 'page:snapshot', payload: {} }]);
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('article');
  expect(mount.querySelector('h1.bs-title')!.textContent).toBe('Hello <img>');
  expect(mount.querySelector('#clean-count')!.textContent).toBe('Auto-clean removed 2 items from this page.');
  expect(mount.querySelector('a.bs-source')!.textContent).toBe('amp.cnn.com (homepage)');
  const toggle = mount.querySelector<HTMLInputElement>('#site-auto-clean')!;
  expect(toggle.checked).toBe(true);
  act(() => toggle.click());
  await tick();
  expect((await storedSettings()).autoClean.disabledSites).toEqual(['news.example']);
  expect(mount.querySelector<HTMLInputElement>('#site-auto-clean')!.checked).toBe(false);
  act(() => mount.querySelector<HTMLButtonElement>('#open-options')!.click());
  expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
  expect(document.documentElement.dataset.theme).toBe('system');
  render(null, mount);
});

it('popup: error for chrome pages; no-article', async () => {
  await resetBrowserMock();
  history.replaceState(null, '', '/popup.html?tab=3');
  browser.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection.'));
  browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
  browser.tabs.get.mockResolvedValue({ url: 'chrome://extensions/' });
  const { PopupApp } = await import('../../src/popup/PopupApp');
  const mount = document.createElement('div');
  act(() => render(<PopupApp />, mount));
  await tick();
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('error');
  expect(mount.textContent).toContain("Broadsheet can't read this page");
  expect(mount.textContent).toContain('chrome:');
  render(null, mount);
  browser.tabs.sendMessage.mockReset();
  browser.tabs.sendMessage.mockResolvedValue({ url: 'https://a.example/', html: '<html><body><p>x</p></body></html>', cleanReport: null });
  act(() => render(<PopupApp />, mount));
  await tick();
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('no-article');
  expect(mount.textContent).toContain('No article on this page');
  expect(mount.querySelector('#clean-count')!.textContent).toMatch(/didn't run/);
  render(null, mount);
});

it('popup: given the page and the settings in hand (main.tsx), its first render is the article', async () => {
  await resetBrowserMock();
  const { PopupApp } = await import('../../src/popup/PopupApp');
  const { articleState } = await import('../../src/ui/page/read-page');
  const { defaultSettings } = await import('../../src/shared/settings-schema');
  const page = {
    ...articleState({ url: 'https://news.example/a', html: '<html><body><h1>Council approves the park</h1></body></html>', cleanReport: null }),
    tabId: 4,
  };
  const readPage = vi.fn();
  const settingsRead = vi.spyOn(browser.storage.sync, 'get');
  const mount = document.createElement('div');
  act(() => render(<PopupApp readPage={readPage} initialPage={page} initialSettings={defaultSettings()} />, mount));
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('article');
  expect(mount.querySelector('h1.bs-title')!.textContent).toBe('Council approves the park');
  expect(mount.querySelector('.bs-loading')).toBeNull();
  expect(mount.querySelector<HTMLInputElement>('#site-auto-clean')!.checked).toBe(true);
  await tick();
  expect(readPage).not.toHaveBeenCalled();
  expect(settingsRead).not.toHaveBeenCalled();
  settingsRead.mockRestore();
  render(null, mount);
});

it('options: everything saves at once', async () => {
  await resetBrowserMock();
  const { OptionsApp } = await import('../../src/options/OptionsApp');
  const mount = document.createElement('div');
  document.body.append(mount);
  act(() => render(<OptionsApp />, mount));
  await tick();
  const stored = async () => await storedSettings();
  const q = <T extends Element>(s: string) => mount.querySelector<T>(s)!;
  act(() => q<HTMLInputElement>('#auto-clean-enabled').click());
  await tick();
  expect((await stored()).autoClean.enabled).toBe(false);
  expect(q('#status').textContent).toBe('Saved');
  const input = q<HTMLInputElement>('#site-input');
  input.value = 'https://WWW.Example.com/path?x';
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => q<HTMLButtonElement>('#site-add').click());
  await tick();
  expect((await stored()).autoClean.disabledSites).toEqual(['www.example.com']);
  expect(mount.querySelectorAll('li.bs-site')).toHaveLength(1);
  input.value = 'not a host';
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => q<HTMLButtonElement>('#site-add').click());
  await tick();
  expect(q('#site-error').textContent).toMatch(/space/);
  act(() => q<HTMLButtonElement>('button.bs-site-remove').click());
  await tick();
  expect((await stored()).autoClean.disabledSites).toEqual([]);
  act(() => q<HTMLInputElement>('input[name="clutter-comments"]').click());
  await tick();
  expect((await stored()).clutter.comments).toBe(false);
  const theme = q<HTMLSelectElement>('#reader-theme');
  theme.value = 'sepia';
  act(() => {
    theme.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await tick();
  expect((await stored()).reader.theme).toBe('sepia');
  expect(document.documentElement.dataset.theme).toBe('sepia');
  const size = q<HTMLInputElement>('#reader-font-size');
  size.value = '2';
  act(() => {
    size.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await tick();
  expect((await stored()).reader.fontSize).toBe(18);
  size.value = '22';
  act(() => {
    size.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await tick();
  expect((await stored()).reader.fontSize).toBe(22);
  const font = q<HTMLSelectElement>('#reader-font');
  font.value = 'sans';
  act(() => {
    font.dispatchEvent(new Event('change', { bubbles: true }));
  });
  act(() => q<HTMLInputElement>('#reader-show-images').click());
  await tick();
  const lineHeight = q<HTMLInputElement>('#reader-line-height');
  lineHeight.value = '1.9';
  act(() => {
    lineHeight.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await tick();
  for (const [id, value] of [
    ['#reader-width', 'wide'],
    ['#reader-align', 'justify'],
  ] as const) {
    const select = q<HTMLSelectElement>(id);
    select.value = value;
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await tick();
  }
  expect((await stored()).reader).toEqual({ theme: 'sepia', fontSize: 22, font: 'sans', showImages: false, lineHeight: 1.9, width: 'wide', align: 'justify' });
  // The look applies to the open page at once.
  expect(document.documentElement.dataset).toMatchObject({ width: 'wide', align: 'justify', font: 'sans', images: 'off' });
  expect(document.documentElement.style.getPropertyValue('--bs-line-height')).toBe('1.9');
  expect(q('#reader-font').textContent).toContain('OpenDyslexic');
  render(null, mount);
});
