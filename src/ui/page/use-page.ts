import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageState } from './read-page';

/**
 * The current tab's article, read once when a view mounts (popup and reader tab alike).
 * A layout effect, not useEffect: Preact runs useEffect only after the next frame, which in a
 * popup that is not yet on screen is a frame too late for the answer already on its way.
 */
export function usePage(readPage: () => Promise<PageState>): PageState {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  useLayoutEffect(() => {
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
