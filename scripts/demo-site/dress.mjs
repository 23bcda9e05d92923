// @ts-check
// Dresses a fixture page for `npm run demo`: the page's own host (and its ad host) are
// rewritten to the local server, which answers the stylesheet with site.css and every image
// with a generated picture. Only the demo uses this; tests see the fixtures as they are.
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('./site.css', import.meta.url));

/**
 * A calm stand-in photograph: sky, hills and a city line, coloured from the file name.
 * @param {string} path
 */
function pictureFor(path, width = 1200, height = 675) {
  let hash = 0;
  for (const char of path) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const towers = Array.from({ length: 14 }, (_, index) => {
    const w = 40 + ((hash >> index) % 50);
    const h = 80 + ((hash >> (index + 3)) % 160);
    return `<rect x="${index * 86}" y="${height - 120 - h}" width="${w}" height="${h + 10}" fill="hsl(${hue},18%,${22 + (index % 3) * 5}%)"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,72%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,88%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#sky)"/><circle cx="${width * 0.78}" cy="${height * 0.28}" r="60" fill="hsl(${(hue + 60) % 360},80%,92%)"/>
${towers}<path d="M0 ${height - 110} Q ${width / 3} ${height - 190} ${width / 2} ${height - 120} T ${width} ${height - 130} V ${height} H 0 Z" fill="hsl(${hue},25%,30%)"/>
<rect y="${height - 60}" width="100%" height="60" fill="hsl(${hue},20%,18%)"/></svg>`;
}

const SVG = 'image/svg+xml';

/**
 * Registers the dressed page and its assets on the server; returns the page's URL.
 * @param {import('../../tests/browser/harness/server.mjs').FixtureServer} server
 * @param {string} html the fixture's HTML
 * @param {string} origin the fixture's own origin, e.g. https://news-autoblog.example
 */
export function dressPage(server, html, origin) {
  const dressed = html.split(origin).join(server.origin).split('https://ads.example').join(`${server.origin}/ads`);
  for (const match of dressed.matchAll(/(\/(?:wp-content|ads)\/[^"'\s)?,]+)/g)) {
    const path = match[1];
    if (path.endsWith('.css')) server.route(path, { body: css, type: 'text/css' });
    else if (path.startsWith('/ads/')) server.route(path, { body: bannerAd(), type: SVG });
    else if (/logo/.test(path)) server.route(path, { body: logo(), type: SVG });
    else if (/\.(?:jpe?g|png|gif|webp)$/.test(path)) server.route(path, { body: pictureFor(path), type: SVG });
  }
  return server.route('/demo/article.html', { body: dressed });
}

function bannerAd() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="728" height="90"><rect width="728" height="90" fill="#ffd54f"/><text x="364" y="56" font-family="DejaVu Sans" font-size="28" font-weight="bold" text-anchor="middle" fill="#c62828">BIG SALE — CLICK NOW!</text></svg>`;
}

function logo() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="0" y="44" font-family="DejaVu Serif" font-size="40" font-weight="bold" fill="#1f2024">News<tspan fill="#0088ff">Autoblog</tspan></text></svg>`;
}
