import { resolve } from 'node:path';
import { build, type BuildEnvironmentOptions, type Plugin } from 'vite';

// Classic (non-module) scripts the extension's pages load first, in <head>, written in
// TypeScript that imports the constants they share with the rest of the extension (message
// names, world flags, the content script's path, the settings' allowed values): each is
// bundled on its own into one minified IIFE and emitted at a fixed name.

export function classicScript(fileName: string, entry: string): Plugin {
  return {
    name: `broadsheet-classic-script:${fileName}`,
    async generateBundle() {
      const code = await bundleApart({ rollupOptions: { input: resolve(import.meta.dirname, entry), output: { format: 'iife' } } }, fileName);
      this.emitFile({ type: 'asset', fileName, source: code });
    },
  };
}

/**
 * One entry bundled apart from the build that asks (minified, es2022, nothing written) and
 * its code returned: the early classic scripts here, the content script's page cleaner in
 * vite.content.config.ts.
 */
export async function bundleApart(options: Pick<BuildEnvironmentOptions, 'lib' | 'rollupOptions'>, what: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, sourcemap: false, target: 'es2022', minify: true, ...options },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${what}: no bundle produced`);
  return chunk.code;
}
