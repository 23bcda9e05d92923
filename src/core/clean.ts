import { matchTheme } from './match-theme';
import { articleNodes, clutterSelectors, findLicenseNotices, matchesWithin } from './clean-targets';
import { describeElement } from './query';
import { detach, hide, isHandled, type UndoStep, undoWhere } from './undo-steps';
import { hideSelectors, userArticle } from './page-rules';
import type { CleanedItem, CleanReport, ClutterKind, PageRules } from './types';
import { THEMES } from '../themes';
import type { ThemeRule } from '../themes/types';

export interface CleanOptions {
  /** Kinds of clutter to take away; a kind set to false is left alone. License notices always go. */
  kinds?: Partial<Record<ClutterKind, boolean>>;
  /**
   * 'remove' detaches elements (library and CLI). 'hide' keeps them in the DOM with an inline
   * `display:none !important` so page scripts that hold references keep working (live pages).
   */
  mode?: 'remove' | 'hide';
  /** Use this rule instead of detecting one (the content script detects once and reuses it). */
  rule?: ThemeRule;
  /**
   * Search only these subtrees (each root included) instead of the whole document: the live
   * page cleans what the parser just added, so the total work stays linear in page size.
   */
  scope?: readonly Element[];
  /** The article's title and body containers, when the caller already found them. */
  protectedNodes?: readonly Element[];
  /**
   * The reader's rules for this site (clean() only): what `hide` matches goes too, reported as
   * kind 'user', on any page, recognised or not (`kinds.user: false` leaves it). Never the page
   * itself, the article's title or body, nor the `article` rule's element.
   */
  rules?: PageRules;
}

/** Notes one item taken away, and how to put it back. */
type Recorder = (kind: ClutterKind, selector: string, element: Element, step: UndoStep) => void;

/** A clean that can be reverted step by step ("Show original", or a setting that says no). */
export interface CleanSession {
  report: CleanReport;
  /** Restores everything this session removed or hid, in reverse order. */
  undo(): void;
  /** Restores only the items of these kinds. */
  undoKinds(kinds: ReadonlySet<ClutterKind>): void;
}

const EMPTY_REPORT: CleanReport = { recognised: false, removed: [], counts: {} };

/** Removes license notices and clutter of a recognised theme page, and the reader's hide rules, in place. */
export function clean(document: Document, options: CleanOptions = {}): CleanReport {
  const report = cleanWithUndo(document, options).report;
  // Apart from cleanWithUndo, which the content script bundles: it has no use for this yet.
  const user = cleanUserRules(document, options, report);
  for (const item of user.removed) report.removed.push(item);
  if (user.removed.length > 0) report.counts.user = user.removed.length;
  return report;
}

/**
 * The reader's hide rules, after the theme's: never <html>, <head> or <body>, never the
 * article's title or body, nor the element the reader's `article` rule names.
 */
function cleanUserRules(document: Document, options: CleanOptions, cleaned: CleanReport): CleanReport {
  const { session, record, fail } = newSession();
  const selectors = hideSelectors(options.rules);
  if (selectors.length === 0 || options.kinds?.user === false) return session.report;
  try {
    const rule = options.rule ?? THEMES.find((theme) => theme.id === cleaned.theme?.id);
    const chosen = userArticle(document, options.rules);
    const guarded = [...(options.protectedNodes ?? (rule ? articleNodes(document, rule) : [])), ...(chosen ? [chosen] : [])];
    const page = new Set<Element | null>([document.documentElement, document.head, document.body]);
    const roots: readonly ParentNode[] = options.scope ?? [document];
    for (const selector of selectors) {
      for (const root of roots) {
        for (const element of matchesWithin(root, selector)) {
          if (page.has(element) || isHandled(element) || guardsArticle(element, guarded)) continue;
          record('user', selector, element, options.mode === 'hide' ? hide(element) : detach(element));
        }
      }
    }
  } catch {
    return fail().report;
  }
  return session.report;
}

export function cleanWithUndo(document: Document, options: CleanOptions = {}): CleanSession {
  const { session, record, fail } = newSession();
  let rule: ThemeRule | undefined;
  try {
    rule = options.rule ?? matchTheme(document, THEMES)?.rule;
  } catch {
    return session;
  }
  if (!rule) return session;
  recognisedAs(session.report, rule);
  try {
    const roots: readonly ParentNode[] = options.scope ?? [document];
    // License notices go first: the clutter rules then see the page without them.
    detachNotices(roots, rule, record);
    const protectedNodes = options.protectedNodes ?? articleNodes(document, rule);
    takeAway(findClutter(document, rule, roots, options.kinds), protectedNodes, options.mode === 'hide', record);
  } catch {
    return fail();
  }
  return session;
}

