import { useLayoutEffect, useState } from 'preact/hooks';
import browser from '../shared/extension-api';
import { hostnameOfPage, withSiteAutoClean, type Settings } from '../shared/settings-schema';
import { ArticleView } from '../ui/ArticleView';
import { t } from '../shared/i18n';
import { readCurrentPage, type PageState } from '../ui/page/read-page';
import { usePage } from '../ui/page/use-page';
import { openReaderTab } from '../shared/reader-tab';
import { AppRoot, ErrorView, LoadingView, NoArticleView, type ViewState } from '../ui/StateViews';
import { useReaderLook, useSettings } from '../ui/use-settings';
import { CleanSummary } from './CleanSummary';
import { SiteToggle } from './SiteToggle';
import { ShowOriginal } from './ShowOriginal';
import { PickerButtons } from './PickerButtons';

export interface PopupAppProps {
  readPage?: () => Promise<PageState>;
  /** The page already read (main.tsx waits for it before rendering); else read on mount. */
  initialPage?: PageState;
  /** Settings already read or being read (main.tsx starts before rendering); else read on mount. */
  initialSettings?: Promise<Settings> | Settings;
}

export function PopupApp({ readPage = readCurrentPage, initialPage, initialSettings }: PopupAppProps) {
  const page = usePage(readPage, initialPage);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { settings, update } = useSettings(initialSettings);
  useReaderLook(settings);

  // The article waits for settings too, so images never flash when they are turned off.
  const state: ViewState = page.kind === 'article' && !settings ? 'loading' : page.kind;
  const snapshot = page.kind === 'loading' ? undefined : page.snapshot;
  // The reader's own hide rules for this site hide parts of the page too: Show original shows them.
  const userHidden = page.kind !== 'loading' && (page.rules?.hide?.length ?? 0) > 0;
  const hostname = snapshot ? hostnameOfPage(snapshot.url) : null;

  const toggleSite = (on: boolean) => {
    if (!hostname) return;
    setSaveError(null);
    update((current) => withSiteAutoClean(current, hostname, on)).catch((error: unknown) =>
      setSaveError(t('status_save_failed', error instanceof Error ? error.message : String(error))),
    );
  };

  const tabId = page.kind === 'loading' ? undefined : page.tabId;
  const openReader = () => {
    if (tabId === undefined) return;
    void openReaderTab(tabId).then(() => window.close());
  };

  // For scripts/measure-popup-speed.mjs: the article is in the DOM now (layout effect: right
  // after the commit) and on screen in the frame that follows.
  useLayoutEffect(() => {
    if (state !== 'article') return;
    performance.mark('broadsheet:article-rendered');
    requestAnimationFrame(() => performance.mark('broadsheet:article-visible'));
  }, [state]);

  return (
    <AppRoot state={state} class="bs-popup">
      <header class="bs-toolbar">
        <span class="bs-brand">{t('extName')}</span>
        <nav class="bs-toolbar-actions" aria-label={t('popup_actions')}>
          {state === 'article' && tabId !== undefined && (
            <button id="open-reader" type="button" class="bs-button-quiet" onClick={openReader}>
              {t('popup_open_reader')}
            </button>
          )}
          <button id="open-options" type="button" class="bs-button-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_options')}
          </button>
        </nav>
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the article scrolls in this box, and keyboard users scroll it by focusing it (axe's scrollable-region-focusable) */}
      <main class="bs-scroll" tabIndex={0}>
        {state === 'loading' && <LoadingView />}
        {state === 'no-article' && <NoArticleView />}
        {state === 'error' && page.kind === 'error' && <ErrorView detail={page.detail} />}
        {state === 'article' && page.kind === 'article' && settings && (
          <ArticleView article={page.article} showImages={settings.reader.showImages} firstScreenFirst />
        )}
      </main>
      {snapshot && hostname && (
        // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the popup's footer is its status bar, named for screen readers' landmark lists
        <footer class="bs-statusbar" aria-label={t('popup_status')}>
          <CleanSummary report={snapshot.cleanReport} />
          {(snapshot.cleanReport || userHidden) && tabId !== undefined && <ShowOriginal tabId={tabId} />}
          {tabId !== undefined && <PickerButtons tabId={tabId} />}
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
