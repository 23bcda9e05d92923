// Hardware media keys and the system's "now playing": the title and site of the article, and
// the actions the Listen control offers. Absent MediaSession (older Firefox) nothing happens.

export interface MediaActions {
  play(): void;
  pause(): void;
  previous(): void;
  next(): void;
  stop(): void;
}

export function showNowPlaying(title: string, site: string, playing: boolean, actions: MediaActions): void {
  const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  if (!session || typeof MediaMetadata === 'undefined') return;
  session.metadata = new MediaMetadata({ title, artist: site });
  session.playbackState = playing ? 'playing' : 'paused';
  const handlers: Array<[MediaSessionAction, () => void]> = [
    ['play', actions.play],
    ['pause', actions.pause],
    ['previoustrack', actions.previous],
    ['nexttrack', actions.next],
    ['stop', actions.stop],
  ];
  for (const [action, handler] of handlers) trySetHandler(session, action, handler);
}

export function clearNowPlaying(): void {
  const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  if (!session) return;
  session.metadata = null;
  session.playbackState = 'none';
  for (const action of ['play', 'pause', 'previoustrack', 'nexttrack', 'stop'] as const) trySetHandler(session, action, null);
}

function trySetHandler(session: MediaSession, action: MediaSessionAction, handler: (() => void) | null): void {
  try {
    session.setActionHandler(action, handler);
  } catch {
    // An action this browser does not support.
  }
}
