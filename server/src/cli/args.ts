export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check';
  files: string[];
  format: OutputFormat;
  style?: string;
  fix: boolean;
  quiet: boolean;
  /** Worker threads for many files; undefined picks one per core. */
  jobs?: number;
}

export interface InspectOptions {
  command: 'inspect';
  files: string[];
  style?: string;
}

export type CliOptions = CheckOptions | InspectOptions | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  wirecheck FILE… [--format text|json|sarif] [--style STYLE] [--fix] [--quiet]
  wirecheck inspect FILE… [--json] [--style STYLE]

Checks wire articles and press releases. Prints file:line:col severity rule-id message.
Exit code: 0 no errors, 1 an error-severity finding, 2 bad usage or unreadable input.

Options:
  --format   text (default), json or sarif
  --style    xinhua, reuters, reuters-1987, ap, press-release, yonhap, nyt, generic or auto (default: .wirecheckrc.json, else xinhua)
  --fix      apply every safe fix in place (atomically; line endings and BOM are kept)
  --quiet    print only errors
  --jobs N   check many files on N threads (default: one per core; 1 checks in this thread)
  --help     show this help
  --version  show the version`;

export function parseArgs(argv: string[]): CliOptions {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) return { command: 'help' };
  if (args.includes('--version') || args.includes('-v')) return { command: 'version' };
  const inspect = args[0] === 'inspect';
  if (inspect) args.shift();
  const files: string[] = [];
  let format: OutputFormat = 'text';
  let style: string | undefined;
  let fix = false;
  let quiet = false;
  let jobs: number | undefined;
  // An index, not shift(): shifting a list of 20,000 file names one by one is quadratic.
  let at = 0;
  while (at < args.length) {
    const arg = args[at++];
    const [flag, inlineValue] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inlineValue ?? args[at++];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--format': {
        const chosen = value();
        if (chosen !== 'text' && chosen !== 'json' && chosen !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${chosen}".`);
        format = chosen;
        break;
      }
      case '--json': format = 'json'; break;
      case '--style': style = value(); break;
      case '--fix': fix = true; break;
      case '--quiet': quiet = true; break;
      case '--jobs': {
        const chosen = value();
        if (!/^[1-9]\d{0,2}$/.test(chosen)) throw new UsageError(`--jobs must be a whole number from 1 to 999, not "${chosen}".`);
        jobs = Number(chosen);
        break;
      }
      case '--': files.push(...args.slice(at)); at = args.length; break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option ${flag}.`);
        files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError('No files given.');
  if (inspect) {
    if (fix) throw new UsageError('inspect does not take --fix.');
    return { command: 'inspect', files, style };
  }
  return { command: 'check', files, format, style, fix, quiet, jobs };
}
