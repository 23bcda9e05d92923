// Runs in plain Node (no window): the sanitize module must fall back to a jsdom window and
// never pass HTML through, whatever parser produced the page (linkedom included).
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
// In Node the sanitizer needs the jsdom window the library and CLI entries install.
import { installNodePurifier } from '../../src/lib/node-purifier';
import { sanitizeHtml } from '../../src/core/sanitize';

installNodePurifier();

describe('sanitizeHtml in Node without a window', () => {
  test('sanitizes through jsdom', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    // Relative URLs are dropped too: extraction makes URLs absolute before sanitizing.
    expect(sanitizeHtml('<p>ok<img src=x onerror=alert(1)><a href="javascript:alert(1)">l</a></p>')).toBe('<p>ok<img><a>l</a></p>');
  });

  test('HTML serialised from a linkedom document is sanitized, not passed through', () => {
    const { document } = parseHTML('<html><body><div id="c"><p onmouseover="x()">t</p><script>alert(1)</script></div></body></html>');
    const html = document.getElementById('c')!.innerHTML;
    expect(sanitizeHtml(html)).toBe('<p>t</p>');
  });
});
