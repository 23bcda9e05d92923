import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findViolations } from '../../scripts/check-no-raw-html.mjs';

describe('security lint: raw HTML writes outside the sanitize module', () => {
  test('the project source has none', () => {
    expect(findViolations('src')).toEqual([]);
  });

  test('it catches each kind of write, and allows reads', () => {
    const root = mkdtempSync(join(tmpdir(), 'bs-lint-'));
    mkdirSync(join(root, 'ui'));
    writeFileSync(
      join(root, 'ui', 'bad.tsx'),
      [
        'el.innerHTML = html;',
        'el.outerHTML += x;',
        "el.insertAdjacentHTML('beforeend', x);",
        'document.write(x);',
        '<div dangerouslySetInnerHTML={{ __html: x }} />',
        'const copy = el.outerHTML;',
        'if (el.innerHTML === "") {}',
        "el['innerHTML'] = x;",
        'el[`outerHTML`] = x;',
        "Reflect.set(el, 'innerHTML', x);",
        'Object.assign(el, { innerHTML: x });',
        "frame.srcdoc = x; frame.setAttribute('srcdoc', x);",
        'range.createContextualFragment(x);',
        'el.setHTMLUnsafe(x); Document.parseHTMLUnsafe(x);',
        "document.execCommand('insertHTML', false, x);",
        "new DOMParser().parseFromString(x, 'text/html');",
        'eval(x); new Function(x);',
        'el',
        '  .innerHTML',
        '  = x;',
        "doc['write'](x); ownerDocument.writeln(x);",
        'process.stdout.write(x); stream.write(x); const evaluate = retrieval(x);',
        'el.innerHTML ||= x;',
      ].join('\n'),
    );
    const violations: string[] = findViolations(root);
    expect(violations.map((v) => v.replace(/^.*bad\.tsx:/, ''))).toEqual([
      '1: writes innerHTML/outerHTML',
      '2: writes innerHTML/outerHTML',
      '3: calls insertAdjacentHTML',
      '4: calls document.write',
      '5: uses dangerouslySetInnerHTML',
      '8: writes innerHTML/outerHTML (computed key)',
      '9: writes innerHTML/outerHTML (computed key)',
      '10: writes innerHTML/outerHTML (Reflect.set)',
      '11: writes innerHTML/outerHTML (Object.assign/defineProperty)',
      '12: uses srcdoc',
      '12: uses srcdoc',
      '13: parses HTML into DOM',
      '14: parses HTML into DOM',
      '14: parses HTML into DOM',
      '15: inserts HTML with execCommand',
      '16: parses HTML with DOMParser',
      '16: parses HTML with DOMParser',
      '17: evaluates a string as code',
      '17: evaluates a string as code',
      '19: writes innerHTML/outerHTML',
      '21: calls document.write',
      '21: calls document.write',
      '23: writes innerHTML/outerHTML',
    ]);
  });

  test('DOMParser is allowed only in the inert snapshot parser', () => {
    // Paths are matched relative to the working directory, so build a src/ tree in a temp dir.
    const base = mkdtempSync(join(tmpdir(), 'bs-lint-'));
    const line = "const doc = new DOMParser().parseFromString(html, 'text/html');\n";
    mkdirSync(join(base, 'src', 'ui', 'page'), { recursive: true });
    writeFileSync(join(base, 'src', 'ui', 'page', 'read-page.ts'), line);
    writeFileSync(join(base, 'src', 'ui', 'other.ts'), line);
    const cwd = process.cwd();
    process.chdir(base);
    try {
      expect(findViolations('src')).toEqual(['src/ui/other.ts:1: parses HTML with DOMParser', 'src/ui/other.ts:1: parses HTML with DOMParser']);
    } finally {
      process.chdir(cwd);
    }
  });
});
