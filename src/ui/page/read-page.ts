import type { Article } from '../../core/types';
import { extract } from '../../core/extract';
import type { PageSnapshot } from '../../shared/messages';
import { hostnameOfPage } from '../../shared/settings-hosts';
import { loadPageRules } from '../../shared/settings-storage';
import type { PageRules } from '../../core/types';
import { describeReadError } from './read-error';
import { ANSWER_TIMEOUT_MS, isSnapshot, requestSnapshot, withTimeout } from './snapshot';
import { resolveTabId, tabUrl } from './tab';

// What the popup and the reader tab show, from the tab's snapshot (the live page as the content
// script serialises it: nothing is fetched again): loading → article | no-article | error.

/** `rules`: the reader's rules for the page's site, as the article was read with them. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; snapshot: PageSnapshot; tabId?: number; rules?: PageRules }
  | { kind: 'no-article'; snapshot: PageSnapshot; tabId?: number; rules?: PageRules }
  | { kind: 'error'; detail: string; snapshot?: PageSnapshot; tabId?: number; rules?: PageRules };

/** What src/popup/early-request.ts left: the tab and its content script's raw answer (unchecked). */
export interface EarlyAnswer {
  tabId: number;
  answer: unknown;
}

/**
 * The page of `?tab=<id>` in this page's address, else of the active tab. `early`: a request
 * already sent (the popup's early-page.js); used when it brought a snapshot, else the full path.
 */
export async function readCurrentPage(early?: Promise<EarlyAnswer | null>): Promise<PageState> {
  const head = early ? await withTimeout(early, ANSWER_TIMEOUT_MS, 'early answer').catch(() => null) : null;
  if (head && isSnapshot(head.answer)) {
    performance.mark('broadsheet:snapshot'); // for tools/measure-popup-speed.mjs
    const rules = await rulesOf(head.answer);
    return { ...articleState(head.answer, rules), tabId: head.tabId, rules };
  }
  let tabId: number | undefined = head?.tabId;
  let snapshot: PageSnapshot;
  try {
    tabId ??= await resolveTabId();
    snapshot = await requestSnapshot(tabId);
    performance.mark('broadsheet:snapshot'); // for tools/measure-popup-speed.mjs
  } catch (error) {
    return { kind: 'error', detail: describeReadError(error, tabId === undefined ? undefined : await tabUrl(tabId)), tabId };
  }
  const rules = await rulesOf(snapshot);
  return { ...articleState(snapshot, rules), tabId, rules };
}

/** The reader's rules for the snapshot's site (one storage read; none for pages that are not http(s)). */
async function rulesOf(snapshot: PageSnapshot): Promise<PageRules | undefined> {
  const host = hostnameOfPage(snapshot.url);
  return host ? loadPageRules(host) : undefined;
}

/** Parses the snapshot inertly (no scripts run, nothing loads) and extracts the article. */
export function articleState(snapshot: PageSnapshot, rules?: PageRules): Exclude<PageState, { kind: 'loading' }> {
  if (!snapshot.html.trim()) return { kind: 'no-article', snapshot };
  try {
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    // The content script recognised the theme before it cleaned the page: not again here.
    const themeId = snapshot.cleanReport?.recognised ? snapshot.cleanReport.theme?.id : undefined;
    const article = extract(doc, { url: snapshot.url, themeId, rules });
    performance.mark('broadsheet:extracted');
    return article ? { kind: 'article', article, snapshot } : { kind: 'no-article', snapshot };
  } catch (error) {
    return { kind: 'error', detail: describeReadError(error), snapshot };
  }
}
