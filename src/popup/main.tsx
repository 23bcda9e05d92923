import { render } from 'preact';
import { loadSettings } from '../shared/settings';
import { applyUiLanguage } from '../ui/i18n';
import { readCurrentPage } from '../ui/page/read-page';
import { applyRememberedLook } from '../ui/reader-look';
import { afterLoad } from './after-load';
import { takeEarlyPage } from './early-page';
import { PopupApp } from './PopupApp';

// The popup's speed is click → article visible. The tab's page was asked for by popup-early.js
// in <head> and settings are asked for before rendering anything, so both answers travel while
// Preact starts up. The article is extracted and rendered after the load event (after-load.ts):
// Chromium starts showing the bubble at load, and that browser work then overlaps ours.
performance.mark('broadsheet:popup-start'); // for scripts/measure-popup-speed.mjs
const early = takeEarlyPage();
const page = readCurrentPage(early && early.then(afterLoad)).then(afterLoad);
const readPage = () => page;
const settings = loadSettings();
applyRememberedLook(document.documentElement);
applyUiLanguage();
const mount = document.getElementById('mount');
if (mount) render(<PopupApp readPage={readPage} initialSettings={settings} />, mount);
