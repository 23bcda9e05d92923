// @vitest-environment node
// selectorProblem without a DOM (the background worker's case): brackets, quotes and
// pseudo-classes are checked by scanning the text, quoted strings and escapes left alone.
import { describe, expect, test } from 'vitest';
import { selectorProblem } from '../../src/core/selector-check';

describe('selectorProblem', () => {
  test('accepts the selectors a picker makes', () => {
    for (const selector of ['div.ad-slot', '#sidebar > .widget', 'a[href*="x:y"]', '.a\\:b', 'li:nth-child(2n+1)', 'p:not(.lead)', "[title='a ) b']"]) {
      expect(selectorProblem(selector), selector).toBeNull();
    }
  });

  test('names what is wrong', () => {
    expect(selectorProblem(42)).toBe('not a string');
    expect(selectorProblem('  ')).toBe('empty');
    expect(selectorProblem('div{color:red}')).toBe('holds characters no selector has');
    expect(selectorProblem('div[class')).toBe('unbalanced brackets or quotes');
    expect(selectorProblem('p:not(.a')).toBe('unbalanced brackets or quotes');
    expect(selectorProblem('a[title="open]')).toBe('unbalanced brackets or quotes');
    expect(selectorProblem('a:javascript(1)')).toBe('unknown pseudo-class :javascript');
    expect(selectorProblem('p::before')).toBe('unknown pseudo-class ::before');
    expect(selectorProblem('x'.repeat(501))).toMatch(/^longer than/);
  });
});
