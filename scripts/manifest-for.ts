// The Firefox manifest is derived from the one source manifest: an event page instead of a
// service worker, and a gecko id (temporary installs and AMO need one).

export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'broadsheet@broadsheet.example';

interface SourceManifest {
  background?: { service_worker?: string; type?: string; scripts?: string[] };
  [key: string]: unknown;
}

export function manifestFor<T extends SourceManifest>(manifest: T, browser: TargetBrowser): T {
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
