// Accessibility: axe-core (the installed devDependency) finds no violations in the toolbar popup,
// the reader tab in every theme, and the options page; the reader works from the keyboard.
// Extension pages' CSP blocks injected <script> tags, so axe's source is evaluated through CDP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession, type PopupTarget } from './harness/chromium.mjs';
import { readPopup } from './harness/probes.mjs';
import { startServer, type FixtureServer } from './harness/server.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
let session: ChromiumSession;
let defaults: Record<string, any>;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ viewport: { width: 1000, height: 800 } });
  await session.waitForRegistration();
  defaults = (await session.readSettings()) as Record<string, any>;
});

afterAll(async () => {
  await session?.writeSettings(defaults).catch(() => {});
  await session?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe in the page; returns violations as short strings (empty = none). */
function summarize(violations: Violation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | ')}`);
}

async function axePage(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations);
  return summarize(violations as Violation[]);
}

async function axePopup(popup: PopupTarget): Promise<string[]> {
  await popup.send('Runtime.evaluate', { expression: AXE_SOURCE });
  const violations = await popup.evaluate(async () => (await (window as any).axe.run(document)).violations);
  return summarize(violations as Violation[]);
}

async function setTheme(theme: string): Promise<void> {
  await session.writeSettings({ ...defaults, reader: { ...defaults.reader, theme } });
}

describe('accessibility (axe-core, Chromium)', () => {
  it('the toolbar popup has no violations, in light and dark', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html?a11y-popup'), { waitUntil: 'load' });
    try {
      for (const theme of ['light', 'dark']) {
        await setTheme(theme);
        const popup = await session.openToolbarPopup(page);
        try {
          const view = await popup.waitFor(readPopup);
          expect(view.state).toBe('article');
          await popup.waitFor((want: string) => document.documentElement.dataset.theme === want, theme);
          expect(await axePopup(popup), `popup, ${theme}`).toEqual([]);
        } finally {
          await popup.close();
        }
      }
    } finally {
      await page.close();
    }
  });

  it('the reader tab has no violations in any theme (system: light and dark)', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html?a11y-reader'), { waitUntil: 'load' });
    const tabId = await session.tabIdOf(page);
    const cases: Array<[string, 'light' | 'dark']> = [
      ['light', 'light'],
      ['dark', 'light'],
      ['sepia', 'light'],
      ['system', 'light'],
      ['system', 'dark'],
    ];
    for (const [theme, scheme] of cases) {
      await setTheme(theme);
      const reader = await session.newPage();
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.goto(session.extensionUrl(`src/reader/index.html?tab=${tabId}`));
      await reader.waitForSelector('#app-root[data-state="article"]');
      await reader.waitForFunction((want) => document.documentElement.dataset.theme === want, theme);
      // With the look panel open too: its controls are checked as well.
      await reader.click('#reader-look-toggle');
      await reader.waitForSelector('#reader-look-panel');
      expect(await axePage(reader), `reader, ${theme} on a ${scheme} system`).toEqual([]);
      await reader.close();
    }
    // The Arabic article (RTL) as well.
    const arabic = await session.newPage();
    await arabic.goto(server.url('/jannah-rtl-arabic.html'), { waitUntil: 'load' });
    const reader = await session.newPage();
    await reader.goto(session.extensionUrl(`src/reader/index.html?tab=${await session.tabIdOf(arabic)}`));
    await reader.waitForSelector('#app-root[data-state="article"]');
    expect(await axePage(reader), 'reader, Arabic article').toEqual([]);
    await reader.close();
    await arabic.close();
    await page.close();
  });

  it('the options page has no violations, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await setTheme(theme);
      const options = await session.openOptions();
      await options.waitForSelector('#reader-theme');
      await options.waitForFunction((want) => document.documentElement.dataset.theme === want, theme);
      expect(await axePage(options), `options, ${theme}`).toEqual([]);
      await options.close();
    }
  });

  it('the reader is usable from the keyboard: every action is reachable with Tab and shows a focus ring', async () => {
    await setTheme('light');
    const page = await session.newPage();
    await page.goto(server.url('/jannah-seed.html?a11y-keyboard'), { waitUntil: 'load' });
    const reader = await session.newPage();
    await reader.goto(session.extensionUrl(`src/reader/index.html?tab=${await session.tabIdOf(page)}`));
    await reader.waitForSelector('#app-root[data-state="article"]');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await reader.keyboard.press('Tab');
      const focus = await reader.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { id: element.id, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focus.id) reached.push(focus.id);
      if (focus.id) expect(focus.outline, `focus ring on #${focus.id}`).toBe(true);
    }
    expect(reached).toEqual(expect.arrayContaining(['reader-back', 'reader-look-toggle', 'reader-copy-markdown', 'reader-save-html', 'reader-print']));
    await reader.close();
    await page.close();
  });
});
