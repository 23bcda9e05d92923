import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { hostnameOfPage, withSiteAutoClean } from '../shared/settings-schema';
import { ArticleView } from '../ui/ArticleView';
import { AppRoot, ErrorView, LoadingView, NoArticleView, type ViewState } from '../ui/StateViews';
import { useReaderLook, useSettings } from '../ui/use-settings';
import { CleanSummary } from './CleanSummary';
import { readCurrentPage, type PageState } from './read-page';
import { SiteToggle } from './SiteToggle';

export function PopupApp({ readPage = readCurrentPage }: { readPage?: () => Promise<PageState> }) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const { settings, update } = useSettings();
  useReaderLook(settings);

  useEffect(() => {
    let live = true;
    readPage().then(
      (state) => live && setPage(state),
      (error: unknown) => live && setPage({ kind: 'error', detail: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [readPage]);

  // The article waits for settings too, so images never flash when they are turned off.
  const state: ViewState = page.kind === 'article' && !settings ? 'loading' : page.kind;
  const snapshot = page.kind === 'loading' ? undefined : page.snapshot;
  const hostname = snapshot ? hostnameOfPage(snapshot.url) : null;

  const toggleSite = (on: boolean) => {
    if (!hostname) return;
    setSaveError(null);
    update((current) => withSiteAutoClean(current, hostname, on)).catch((error: unknown) =>
      setSaveError(`Couldn't save: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <AppRoot state={state} class="bs-popup">
      <header class="bs-toolbar">
        <span class="bs-brand">Broadsheet</span>
        <button id="open-options" type="button" class="bs-button-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <main class="bs-scroll">
        {state === 'loading' && <LoadingView />}
        {state === 'no-article' && <NoArticleView />}
        {state === 'error' && page.kind === 'error' && <ErrorView detail={page.detail} />}
        {state === 'article' && page.kind === 'article' && settings && (
          <ArticleView article={page.article} showImages={settings.reader.showImages} />
        )}
      </main>
      {snapshot && hostname && (
        <footer class="bs-statusbar">
          <CleanSummary report={snapshot.cleanReport} />
          {settings && <SiteToggle hostname={hostname} settings={settings} onToggle={toggleSite} />}
          {saveError && (
            <p class="bs-error-text" role="alert">
              {saveError}
            </p>
          )}
        </footer>
      )}
    </AppRoot>
  );
}
