// The few extension APIs the content script needs, without the polyfill (size budget):
// Firefox exposes promise-based `browser`, Chromium MV3 promise-based `chrome`.

interface StorageArea {
  get(key: string | string[]): Promise<Record<string, unknown>>;
}

interface ExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void): void;
    };
  };
  storage: { sync: StorageArea; local: StorageArea };
}

export function extensionApi(): ExtensionApi | null {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome?.runtime ? scope.chrome : null;
}
