import { render } from 'preact';
import { applyUiLanguage } from '../shared/i18n';
import { applyRememberedLook } from '../ui/reader-look';
import { ReaderApp } from './ReaderApp';

// early-look.js (src/ui/early-look.ts) already painted the cached theme; this re-validates it, sets the UI
// language (Arabic mirrors the chrome around the article) and renders.
applyRememberedLook(document.documentElement);
applyUiLanguage();
const mount = document.getElementById('mount');
if (mount) render(<ReaderApp />, mount);
