// @vitest-environment jsdom
// The sanitize module against known bypass shapes: each input with its exact output, so a
// weakened rule shows up as a diff, plus properties every output must have (inert, stable
// under a second parse, which is where mutation XSS lives).
import { describe, expect, test } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../src/core/sanitize';
import { dangerIn } from '../fixtures/hostile/inert.mjs';

const LINK = 'rel="noopener noreferrer" target="_blank"';

const CASES: Array<[string, string, string]> = [
  // [what, input, exact output]
  ['leading spaces and mixed case scheme', '<a href="  JaVaScRiPt:top.__pwned=1">x</a>', '<a>x</a>'],
  ['entity-encoded scheme', '<a href="&#106;avascript&#58;top.__pwned=1">x</a>', '<a>x</a>'],
  ['tab and newline inside the scheme', '<a href="java&#x09;scr&#x0A;ipt:top.__pwned=1">x</a>', '<a>x</a>'],
  ['control character before the scheme', '<a href="&#x01;javascript:top.__pwned=1">x</a>', '<a>x</a>'],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['relative link (would resolve inside the extension)', '<a href="/about">x</a>', '<a>x</a>'],
  [
    'https link gets rel and target, page rel/target dropped',
    '<a href="https://ok.example/" target="_self" rel="opener">x</a>',
    `<a href="https://ok.example/" ${LINK}>x</a>`,
  ],
  ['ping attribute', '<a href="https://ok.example/" ping="https://exfil.example/">x</a>', `<a href="https://ok.example/" ${LINK}>x</a>`],
  [
    'srcset with a javascript: candidate',
    '<img src="https://a.example/1.jpg" srcset="javascript:alert(1) 1x, https://a.example/2.jpg 2x">',
    '<img src="https://a.example/1.jpg">',
  ],
  ['srcset with a data: candidate', '<img src="https://a.example/1.jpg" srcset="data:image/png;base64,AAAA 1x">', '<img src="https://a.example/1.jpg">'],
  [
    'http(s) srcset kept',
    '<img src="https://a.example/1.jpg" srcset="https://a.example/1.jpg 1x, https://a.example/2.jpg 2x">',
    '<img src="https://a.example/1.jpg" srcset="https://a.example/1.jpg 1x, https://a.example/2.jpg 2x">',
  ],
  ['raster data: image kept', '<img src="data:image/png;base64,iVBORw0KGgo=" onload="alert(1)">', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
  ['svg data: image dropped', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img>'],
  ['javascript: image', '<img src="javascript:alert(1)">', '<img>'],
  ['cite with javascript:', '<blockquote cite="javascript:alert(1)">q</blockquote>', '<blockquote>q</blockquote>'],
  ['cite with https kept', '<q cite="https://a.example/">q</q>', '<q cite="https://a.example/">q</q>'],
  ['xlink:href on a link', '<a href="https://ok.example/" xlink:href="javascript:alert(1)">x</a>', `<a href="https://ok.example/" ${LINK}>x</a>`],
  ['svg use', '<svg><use href="data:image/svg+xml;base64,PHN2Zz4=#x"></use></svg>', ''],
  ['svg foreignObject', '<svg><foreignObject><img src="x" onerror="alert(1)"></foreignObject></svg>', ''],
  ['math mglyph/style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
  ['form/math namespace confusion', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', ''],
  ['noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>', '<p></p>'],
  ['template content', '<template><img src=x onerror=alert(1)></template>', ''],
  ['style element (CSS exfiltration)', '<p>a</p><style>@import "https://exfil.example/";</style>', '<p>a</p>'],
  ['style attribute', '<p style="background:url(https://exfil.example/)">a</p>', '<p>a</p>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
  ['base href', '<base href="https://evil.example/">', ''],
  ['object and embed', '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">', ''],
  ['form controls keep only text', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Go</button></form>', 'Go'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>s</summary>d</details>', '<details><summary>s</summary>d</details>'],
  [
    'table background',
    '<table background="javascript:alert(1)"><tbody><tr><td>x</td></tr></tbody></table>',
    '<table><tbody><tr><td>x</td></tr></tbody></table>',
  ],
  [
    'DOM clobbering ids and names',
    '<img name="documentElement" src="https://a.example/i.jpg"><form id="location"></form><a id="defaultView">x</a>',
    '<img src="https://a.example/i.jpg"><a>x</a>',
  ],
  ['our own class names (UI spoofing)', '<p class="bs-toolbar lead bs-error-text">x</p>', '<p class="lead">x</p>'],
  ['data and aria attributes', '<p data-x="1" aria-hidden="true">x</p>', '<p>x</p>'],
];

describe('sanitizeHtml: known bypass shapes', () => {
  test.each(CASES)('%s', (_what, input, output) => {
    expect(sanitizeHtml(input)).toBe(output);
  });

  test.each(CASES)('%s: output is inert and stable under re-parsing', (_what, input) => {
    const once = sanitizeHtml(input);
    expect(dangerIn(sanitizeToFragment(once)!)).toEqual([]);
    // A sanitized string that changes when parsed again is the mark of mutation XSS.
    expect(sanitizeHtml(once)).toBe(once);
  });
});
