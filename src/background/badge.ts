import browser from 'webextension-polyfill';
import type { CleanReport } from '../core/types';
import { t } from '../shared/i18n';

/** The toolbar badge shows how many items auto-clean took away on that tab. */
export async function showCleanCount(tabId: number, report: CleanReport): Promise<void> {
  const count = report.removed.length;
  // The tooltip first: a count never shows with the tooltip of the page before.
  await browser.action.setTitle({
    tabId,
    title: count > 0 ? t('badge_title_removed', count) : t('action_title'),
  });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b4a5a' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
