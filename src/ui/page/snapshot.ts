import browser from '../../shared/extension-api';
import type { PageSnapshot } from '../../shared/messages';
import { sendToTab } from '../../shared/send-to-tab';
import { CONTENT_SCRIPT_PATH } from '../../shared/content-script-file';
import { WORLD_FLAG } from '../../shared/world-flags';
import { t } from '../../shared/i18n';

// Asks the tab's content script for the page. Where auto-clean did not register it (a site the
// user turned off, or a page loaded before install) the script is not there: inject it in
// on-demand mode (answer only, clean nothing) and ask again.

export const ANSWER_TIMEOUT_MS = 5000;

export async function requestSnapshot(tabId: number): Promise<PageSnapshot> {
  try {
    return await askForSnapshot(tabId);
  } catch {
    await injectContentScript(tabId);
    return askForSnapshot(tabId);
  }
}

async function askForSnapshot(tabId: number): Promise<PageSnapshot> {
  const answer = await withTimeout(sendToTab(tabId, 'page:snapshot', {}), ANSWER_TIMEOUT_MS, t('error_page_timeout'));
  if (!isSnapshot(answer)) throw new Error(t('error_page_no_snapshot'));
  return answer;
}

async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world, serialised: it can use nothing but its argument.
    func: (flag: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(flag)] = true;
    },
    args: [WORLD_FLAG.onDemand],
  });
  const results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] });
  // Firefox reports a script it could not run in the result instead of rejecting.
  const error = (results ?? []).map((result) => (result as { error?: unknown }).error).find((value) => value !== undefined);
  if (error !== undefined) throw new Error(String(error));
}

export function isSnapshot(value: unknown): value is PageSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const snapshot = value as Partial<PageSnapshot>;
  return typeof snapshot.url === 'string' && typeof snapshot.html === 'string' && snapshot.cleanReport !== undefined;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(reason)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
