import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

// The stable root and the non-article states, shared by the popup and the reader tab.
// Browser tests rely on #app-root[data-state] and on these texts.

export type ViewState = 'loading' | 'no-article' | 'error' | 'article';

export function AppRoot({ state, children, class: className }: { state: ViewState; children: ComponentChildren; class?: string }) {
  return (
    <div id="app-root" data-state={state} class={className ? `bs-app ${className}` : 'bs-app'} aria-busy={state === 'loading'}>
      {children}
    </div>
  );
}

export function LoadingView() {
  return (
    <div class="bs-state bs-state-loading" role="status">
      <span class="bs-spinner" aria-hidden="true" />
      <p>{t('state_loading')}</p>
    </div>
  );
}

export function NoArticleView() {
  return (
    <div class="bs-state bs-state-no-article">
      <h1 class="bs-state-title">{t('state_no_article_title')}</h1>
      <p>{t('state_no_article_detail')}</p>
    </div>
  );
}

export function ErrorView({ detail }: { detail?: string }) {
  return (
    <div class="bs-state bs-state-error" role="alert">
      <h1 class="bs-state-title">{t('state_error_title')}</h1>
      {detail && <p class="bs-error-detail">{detail}</p>}
    </div>
  );
}
