// Runs in plain Node without node-purifier.ts (which the library and CLI entries import): with
// no window to sanitize in, the sanitize module must fail closed, to escaped text.
import { describe, expect, test } from 'vitest';
import { sanitizeHtml, sanitizeMarkup } from '../../src/core/sanitize';

describe('sanitize in Node with no window installed', () => {
  test('HTML becomes escaped paragraphs, never passed through', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(sanitizeHtml('<p>ok<img src=x onerror=alert(1)></p><p><a href="javascript:alert(1)">l</a> &lt;b&gt;</p>')).toBe(
      '<p>ok</p><p>l &amp;lt;b&amp;gt;</p>',
    );
  });

  test('a markup tree becomes escaped text too', () => {
    const html = sanitizeMarkup([
      { tag: 'p', children: ['<script>alert(1)</script>'] },
      { tag: 'img', attributes: { src: 'x', onerror: 'alert(1)' }, children: [] },
    ]);
    // Paragraphs of text and nothing else: no element but <p> survives.
    expect(html).toMatch(/^(?:<p>[^<>]*<\/p>)+$/);
    expect(html).toContain('alert(1)');
  });
});
