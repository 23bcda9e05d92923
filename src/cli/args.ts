// Command-line parsing for `broadsheet`: no dependency, strict, one-line errors.

export type Format = 'json' | 'markdown' | 'text' | 'html';
export type Command = 'extract' | 'detect' | 'clean';

export interface CliArgs {
  command: Command;
  format: Format;
  url?: string;
  outDir?: string;
  inputs: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  broadsheet extract [--format json|markdown|text|html] [--url URL] [--out-dir DIR] INPUT...
  broadsheet detect INPUT...
  broadsheet clean INPUT...
INPUT is an HTML file or an http(s) URL.`;

const FORMATS: readonly Format[] = ['json', 'markdown', 'text', 'html'];
const COMMANDS: readonly Command[] = ['extract', 'detect', 'clean'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) throw new UsageError(`unknown command: ${command ?? '(none)'}`);
  const args: CliArgs = { command: command as Command, format: 'json', inputs: [] };
  for (let index = 0; index < rest.length; index += 1) {
    const token = rest[index];
    const [flag, inlineValue] = token.startsWith('--') ? splitFlag(token) : [token, undefined];
    const value = () => {
      const next = inlineValue ?? rest[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format: ${format}`);
      args.format = format as Format;
    } else if (flag === '--url') {
      args.url = value();
    } else if (flag === '--out-dir') {
      args.outDir = value();
    } else if (flag.startsWith('--')) {
      throw new UsageError(`unknown option: ${flag}`);
    } else {
      args.inputs.push(token);
    }
  }
  if (args.inputs.length === 0) throw new UsageError('no INPUT given');
  return args;
}

function splitFlag(token: string): [string, string | undefined] {
  const at = token.indexOf('=');
  return at === -1 ? [token, undefined] : [token.slice(0, at), token.slice(at + 1)];
}
