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
      ].join('\n'),
    );
    const violations: string[] = findViolations(root);
    expect(violations.map((v) => v.replace(/^.*bad\.tsx:/, ''))).toEqual([
      '1: writes innerHTML/outerHTML',
      '2: writes innerHTML/outerHTML',
      '3: calls insertAdjacentHTML',
      '4: calls document.write',
      '5: uses dangerouslySetInnerHTML',
    ]);
  });
});
