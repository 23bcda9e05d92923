// @vitest-environment jsdom
// The reader tab's page component against the mocked extension API: the shared ArticleView,
// the toolbar, the look panel (keyboard: Escape closes it), and the title.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types';
import { ReaderApp } from '../../src/reader/ReaderApp';
import type { PageState } from '../../src/ui/page/read-page';
import type { Settings } from '../../src/shared/settings-schema';
import { browser, resetBrowserMock } from '../mocks/webextension-polyfill';

vi.mock('webextension-polyfill', () => import('../mocks/webextension-polyfill'));

const article: Article = {
  url: 'https://news.example/a/',
  title: 'A headline',
  dir: 'rtl',
  lang: 'ar',
  figures: [],
  tags: [],
  html: '<p>نص المقال</p>',
  text: 'نص المقال',
  wordCount: 2,
  readingMinutes: 1,
};
const snapshot = { url: article.url, html: '', cleanReport: null };
const tick = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
const stored = async () => (await browser.storage.sync.get('settings')).settings as Settings;

beforeEach(async () => {
  await resetBrowserMock();
});

it('shows the article in the shared view with its lang and dir, a way back, and the keep actions', async () => {
  const readPage = (): Promise<PageState> => Promise.resolve({ kind: 'article', article, snapshot, tabId: 3 });
  const mount = document.createElement('div');
  document.body.append(mount);
  act(() => render(<ReaderApp readPage={readPage} />, mount));
  await tick();
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('article');
  const node = mount.querySelector('article.bs-article')!;
  expect([node.getAttribute('lang'), node.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  expect(document.title).toBe('A headline · Broadsheet');
  expect(mount.querySelector('#reader-back')!.getAttribute('href')).toBe('https://news.example/a/');
  for (const id of ['reader-copy-markdown', 'reader-save-html', 'reader-print']) expect(mount.querySelector(`#${id}`)).not.toBeNull();
  expect(mount.querySelectorAll('header, main, nav')).toHaveLength(3 + 1); // + the article's own header

  // The look panel: opens, saves a change, closes on Escape and returns focus.
  const toggle = mount.querySelector<HTMLButtonElement>('#reader-look-toggle')!;
  act(() => toggle.click());
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const theme = mount.querySelector<HTMLSelectElement>('#look-theme')!;
  theme.value = 'dark';
  act(() => {
    theme.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await tick();
  expect((await stored()).reader.theme).toBe('dark');
  expect(document.documentElement.dataset.theme).toBe('dark');
  act(() => {
    theme.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(mount.querySelector('#reader-look-panel')).toBeNull();
  expect(document.activeElement).toBe(toggle);
  render(null, mount);
  mount.remove();
});

it('says when there is no article, with no keep actions', async () => {
  const mount = document.createElement('div');
  act(() => render(<ReaderApp readPage={() => Promise.resolve({ kind: 'no-article', snapshot })} />, mount));
  await tick();
  expect(mount.querySelector('#app-root')!.getAttribute('data-state')).toBe('no-article');
  expect(mount.textContent).toContain('No article on this page');
  expect(mount.querySelector('#reader-save-html, #reader-back')).toBeNull();
  render(null, mount);
});
