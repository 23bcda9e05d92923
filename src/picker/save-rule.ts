import { checkHideRule } from '../core/check-hide-rule';
import { userArticle } from '../core/page-rules';
import { MAX_HIDE_RULES, type SiteRules } from '../shared/settings-defaults';
import { loadSiteRules, saveSiteRules } from '../shared/settings-storage';
import { t } from '../shared/i18n';
import type { PickerMode } from '../shared/picker-mode';

// The rule the picker proposes, checked against the live page before it may be saved, and saved
// for the site through the settings module (validated there, sync or local as it fits).

export type Verdict = { ok: true; matches: number } | { ok: false; reason: string };

/** Whether the rule may be saved, with the site's rules as they are now. */
export function judgeRule(document: Document, mode: PickerMode, selector: string, rules: SiteRules): Verdict {
  if (mode === 'article') {
    const element = userArticle(document, { article: selector });
    return element ? { ok: true, matches: 1 } : { ok: false, reason: t('picker_article_no_text') };
  }
  if (rules.hide.length >= MAX_HIDE_RULES && !rules.hide.includes(selector)) return { ok: false, reason: t('picker_too_many', MAX_HIDE_RULES) };
  const check = checkHideRule(document, selector, { url: location.href, rules });
  if (check.ok) return check;
  return { ok: false, reason: check.reason === 'article' ? t('picker_refused_article') : t('picker_refused', check.detail) };
}

export async function currentRules(hostname: string): Promise<SiteRules> {
  return (await loadSiteRules(hostname)) ?? { hide: [] };
}

/** The site's rules with this one added, saved; resolves to what was saved. */
export async function saveRule(hostname: string, mode: PickerMode, selector: string): Promise<SiteRules> {
  const rules = await currentRules(hostname);
  const next: SiteRules = mode === 'hide' ? { ...rules, hide: [...rules.hide.filter((rule) => rule !== selector), selector] } : { ...rules, article: selector };
  await saveSiteRules(hostname, next);
  return next;
}
