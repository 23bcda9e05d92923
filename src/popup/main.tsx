import { render } from 'preact';
import { loadSettings } from '../shared/settings';
import type { Settings } from '../shared/settings-schema';
import { applyUiLanguage } from '../shared/i18n';
import { readCurrentPage, type PageState } from '../ui/page/read-page';
import { applyRememberedLook } from '../ui/reader-look';
import { afterFirstFrame } from './after-first-frame';
import { takeEarlyPage } from './early-page';
import { PopupApp } from './PopupApp';

/** A read slower than this shows the loading view (a spinner for a quick answer only flickers). */
const LOADING_VIEW_AFTER_MS = 150;

// The popup's speed is click → article visible. The tab's page was asked for by popup-early.js
// in <head> and settings are asked for before rendering anything, so both answers travel while
// the popup starts up. This script runs once the document has loaded (index.html), and the
// article is extracted and rendered once the bubble's first frame has been drawn
// (after-first-frame.ts).
performance.mark('broadsheet:popup-start'); // for scripts/measure-popup-speed.mjs
const early = takeEarlyPage();
const page = readCurrentPage(early && early.then(afterFirstFrame)).then(afterFirstFrame);
const readPage = () => page;
const settings = loadSettings();
applyRememberedLook(document.documentElement);
applyUiLanguage();
const mount = document.getElementById('mount');
if (mount) {
  const draw = (ready?: Ready) => render(<PopupApp readPage={readPage} initialPage={ready?.page} initialSettings={ready?.settings ?? settings} />, mount);
  whenWorthDrawing(page, settings).then(draw, () => draw());
}

interface Ready {
  page: PageState;
  settings: Settings;
}

/**
 * Nothing is drawn until the page and the settings are in hand (the first render is then the
 * article itself), or until that is slow enough for a loading view (undefined). The bubble's
 * first frame is the empty popup in the remembered look (no white flash): cheaper to draw than
 * the loading view, which the article replaced a frame later. popup.css keeps the empty popup
 * at the article's size, so the bubble does not resize when the article arrives.
 */
function whenWorthDrawing(page: Promise<PageState>, settings: Promise<Settings>): Promise<Ready | undefined> {
  const both = Promise.all([page, settings]).then(([page, settings]) => ({ page, settings }));
  return Promise.race([both, new Promise<undefined>((resolve) => setTimeout(resolve, LOADING_VIEW_AFTER_MS))]);
}
