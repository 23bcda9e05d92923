// @ts-check
// Fixed folds by site for cross-validation: a site's pages share a template, so a site never
// sits in two folds. The fold is a hash of the registrable domain, not of the page.

const SECOND_LEVEL = /^(?:co|com|net|org|gov|edu|ac|ne|or|go|gob|nic|mil)$/;

/**
 * The site a page belongs to: its registrable domain (news.bbc.co.uk → bbc.co.uk).
 * @param {string} url
 */
export function siteOf(url, fallback = '') {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return fallback;
  }
  const labels = host.replace(/^www\d*\./, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const [second, top] = labels.slice(-2);
  const keep = top.length === 2 && SECOND_LEVEL.test(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** FNV-1a: a small, stable string hash (the same fold on every machine and Node version). */
/** @param {string} text */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** @param {string} site @param {number} folds */
export function foldOf(site, folds) {
  return fnv1a(site) % folds;
}
