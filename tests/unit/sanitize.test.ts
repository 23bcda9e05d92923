// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { safeHttpUrl, sanitizeHtml, sanitizeToFragment } from '../../src/core/sanitize';

describe('sanitizeHtml (jsdom window)', () => {
  test('drops scripts, handlers and dangerous elements, keeps text', () => {
    const out = sanitizeHtml(
      '<p onclick="x()">Hello <b>world</b><script>alert(1)</script></p>' +
        '<img src="https://a.example/p.jpg" onerror="alert(2)">' +
        '<iframe src="https://evil.example"></iframe><svg><script>alert(3)</script></svg>' +
        '<form action="https://evil.example"><input name="q"></form><style>p{}</style>',
    );
    expect(out).toBe('<p>Hello <b>world</b></p><img src="https://a.example/p.jpg">');
  });

  test('links are http(s) only and open safely', () => {
    const out = sanitizeHtml(
      '<a href="https://ok.example/a">ok</a><a href="javascript:alert(1)">js</a>' +
        '<a href="vbscript:x">vb</a><a href="data:text/html,<script>alert(1)</script>">data</a>',
    );
    expect(out).toBe('<a href="https://ok.example/a" rel="noopener noreferrer" target="_blank">ok</a>' + '<a>js</a><a>vb</a><a>data</a>');
  });

  test('data: URLs only for raster images', () => {
    expect(sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo=">')).toBe('<img src="data:image/png;base64,iVBORw0KGgo=">');
    expect(sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).toBe('<img>');
  });

  test('no style, id or name attributes survive (no CSS exfiltration, no DOM clobbering)', () => {
    expect(sanitizeHtml('<p style="background:url(https://x)" id="location" name="cookie">t</p>')).toBe('<p>t</p>');
  });

  test('sanitizeToFragment returns inert DOM for the current document', () => {
    const fragment = sanitizeToFragment('<p>a</p><img src=x onerror=alert(1)>');
    expect(fragment).not.toBeNull();
    expect(fragment!.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(fragment!.textContent).toBe('a');
  });
});

describe('safeHttpUrl', () => {
  test('resolves relative URLs and refuses other schemes', () => {
    expect(safeHttpUrl('/a?b=1', 'https://site.example/x/y')).toBe('https://site.example/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('  JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('ftp://x.example/')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
