import type { EarlyAnswer } from '../ui/page/read-page';

// The request src/popup/early-request.ts sent from the popup's <head>, taken once (a second reader of
// the same popup would get a stale answer). Undefined when that script did not run.

type EarlyScope = { __broadsheetEarlyPage?: Promise<EarlyAnswer | null> };

export function takeEarlyPage(): Promise<EarlyAnswer | null> | undefined {
  const scope = globalThis as EarlyScope;
  const early = scope.__broadsheetEarlyPage;
  delete scope.__broadsheetEarlyPage;
  return early;
}
