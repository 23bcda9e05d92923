// @ts-check
// The Firefox manifest is derived from the one source manifest: an event page instead of a
// service worker, and a gecko id (temporary installs and AMO need one). The two builds differ
// only there: `npm run build` builds for Chromium once and writes this into a copy for Firefox.
// Plain JavaScript so that the build script runs it as it is.

/** @typedef {'chrome' | 'firefox'} TargetBrowser */

export const GECKO_ID = 'broadsheet@broadsheet.example';

/**
 * @template {{ background?: { service_worker?: string, type?: string, scripts?: string[] }, [key: string]: unknown }} T
 * @param {T} manifest the source manifest, or the one a Chromium build wrote
 * @param {TargetBrowser} browser
 * @returns {T}
 */
export function manifestFor(manifest, browser) {
  if (browser === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  return {
    ...manifest,
    background: { scripts: worker ? [worker] : [], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
