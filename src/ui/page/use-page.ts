import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageState } from './read-page';

/**
 * The current tab's article, read once when a view mounts (popup and reader tab alike), or
 * `known`, already read (the view's first render is then the page itself, not a loading view).
 * A layout effect, not useEffect: Preact runs useEffect only after the next frame, which in a
 * popup that is not yet on screen is a frame too late for the answer already on its way.
 */
export function usePage(readPage: () => Promise<PageState>, known?: PageState): PageState {
  const [page, setPage] = useState<PageState>(known ?? { kind: 'loading' });
  useLayoutEffect(() => {
    if (known) return;
    let live = true;
    readPage().then(
      (state) => live && setPage(state),
      (error: unknown) => live && setPage({ kind: 'error', detail: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [readPage, known]);
  return page;
}
