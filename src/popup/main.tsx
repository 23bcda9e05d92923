import { render } from 'preact';
import { applyUiLanguage } from '../ui/i18n';
import { readCurrentPage } from '../ui/page/read-page';
import { applyRememberedLook } from '../ui/reader-look';
import { PopupApp } from './PopupApp';

// Ask the tab for its page first, before rendering anything: the answer travels while Preact
// and settings start up (the popup's speed is click → article visible).
const page = readCurrentPage();
const readPage = () => page;
applyRememberedLook(document.documentElement);
applyUiLanguage();
const mount = document.getElementById('mount');
if (mount) render(<PopupApp readPage={readPage} />, mount);
