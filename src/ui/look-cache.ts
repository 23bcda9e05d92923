/** Where the last reader look is kept (localStorage of the extension's origin) for the next page's first paint. */
export const LOOK_CACHE_KEY = 'broadsheet:reader-look';
