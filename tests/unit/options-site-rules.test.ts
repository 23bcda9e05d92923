// @vitest-environment jsdom
// The options page's per-site list as data: which sites are listed, how one rule is edited or
// deleted, how a site's clutter choice is set, and what an import would bring.
import { describe, expect, it } from 'vitest';
import { importSummary, orNull, ruleProblem, siteEntries, withClutter, withRule } from '../../src/options/site-rules-edit';
import { parseImport } from '../../src/shared/settings-schema';

describe('options: sites you changed', () => {
  it('lists every site with rules or auto-clean off, once, sorted, marking those kept on this device', () => {
    const entries = siteEntries(
      { 'b.example': { hide: ['.x'] }, 'a.example': { hide: [], article: 'main' } },
      ['c.example', 'b.example'],
      ['a.example', 'c.example'],
    );
    expect(entries.map((e) => [e.host, e.autoCleanOff, e.localOnly, e.rules !== undefined])).toEqual([
      ['a.example', false, true, true],
      ['b.example', true, false, true],
      // A local host with no rules left is not "kept on this device".
      ['c.example', true, false, false],
    ]);
  });

  it('edits, de-duplicates and deletes one hide rule or the article rule; an empty site is null', () => {
    const rules = { hide: ['.a', '.b'], article: 'main' };
    expect(withRule(rules, { kind: 'hide', index: 0 }, '  .c ')).toEqual({ hide: ['.c', '.b'], article: 'main' });
    expect(withRule(rules, { kind: 'hide', index: 0 }, '.b')).toEqual({ hide: ['.b'], article: 'main' });
    expect(withRule(rules, { kind: 'hide', index: 1 }, null)).toEqual({ hide: ['.a'], article: 'main' });
    expect(withRule(rules, { kind: 'article' }, null)).toEqual({ hide: ['.a', '.b'] });
    expect(withRule({ hide: ['.a'] }, { kind: 'hide', index: 0 }, null)).toBeNull();
    expect(rules).toEqual({ hide: ['.a', '.b'], article: 'main' });
    expect(orNull({ hide: [], clutter: { ads: false } })).toEqual({ hide: [], clutter: { ads: false } });
  });

  it('sets or clears a site clutter choice', () => {
    expect(withClutter({ hide: ['.a'] }, { comments: false })).toEqual({ hide: ['.a'], clutter: { comments: false } });
    expect(withClutter({ hide: ['.a'], clutter: { comments: false } }, undefined)).toEqual({ hide: ['.a'] });
    expect(withClutter({ hide: [], clutter: { ads: true } }, undefined)).toBeNull();
    expect(withClutter(undefined, { ads: false })).toEqual({ hide: [], clutter: { ads: false } });
  });

  it('names what is wrong with a typed selector, and accepts a good one', () => {
    expect(ruleProblem('div[')).toMatch(/unbalanced/);
    expect(ruleProblem('')).toBe('empty');
    expect(ruleProblem('a:hoverr')).toMatch(/pseudo/);
    expect(ruleProblem('div.promo > a')).toBeNull();
  });

  it('counts what an import brings', () => {
    const { settings, errors } = parseImport(
      JSON.stringify({
        format: 'broadsheet-settings',
        version: 3,
        sites: { 'a.example': { hide: ['.x', 'div['], article: 'main' }, 'b.example': { hide: ['.y'] } },
      }),
    );
    expect(importSummary(settings!)).toEqual({ sites: 2, hideRules: 2, articleRules: 1 });
    expect(errors.join('\n')).toContain('sites["a.example"].hide[1]');
  });
});
