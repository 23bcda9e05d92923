import { useEffect, useState } from 'preact/hooks';
import type { PageState } from './read-page';

/** The current tab's article, read once when a view mounts (popup and reader tab alike). */
export function usePage(readPage: () => Promise<PageState>): PageState {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
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
  return page;
}
