#!/usr/bin/env node
// @ts-check
// Security lint: untrusted HTML becomes markup or DOM only in src/core/sanitize.ts.
// Any other source file that writes innerHTML/outerHTML (by property, by computed key, by
// Reflect.set or Object.assign/defineProperty), calls insertAdjacentHTML, document.write,
// createContextualFragment, setHTMLUnsafe/parseHTMLUnsafe or execCommand('insertHTML'), uses
// dangerouslySetInnerHTML or srcdoc, evaluates strings as code, or parses HTML with DOMParser
// (outside the one inert snapshot parser) fails the build. Reading outerHTML is allowed.
// Patterns run over the whole file, so a write split across lines is caught too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = new Set(['src/core/sanitize.ts']);
/** The popup/reader parse the page snapshot inertly (no scripts run, nothing loads) before extract(). */
const DOMPARSER_ALLOWED = new Set(['src/ui/page/read-page.ts']);
const HTML_PROP = String.raw`(?:inner|outer)HTML`;
const QUOTED_HTML_PROP = String.raw`['"\`]${HTML_PROP}['"\`]`;

/** @type {Array<[RegExp, string, Set<string>?]>} */
const PATTERNS = [
  [new RegExp(String.raw`\.\s*${HTML_PROP}\s*(?:\+|\|\||&&|\?\?)?=(?!=)`), 'writes innerHTML/outerHTML'],
  [new RegExp(String.raw`\[\s*${QUOTED_HTML_PROP}\s*\]\s*(?:\+|\|\||&&|\?\?)?=(?!=)`), 'writes innerHTML/outerHTML (computed key)'],
  [new RegExp(String.raw`\bReflect\s*\.\s*set\s*\([^;]*?${QUOTED_HTML_PROP}`), 'writes innerHTML/outerHTML (Reflect.set)'],
  [
    new RegExp(String.raw`\b(?:Object\s*\.\s*(?:assign|defineProperty|defineProperties)\s*\([^;]*?)${HTML_PROP}\b`),
    'writes innerHTML/outerHTML (Object.assign/defineProperty)',
  ],
  [/\binsertAdjacentHTML\b/, 'calls insertAdjacentHTML'],
  [/\b(?:document|doc|ownerDocument|contentDocument)\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/, 'calls document.write'],
  [/\bdangerouslySetInnerHTML\b/, 'uses dangerouslySetInnerHTML'],
  [/\b(?:setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\b/, 'parses HTML into DOM'],
  [/\bexecCommand\s*\(\s*['"`]insertHTML/i, 'inserts HTML with execCommand'],
  [/\bsrcdoc\b/i, 'uses srcdoc'],
  [/(?<![\w.])eval\s*\(|\bnew\s+Function\s*\(/, 'evaluates a string as code'],
  [/\bnew\s+DOMParser\b|\bparseFromString\s*\(/, 'parses HTML with DOMParser', DOMPARSER_ALLOWED],
];

export function findViolations(root = 'src') {
  /** @type {string[]} */
  const violations = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:[cm]?[jt]sx?)$/.test(name)) {
        const file = relative(process.cwd(), path).split('\\').join('/');
        if (ALLOWED.has(file)) continue;
        const text = readFileSync(path, 'utf8');
        const found = [];
        for (const [pattern, what, allowedIn] of PATTERNS) {
          if (allowedIn?.has(file)) continue;
          const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
          for (const match of text.matchAll(global)) {
            const line = text.slice(0, match.index).split('\n').length;
            found.push({ line, what });
          }
        }
        found.sort((a, b) => a.line - b.line);
        for (const { line, what } of found) violations.push(`${file}:${line}: ${what}`);
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
