import { render } from 'preact';
import { applyRememberedLook } from '../ui/reader-look';
import { OptionsApp } from './OptionsApp';

applyRememberedLook(document.documentElement);
const mount = document.getElementById('mount');
if (mount) render(<OptionsApp />, mount);
