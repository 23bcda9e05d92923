import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clean } from '../core/clean';
import { detect } from '../core/detect';
import { extract } from '../core/extract';
import { installNodePurifier } from '../lib/node-purifier';
import { installQueryIndex } from '../lib/query-index';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { InputError, loadInput } from './input';
import { EXTENSIONS, renderArticle } from './render';

// jsdom matches selectors in JavaScript: answer extraction's queries from one index; sanitize
// through a jsdom window (the library entry does the same).
installQueryIndex();
installNodePurifier();

// `broadsheet`: exit 0 on success, 1 when an input has no article (the others are still
// written), 2 on bad usage or an unreadable input, with a one-line message naming it.

async function run(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`broadsheet: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (args.outDir) await mkdir(args.outDir, { recursive: true });
  let status = 0;
  for (const input of args.inputs) {
    try {
      const outcome = await handle(input, args);
      if (outcome === 'no-article') status = Math.max(status, 1);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`broadsheet: ${error.message}\n`);
      status = 2;
    }
  }
  return status;
}

async function handle(input: string, args: CliArgs): Promise<'ok' | 'no-article'> {
  const loaded = await loadInput(input, args.url);
  if (args.command === 'detect') {
    await emit(args, loaded.name, 'json', `${JSON.stringify(detect(loaded.document, { url: loaded.url }), null, 2)}\n`);
    return 'ok';
  }
  if (args.command === 'clean') {
    const report = clean(loaded.document);
    process.stderr.write(`${input}: ${report.recognised ? `${report.removed.length} items removed` : 'not recognised, unchanged'}\n`);
    await emit(args, loaded.name, 'html', `<!DOCTYPE html>\n${loaded.document.documentElement.outerHTML}\n`);
    return 'ok';
  }
  const article = extract(loaded.document, { url: loaded.url });
  if (!article) {
    process.stderr.write(`broadsheet: ${input}: no article found\n`);
    return 'no-article';
  }
  await emit(args, loaded.name, args.format, renderArticle(article, args.format));
  return 'ok';
}

async function emit(args: CliArgs, name: string, format: keyof typeof EXTENSIONS, content: string): Promise<void> {
  if (!args.outDir) {
    process.stdout.write(content);
    return;
  }
  await writeFile(join(args.outDir, `${name}.${EXTENSIONS[format]}`), content, 'utf8');
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`broadsheet: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
