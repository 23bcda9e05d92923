import { t } from '../../shared/i18n';

// Turns a failure to read the tab into one sentence a reader understands.

const BROWSER_PAGE = /^(?:chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|resource):/i;
const STORE_PAGE = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//i;

export function describeReadError(error: unknown, pageUrl?: string): string {
  if (pageUrl) {
    const scheme = pageUrl.split(':')[0].toLowerCase();
    if (BROWSER_PAGE.test(pageUrl)) return t('error_browser_page_scheme', `${scheme}:`);
    if (STORE_PAGE.test(pageUrl)) return t('error_store_page');
    if (scheme === 'file') return t('error_file_page');
    if (/\.pdf(?:[?#]|$)/i.test(pageUrl)) return t('error_pdf_page');
  }
  const text = error instanceof Error ? error.message : String(error ?? '');
  if (/chrome:\/\/|about:|edge:\/\/|moz-extension:|chrome-extension:/i.test(text)) return t('error_browser_page');
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|permission/i.test(text)) {
    return t('error_not_allowed');
  }
  if (/no page is open|no tab/i.test(text)) return t('error_no_tab');
  return text ? t('error_generic_detail', text) : t('error_generic');
}
