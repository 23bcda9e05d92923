import type { Article } from '../../core/types';
import { extract } from '../../core/extract';
import type { PageSnapshot } from '../../shared/messages';
import { describeReadError } from './read-error';
import { requestSnapshot } from './snapshot';
import { resolveTabId, tabUrl } from './tab';

// What the popup and the reader tab show, from the tab's snapshot (the live page as the content
// script serialises it: nothing is fetched again): loading → article | no-article | error.

export type PageState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; snapshot: PageSnapshot; tabId?: number }
  | { kind: 'no-article'; snapshot: PageSnapshot; tabId?: number }
  | { kind: 'error'; detail: string; snapshot?: PageSnapshot; tabId?: number };

/** The page of `?tab=<id>` in this page's address, else of the active tab. */
export async function readCurrentPage(): Promise<PageState> {
  let tabId: number | undefined;
  let snapshot: PageSnapshot;
  try {
    tabId = await resolveTabId();
    snapshot = await requestSnapshot(tabId);
  } catch (error) {
    return { kind: 'error', detail: describeReadError(error, tabId === undefined ? undefined : await tabUrl(tabId)), tabId };
  }
  return { ...articleState(snapshot), tabId };
}

/** Parses the snapshot inertly (no scripts run, nothing loads) and extracts the article. */
export function articleState(snapshot: PageSnapshot): Exclude<PageState, { kind: 'loading' }> {
  if (!snapshot.html.trim()) return { kind: 'no-article', snapshot };
  try {
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    const article = extract(doc, { url: snapshot.url });
    return article ? { kind: 'article', article, snapshot } : { kind: 'no-article', snapshot };
  } catch (error) {
    return { kind: 'error', detail: describeReadError(error), snapshot };
  }
}
