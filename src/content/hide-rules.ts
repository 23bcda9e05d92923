import { hideSelectors } from '../core/page-rules';
import { siteKey } from '../shared/settings-defaults';
import { extensionApi } from './ext-api';
import { applyUserHiding } from './user-hiding';

// hide-rules.js: the reader's hide rules for this site, applied as a style sheet at
// document_start. The background registers it only for the sites that have hide rules
// (background/hide-registration.ts), so every other page of the web never loads it, and
// content.js (its gate and its 14 kB budget) stays as it is. It reads this one site's item,
// from storage.local first as settings-storage.ts does (a site sync could not take).
//
// The read is asynchronous and a registered script cannot carry data. Chromium answers in a
// millisecond or two, before the page's first paint; Firefox can answer after a small page's
// DOMContentLoaded. So until the answer (at most PENDING_MS), the page is kept from showing,
// the way A/B-testing snippets avoid a flicker: on a site the reader fixed, a hidden box never
// flashes. Only the sites with hide rules pay this, and only for one storage read.

const PENDING_MS = 400;

function keepFromShowing(): () => void {
  const style = document.createElement('style');
  style.textContent = ':root{opacity:0!important}';
  (document.head ?? document.documentElement)?.appendChild(style);
  const timer = setTimeout(() => style.remove(), PENDING_MS);
  return () => {
    clearTimeout(timer);
    style.remove();
  };
}

async function applySiteRules(): Promise<void> {
  const api = extensionApi();
  if (!api) return;
  const key = siteKey(location.hostname.toLowerCase().replace(/\.$/, ''));
  const [local, sync] = await Promise.all([api.storage.local.get(key), api.storage.sync.get(key)]);
  const rules = (local[key] ?? sync[key]) as { hide?: string[] } | undefined;
  applyUserHiding(document, hideSelectors(rules));
}

try {
  const show = keepFromShowing();
  applySiteRules()
    .catch(() => undefined)
    .finally(show);
} catch {
  // Never surface in the page.
}
