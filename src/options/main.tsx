import { render } from 'preact';
import { applyUiLanguage, t } from '../shared/i18n';
import { applyRememberedLook } from '../ui/reader-look';
import { OptionsApp } from './OptionsApp';

applyRememberedLook(document.documentElement);
applyUiLanguage();
document.title = t('options_title');
const mount = document.getElementById('mount');
if (mount) render(<OptionsApp />, mount);
