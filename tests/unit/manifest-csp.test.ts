// @vitest-environment node
// The extension pages' Content Security Policy, as both browsers receive it: scripts from the
// extension only, no inline script or style, no eval, no network, no frames, no <base>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/manifest-for.mjs';

const source = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'manifest.json'), 'utf8'));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

for (const browser of ['chrome', 'firefox'] as const) {
  describe(`${browser} manifest CSP`, () => {
    const policy: string = manifestFor(source, browser).content_security_policy.extension_pages;
    const csp = directives(policy);

    it('allows nothing inline and nothing evaluated', () => {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    });

    it("loads scripts and styles from the extension only ('self')", () => {
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
    });

    it('makes no requests of its own, embeds nothing, and cannot be re-based', () => {
      expect(csp.get('connect-src')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'none'"]);
    });
  });
}
