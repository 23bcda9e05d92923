// The Listen highlight keeps WCAG AA: every text colour of theme.css (text, muted, faint, link,
// accent) against the block and sentence highlight colours of listen.css, in each theme. axe
// checks the block in a real browser; it does not see ::highlight, so this does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = (path: string) => readFileSync(resolve(import.meta.dirname, '../../src/ui', path), 'utf8');
const theme = css('theme.css');
const listen = css('listen/listen.css');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function tokens(source: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[[\]().*+?^$|\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(source);
  if (!rule) throw new Error(`no rule ${selector}`);
  return Object.fromEntries([...rule[1].matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const THEMES = {
  light: { theme: ':root', listen: ':root[data-theme="light"]' },
  dark: { theme: ':root[data-theme="dark"]', listen: ':root[data-theme="dark"]' },
  sepia: { theme: ':root[data-theme="sepia"]', listen: ':root[data-theme="sepia"]' },
};

describe('Listen highlight contrast', () => {
  for (const [name, selectors] of Object.entries(THEMES)) {
    it(`keeps every text colour at 4.5:1 or more on the highlight, ${name}`, () => {
      const text = { ...tokens(theme, ':root'), ...tokens(theme, selectors.theme) };
      const highlight = tokens(listen, selectors.listen);
      const failing: string[] = [];
      for (const background of ['--bs-reading-block', '--bs-reading-sentence']) {
        for (const foreground of ['--bs-text', '--bs-muted', '--bs-faint', '--bs-link', '--bs-accent']) {
          const ratio = contrast(text[foreground], highlight[background]);
          if (!(ratio >= 4.5)) failing.push(`${foreground} on ${background}: ${ratio.toFixed(2)}`);
        }
      }
      expect(failing).toEqual([]);
    });
  }

  it('follows the system theme with the same colours as the explicit themes', () => {
    expect(tokens(listen, ':root')).toEqual(tokens(listen, ':root[data-theme="light"]'));
    const systemDark = /prefers-color-scheme: dark\)\s*\{\s*:root[^{]*\{([^}]*)\}/.exec(listen)![1];
    expect(Object.fromEntries([...systemDark.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]))).toEqual(
      tokens(listen, ':root[data-theme="dark"]'),
    );
  });
});
