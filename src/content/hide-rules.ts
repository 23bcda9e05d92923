import { hideSelectors } from '../core/page-rules';
import { siteKey } from '../shared/settings-defaults';
import { extensionApi } from './ext-api';
import { applyUserHiding } from './user-hiding';

// hide-rules.js: the reader's hide rules for this site, applied as a style sheet at
// document_start. The background registers it only for the sites that have hide rules
// (background/hide-registration.ts), so every other page of the web never loads it, and
// content.js (its gate and its 14 kB budget) stays as it is. It reads this one site's item,
// from storage.local first as settings-storage.ts does (a site sync could not take).
// The read is asynchronous, but the answer comes back from the browser process in a few
// milliseconds, long before the first paint of a page being parsed from the network.

async function applySiteRules(): Promise<void> {
  const api = extensionApi();
  if (!api) return;
  const key = siteKey(location.hostname.toLowerCase().replace(/\.$/, ''));
  const [local, sync] = await Promise.all([api.storage.local.get(key), api.storage.sync.get(key)]);
  const rules = (local[key] ?? sync[key]) as { hide?: unknown } | undefined;
  applyUserHiding(document, hideSelectors(rules as { hide?: string[] } | undefined));
}

applySiteRules().catch(() => {
  // Never surface in the page.
});
