#!/usr/bin/env node
// @ts-check
// Renders assets/icon.svg to the PNG sizes the manifest names. Run by hand after editing the
// SVG; the PNGs are committed so a build needs no browser.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
