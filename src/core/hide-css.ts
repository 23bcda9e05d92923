import { selectorProblem } from './selector-check';

// The reader's hide rules as a style sheet: one rule per selector, so the browser hides their
// matches itself, before it paints, and keeps hiding elements that come back (a page that
// rebuilds its DOM). Pure.

/** `selector{display:none!important}` for each usable selector, one per line; a bad one is left out. */
export function hideCss(selectors: readonly unknown[], document?: Document): string {
  const rules: string[] = [];
  for (const selector of selectors) {
    // selectorProblem refuses braces and control characters: a rule cannot end the sheet's rule early.
    if (selectorProblem(selector, document) === null) rules.push(`${(selector as string).trim()}{display:none!important}`);
  }
  return rules.join('\n');
}
