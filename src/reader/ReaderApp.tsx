import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListenSettings, ReaderSettings } from '../shared/settings-schema';
import { ArticleView } from '../ui/ArticleView';
import { t } from '../shared/i18n';
import { ListenControl } from '../ui/listen/ListenControl';
import { LookControls } from '../ui/LookControls';
import { readCurrentPage, type PageState } from '../ui/page/read-page';
import { usePage } from '../ui/page/use-page';
import { AppRoot, ErrorView, LoadingView, NoArticleView, type ViewState } from '../ui/StateViews';
import { useReaderLook, useSettings } from '../ui/use-settings';
import { copyMarkdown, saveHtmlFile } from './keep';

// The full-tab reader: the same ArticleView as the popup, a toolbar (back to the page, the look
// panel, copy as Markdown, save as HTML, print, Listen) and the article of `?tab=<id>`, read from that
// tab's live page like the popup does.

export function ReaderApp({ readPage = readCurrentPage }: { readPage?: () => Promise<PageState> }) {
  const page = usePage(readPage);
  const [panelOpen, setPanelOpen] = useState(false);
  const [status, setStatus] = useState('');
  const { settings, update } = useSettings();
  const lookButton = useRef<HTMLButtonElement>(null);
  useReaderLook(settings);

  const article = page.kind === 'article' ? page.article : null;
  useEffect(() => {
    document.title = article ? t('reader_document_title', article.title) : t('extName');
  }, [article]);

  const state: ViewState = page.kind === 'article' && !settings ? 'loading' : page.kind;
  const set = (patch: Partial<ReaderSettings>) =>
    void update((current) => ({ ...current, reader: { ...current.reader, ...patch } })).catch((error: unknown) =>
      setStatus(t('status_save_failed', error instanceof Error ? error.message : String(error))),
    );

  const saveListen = (listen: ListenSettings) =>
    void update((current) => ({ ...current, listen })).catch((error: unknown) =>
      setStatus(t('status_save_failed', error instanceof Error ? error.message : String(error))),
    );

  const closePanel = () => {
    setPanelOpen(false);
    lookButton.current?.focus();
  };

  const run = (action: () => Promise<string> | string) => {
    Promise.resolve()
      .then(action)
      .then(setStatus, (error: unknown) => setStatus(t('reader_action_failed', error instanceof Error ? error.message : String(error))));
  };

  return (
    <AppRoot state={state} class="bs-reader">
      <header class="bs-reader-bar">
        <span class="bs-brand">{t('extName')}</span>
        <nav class="bs-reader-actions" aria-label={t('reader_actions')}>
          {article && (
            <a id="reader-back" class="bs-button-quiet" href={article.url} rel="noreferrer">
              {t('reader_back_to_page')}
            </a>
          )}
          <button
            id="reader-look-toggle"
            ref={lookButton}
            type="button"
            class="bs-button-quiet"
            aria-expanded={panelOpen}
            aria-controls="reader-look-panel"
            disabled={!settings}
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {t('reader_look')}
          </button>
          {article && settings && (
            <>
              <button
                id="reader-copy-markdown"
                type="button"
                class="bs-button-quiet"
                onClick={() => run(() => copyMarkdown(article).then(() => t('reader_copied')))}
              >
                {t('reader_copy_markdown')}
              </button>
              <button
                id="reader-save-html"
                type="button"
                class="bs-button-quiet"
                onClick={() => run(() => t('reader_saved', saveHtmlFile(article, settings.reader)))}
              >
                {t('reader_save_html')}
              </button>
              <button id="reader-print" type="button" class="bs-button-quiet" onClick={() => window.print()}>
                {t('reader_print')}
              </button>
            </>
          )}
        </nav>
        {article && settings && <ListenControl article={article} listen={settings.listen} saveListen={saveListen} />}
      </header>
      {panelOpen && settings && (
        <section
          id="reader-look-panel"
          class="bs-look-panel"
          aria-labelledby="reader-look-heading"
          onKeyDown={(event) => {
            if (event.key === 'Escape') closePanel();
          }}
        >
          <h2 id="reader-look-heading" class="bs-look-heading">
            {t('reader_look_heading')}
          </h2>
          <LookControls reader={settings.reader} set={set} idPrefix="look" />
          <button type="button" class="bs-button-quiet" onClick={closePanel}>
            {t('reader_look_close')}
          </button>
        </section>
      )}
      <main class="bs-reader-main">
        {state === 'loading' && <LoadingView />}
        {state === 'no-article' && <NoArticleView />}
        {state === 'error' && page.kind === 'error' && <ErrorView detail={page.detail} />}
        {state === 'article' && article && settings && <ArticleView article={article} showImages={settings.reader.showImages} />}
      </main>
      <p id="reader-status" class="bs-reader-status" role="status" aria-live="polite">
        {status}
      </p>
    </AppRoot>
  );
}
