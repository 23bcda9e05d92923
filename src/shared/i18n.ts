import browser from './extension-api';
import type english from '../../public/_locales/en/messages.json';

// Every UI string comes from _locales through browser.i18n (public/_locales/<lang>/messages.json;
// English is the default locale). Keys are typed from the English file, so a typo fails tsc.

export type MessageKey = keyof typeof english;

// A page's UI language is fixed for its life: each message is asked of the browser once (every
// getMessage is a call into the browser's bindings; a popup render asks dozens).
const fixedMessages = new Map<string, string>();

/** The message in the UI language, with $1…$9 filled in; the key itself if it is missing. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  if (substitutions.length) return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  return fixedMessage(key) || key;
}

function fixedMessage(key: string): string {
  let message = fixedMessages.get(key);
  if (message === undefined) {
    message = browser.i18n.getMessage(key);
    fixedMessages.set(key, message);
  }
  return message;
}

/**
 * A counted message: `<base>_<plural category>` (Intl.PluralRules of the UI language: Arabic
 * has zero/one/two/few/many/other), falling back to `<base>_other`.
 */
export function plural(base: string, count: number): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  const message = browser.i18n.getMessage(`${base}_${category}`, [String(count)]);
  return message || browser.i18n.getMessage(`${base}_other`, [String(count)]) || `${base} ${count}`;
}

/**
 * BCP 47 tag of the UI language: the browser's ("en-GB", for dates) when the strings shown are in
 * its language, else the language of the catalogue the browser picked for us.
 */
export function uiLocale(): string {
  const browserLocale = (fixedMessage('@@ui_locale') || 'en').replace('_', '-');
  const shown = fixedMessage('ui_lang') || 'en';
  return browserLocale.split('-')[0] === shown ? browserLocale : shown;
}

/**
 * <html lang dir> of an extension page from the UI language, so Arabic mirrors the whole UI.
 * `@@bidi_dir` is the browser's word; the catalogue's own `ui_dir` covers a browser whose
 * reported UI locale differs from the catalogue it chose (seen in headless Chromium with --lang).
 */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  const rtl = fixedMessage('@@bidi_dir') === 'rtl' || fixedMessage('ui_dir') === 'rtl';
  root.dir = rtl ? 'rtl' : 'ltr';
}