/**
 * Detaches the license notices in `roots` and nothing else: the live page takes them the moment
 * they arrive, long before it looks for clutter.
 */
export function cleanLicenseNotices(roots: readonly ParentNode[], rule: ThemeRule): CleanSession {
  const { session, record, fail } = newSession();
  recognisedAs(session.report, rule);
  try {
    detachNotices(roots, rule, record);
  } catch {
    return fail();
  }
  return session;
}

/** One element a clutter selector matched, found by the caller (the live page's sliced sweep). */
export interface ClutterMatch {
  element: Element;
  kind: ClutterKind;
  selector: string;
}

/**
 * Hides or removes elements the caller already matched against clutterSelectors(), with the
 * same guards as cleanWithUndo: never the article's title or body, never twice.
 */
export function cleanMatches(
  matches: readonly ClutterMatch[],
  options: { rule: ThemeRule; protectedNodes: readonly Element[]; mode?: 'remove' | 'hide' },
): CleanSession {
  const { session, record, fail } = newSession();
  recognisedAs(session.report, options.rule);
  try {
    takeAway(matches, options.protectedNodes, options.mode !== 'remove', record);
  } catch {
    return fail();
  }
  return session;
}

/**
 * Every clutter match in `roots`, selector by selector in rule order (the report's order).
 * Matching all before taking any finds what matching as they go found: hiding changes only the
 * hidden element, and what went with a detached ancestor is skipped as handled. (A rule on
 * siblings or positions, which no theme has, would see the page before its neighbours went.)
 */
function findClutter(document: Document, rule: ThemeRule, roots: readonly ParentNode[], kinds?: Partial<Record<ClutterKind, boolean>>): ClutterMatch[] {
  const found: ClutterMatch[] = [];
  for (const [kind, selectors] of clutterSelectors(rule, document, kinds)) {
    for (const selector of selectors) {
      for (const root of roots) {
        for (const element of matchesWithin(root, selector)) found.push({ element, kind, selector });
      }
    }
  }
  return found;
}

/**
 * Where clutter goes, for cleanWithUndo and cleanMatches alike. An element hidden before, or
 * detached with its ancestor, counts as handled.
 */
function takeAway(matches: readonly ClutterMatch[], protectedNodes: readonly Element[], hiding: boolean, record: Recorder): void {
  for (const { element, kind, selector } of matches) {
    if (isHandled(element) || guardsArticle(element, protectedNodes)) continue;
    record(kind, selector, element, hiding ? hide(element) : detach(element));
  }
}

function detachNotices(roots: readonly ParentNode[], rule: ThemeRule, record: Recorder): void {
  for (const root of roots) {
    for (const notice of findLicenseNotices(root, rule)) record('license', notice.selector, notice.element, detach(notice.element));
  }
}

function newSession() {
  const steps: Array<{ kind: ClutterKind; step: UndoStep }> = [];
  const report: CleanReport = { ...EMPTY_REPORT, removed: [], counts: {} };
  const session: CleanSession = {
    report,
    undo: () => undoWhere(steps, () => true),
    undoKinds: (kinds) => {
      undoWhere(steps, (kind) => kinds.has(kind));
      report.removed = report.removed.filter((item) => !kinds.has(item.kind));
      for (const kind of kinds) delete report.counts[kind];
    },
  };
  const record = (kind: ClutterKind, selector: string, element: Element, step: UndoStep) => {
    steps.push({ kind, step });
    const item: CleanedItem = { kind, selector, element: describeElement(element) };
    report.removed.push(item);
    report.counts[kind] = (report.counts[kind] ?? 0) + 1;
  };
  /** Never leave a page half-cleaned: put back what was done and report nothing. */
  const fail = (): CleanSession => {
    session.undo();
    return { report: { ...EMPTY_REPORT, removed: [], counts: {} }, undo: () => {}, undoKinds: () => {} };
  };
  return { session, record, fail };
}

function recognisedAs(report: CleanReport, rule: ThemeRule): void {
  report.recognised = true;
  report.theme = { id: rule.id, name: rule.name };
}

function guardsArticle(element: Element, protectedNodes: readonly Element[]): boolean {
  return protectedNodes.some((node) => element === node || element.contains(node));
}
