#!/usr/bin/env node
// Security lint: untrusted HTML becomes markup or DOM only in src/core/sanitize.ts.
// Any other source file that writes innerHTML/outerHTML, calls insertAdjacentHTML or
// document.write, or uses dangerouslySetInnerHTML fails the build. Reading outerHTML
// (serialising) is allowed; only assignments count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = new Set(['src/core/sanitize.ts']);
const PATTERNS = [
  [/\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/, 'writes innerHTML/outerHTML'],
  [/\binsertAdjacentHTML\s*\(/, 'calls insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(?:ln)?\s*\(/, 'calls document.write'],
  [/\bdangerouslySetInnerHTML\b/, 'uses dangerouslySetInnerHTML'],
  [/\bsetHTMLUnsafe\s*\(|\bcreateContextualFragment\s*\(/, 'parses HTML into DOM'],
];

export function findViolations(root = 'src') {
  const violations = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:[cm]?[jt]sx?)$/.test(name)) {
        const file = relative(process.cwd(), path).split('\\').join('/');
        if (ALLOWED.has(file)) continue;
        readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
          for (const [pattern, what] of PATTERNS) {
            if (pattern.test(line)) violations.push(`${file}:${index + 1}: ${what}`);
          }
        });
      }
    }
  };
  walk(root);
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = findViolations(process.argv[2] ?? 'src');
  for (const violation of violations) process.stderr.write(`${violation}\n`);
  process.stdout.write(`raw HTML check: ${violations.length} violations\n`);
  process.exit(violations.length > 0 ? 1 : 0);
}
