// Hostnames as the settings store them: exactly what location.hostname gives (lowercase, IDN as
// punycode, no trailing dot). "www.example.com" and "example.com" are different sites. Pure.

/** Why an input was refused: `code` names the UI message (_locales "site_error_<code>"); `reason` is English, for logs. */
export type HostnameRefusal = 'empty' | 'space' | 'unparsable' | 'scheme' | 'invalid';
export type HostnameParse = { ok: true; hostname: string } | { ok: false; code: HostnameRefusal; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_LABELS = /^(?!-)[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** A hostname or a pasted URL in; the bare hostname out, or why it was refused. */
export function parseHostnameInput(input: string): HostnameParse {
  const text = input.trim();
  if (!text) return { ok: false, code: 'empty', reason: 'Enter a site, for example news.example.com' };
  if (/\s/.test(text)) return { ok: false, code: 'space', reason: 'A site name has no spaces' };
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) && !/^[^/]*:\d+(?:\/|$)/.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, code: 'unparsable', reason: `"${text}" is not a site name or web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, code: 'scheme', reason: 'Only web pages (http or https) can be listed' };
  }
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!hostname || !(HOST_LABELS.test(hostname) || IPV6.test(hostname))) {
    return { ok: false, code: 'invalid', reason: `"${text}" is not a valid site name` };
  }
  return { ok: true, hostname };
}

/** The hostname or null; for validation of stored values. */
export function normalizeHostname(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const parsed = parseHostnameInput(input);
  return parsed.ok ? parsed.hostname : null;
}

/** location.hostname of an http(s) URL, or null for chrome://, about:, file: and bad input. */
export function hostnameOfPage(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** Settings with auto-clean turned on or off for one exact hostname (a new object). */
export function withSiteAutoClean<T extends { autoClean: { enabled: boolean; disabledSites: string[] } }>(settings: T, hostname: string, on: boolean): T {
  const host = normalizeHostname(hostname) ?? hostname.toLowerCase();
  const others = settings.autoClean.disabledSites.filter((site) => site !== host);
  return { ...settings, autoClean: { ...settings.autoClean, disabledSites: on ? others : [...others, host] } };
}
