// biome-ignore-all format: the parenthesised function expressions here are on purpose: V8 compiles them with the script instead of at their first call, which halves the gate's time on ordinary pages (docs/performance.md, "Content script"); the formatter would drop the parentheses.
import { loadPageCleaner } from 'virtual:broadsheet-page-cleaner';
import { THEME_EVIDENCE, THEME_WRAPPERS } from 'virtual:broadsheet-theme-evidence';
import { WORDPRESS_SIGNS } from '../core/wordpress-signs';
import { setWorldFlag, WORLD_FLAG, worldFlag } from '../shared/world-flags';
import { readyState } from './ready-state';

// Entry of the content script: a gate that costs next to nothing on the pages it will never
// clean, which is nearly all of the web. Two ways in:
// - registered by the background at document_start on sites where auto-clean is on: wait for
//   <body> (head is complete by then) and ask two questions, each one document-wide query that
//   finds nothing on the pages it lets out, so no element is ever handed to this world there:
//   "is this WordPress at all?" (WORDPRESS_SIGNS), then "any trace of a known theme?" (a
//   theme's own <link> or <script>, or the <body> tag's id and class: THEME_EVIDENCE, derived
//   from the theme fingerprints at build time). When that finds nothing (a cache plugin renamed
//   every asset, the <body> tag says nothing), each child of <body> is asked, as the parser adds
//   it, whether it is a known theme's wrapper (THEME_WRAPPERS), until DOMContentLoaded: one
//   `matches` per child of <body>, a few dozen on a page. Only then is the page cleaner loaded,
//   which recognises the theme (page-cleaner.ts, theme-watch.ts) and cleans;
// - injected by the popup (after setting WORLD_FLAG.onDemand) on any page: only answer.
// The page cleaner is compiled into this file as a function body, not a module top level, so
// on other pages its code is never evaluated, its theme data never built. Nothing may throw
// into the page's console.
// The functions that run on every page are parenthesised function expressions, which V8
// compiles with the script. A declaration is pre-parsed with the script and compiled again
// at its first call; for these few functions that second compile was nearly half the script's
// in-script time (docs/performance.md). The minifier keeps the parentheses. cleaner() stays a declaration: it runs only on theme pages.

// Taken from the prototype before the page can shadow them: <form name="querySelector"> makes
// document.querySelector answer with that form, in every world.
const querySelector = Document.prototype.querySelector;
const getElementsByTagName = Document.prototype.getElementsByTagName;

let pageCleaner: ReturnType<typeof loadPageCleaner> | null = null;
function cleaner(): ReturnType<typeof loadPageCleaner> {
  pageCleaner ??= loadPageCleaner();
  return pageCleaner;
}

const main = (function main(): void {
  const onDemand = worldFlag(WORLD_FLAG.onDemand);
  if (worldFlag(WORLD_FLAG.loaded)) {
    // Registered earlier on a page it did not clean: it never listened. Now the popup asks.
    if (onDemand) cleaner().listen();
    return;
  }
  setWorldFlag(WORLD_FLAG.loaded);
  if (onDemand) {
    cleaner().listen();
    return;
  }
  whenBodyExists(document, (() => {
    // Nearly every page of the web ends on this null: the first element handed to this world
    // costs more than everything else here.
    if (querySelector.call(document, WORDPRESS_SIGNS) === null) return;
    // WordPress pages of other themes end on this one: the full fingerprints are whole-document
    // queries, and on such a page none would match.
    if (querySelector.call(document, THEME_EVIDENCE) !== null) {
      cleaner().cleanThemePage(document);
      return;
    }
    whenWrapperArrives(document, () => cleaner().cleanThemePage(document));
  }));
});

/**
 * Runs `then` once a child of <body> is a known theme's wrapper: asked of the children already
 * there, of each one the parser adds (body's own child list only, no subtree), and once more at
 * DOMContentLoaded, when watching ends.
 */
const whenWrapperArrives = (function whenWrapperArrives(document: Document, then: () => void): void {
  const body = document.body;
  if (!body || !THEME_WRAPPERS) return;
  if (querySelector.call(document, THEME_WRAPPERS) !== null) {
    then();
    return;
  }
  // Parsed already (a late injection): every child was just asked.
  if (readyState(document) !== 'loading') return;
  let done = false;
  const found = (() => {
    done = true;
    observer.disconnect();
    then();
  });
  const observer = new MutationObserver(((records: MutationRecord[]) => {
    try {
      for (let r = 0; r < records.length; r += 1) {
        const nodes = records[r].addedNodes;
        for (let n = 0; n < nodes.length; n += 1) {
          const node = nodes[n];
          if (node.nodeType === 1 && (node as Element).matches(THEME_WRAPPERS)) return found();
        }
      }
    } catch {
      done = true;
      observer.disconnect();
    }
  }));
  observer.observe(body, { childList: true });
  document.addEventListener('DOMContentLoaded', (() => {
    if (done) return;
    observer.disconnect();
    done = true;
    try {
      // Children whose records were not delivered yet: asked once, document-wide.
      if (querySelector.call(document, THEME_WRAPPERS) !== null) then();
    } catch {
      // Never surface in the page.
    }
  }), { once: true });
});

/**
 * Runs `then` once <body> exists (head is complete then). The document itself is observed, not
 * its root element, and <body> is looked for through a live collection's length: until a page
 * says it is WordPress, no element is handed to this world. The observer wakes once per parser
 * chunk of <head>, a handful of times.
 */
const whenBodyExists = (function whenBodyExists(document: Document, then: () => void): void {
  const run = (() => {
    try {
      then();
    } catch {
      // Never surface in the page.
    }
  });
  const bodies = getElementsByTagName.call(document, 'body');
  if (bodies.length > 0) {
    run();
    return;
  }
  const observer = new MutationObserver((() => {
    if (bodies.length > 0) {
      observer.disconnect();
      run();
    } else if (readyState(document) !== 'loading') {
      // Parsed without a <body> (a frameset, an XML document): nothing to clean.
      observer.disconnect();
    }
  }));
  observer.observe(document, { childList: true, subtree: true });
});

try {
  main();
} catch {
  // Never surface in the page.
}
