import { paintRememberedLook } from '../ui/early-look';
import browser from '../shared/extension-api';
import { requestPageEarly } from './early-request';
import { startPopupAfterLoad } from './start-after-load';

// popup-early.js, the popup's one blocking script in <head> (one request instead of three
// before the document can load): ask the tab for its page, paint the remembered look, and run
// popup.js once the document has loaded.
requestPageEarly(browser, location.search);
paintRememberedLook(document.documentElement);
startPopupAfterLoad();
