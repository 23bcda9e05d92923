import { render } from 'preact';
import { applyRememberedLook } from '../ui/reader-look';
import { PopupApp } from './PopupApp';

applyRememberedLook(document.documentElement);
const mount = document.getElementById('mount');
if (mount) render(<PopupApp />, mount);
