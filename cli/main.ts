// The `dpa-review` command line: review, compare, explain, normen.
// Exit codes: 0 = no deviations, 1 = deviations found, 2 = error (one line on stderr, no stack).

import './v8-flags';
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocument, ExtractError } from '../shared/extract/index';
import { compare, formatReport, normenChecklist, getCategory, categories, review, PlaybookError, VERSION, EmptyTextError, type ReportFormat, type MessageLang, type ReviewOptions, type Playbook } from '../shared/index';
import { formatNormenMarkdown, formatNormenText } from '../shared/format/normen';
import { formatComparison } from './format-comparison';
import { loadWorkspaceSettings } from './workspace-settings';
import { annotateCommand, ANNOTATE_USAGE } from './annotate';

const USAGE = `Usage:
  dpa-review review FILE|- [--format text|json|markdown|sarif] [--lang nb|en] [--playbook FILE] [--scope auto|document|clause]
  dpa-review compare OLD NEW [--format text|json|markdown] [--lang nb|en] [--playbook FILE]
  dpa-review normen FILE|- [--format text|json|markdown] [--lang nb|en]   # Normen Bilag 1a checklist
  dpa-review explain CATEGORY [--lang nb|en]
  dpa-review categories [--lang nb|en]
${ANNOTATE_USAGE}

FILE may be .txt, .md, .docx or .pdf; "-" reads standard input.
Exit codes: review/compare 0 no deviations, 1 deviations found; normen 0 every requirement met,
1 some only partly met or not found; 2 error (one line on standard error).
Options: -f/--format, --lang, --playbook, --scope, -h/--help, -V/--version.`;

/** An error the user can act on: printed as one line, exit code 2. */
class UsageError extends Error {}

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

async function readInput(path: string): Promise<{ text: string; name: string; format: string; byteLength: number }> {
  let bytes: Uint8Array;
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) throw new UsageError(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      chunks.push(chunk as Buffer);
    }
    bytes = Buffer.concat(chunks);
  } else {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`no such file: ${path}`);
    }
    if (stat.isDirectory()) throw new UsageError(`${path} is a folder, not a document`);
    if (stat.size > MAX_INPUT_BYTES) throw new UsageError(`${basename(path)} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(path);
  }
  const extracted = await extractDocument(bytes, path === '-' ? '-' : basename(path), { maxBytes: MAX_INPUT_BYTES });
  return { text: extracted.text, name: path === '-' ? 'stdin' : basename(path), format: extracted.format, byteLength: bytes.length };
}

function parseLang(value: string | undefined): MessageLang | undefined {
  if (value === undefined) return undefined;
  if (value !== 'nb' && value !== 'en') throw new UsageError(`--lang must be nb or en, not "${value}"`);
  return value;
}

function readPlaybook(path: string | undefined): Partial<Playbook> | undefined {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<Playbook>;
  } catch (e) {
    throw new UsageError(`cannot read the playbook ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  playbook: { type: 'string' },
  scope: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** The arguments, or a one-line UsageError for a flag we don't know or one missing its value. */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag ?? ''} (see dpa-review --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option ${flag?.match(/--[\w-]+/)?.[0] ?? flag ?? ''} needs a value (see dpa-review --help)`);
    throw new UsageError(`${(error as Error).message.split('.')[0]} (see dpa-review --help)`);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'annotate') return annotateCommand(argv.slice(1));
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...args] = positionals;
  if (values.version) {
    process.stdout.write(`dpa-review ${VERSION}\n`);
    return 0;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!command) {
    // called with nothing: the usage is the error message
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const lang = parseLang(values.lang);
  const color = process.stdout.isTTY && !process.env.NO_COLOR;

  if (command === 'review') {
    if (args.length !== 1) throw new UsageError('review takes one FILE (or - for standard input)');
    const format = (values.format ?? 'text') as ReportFormat;
    if (!['text', 'json', 'markdown', 'sarif'].includes(format)) throw new UsageError(`unknown --format "${format}" (text, json, markdown, sarif)`);
    const input = await readInput(args[0]);
    const options = reviewOptions(args[0], lang, values.playbook, values.scope);
    const result = review(input.text, options);
    result.document.name = input.name;
    result.document.format = input.format;
    process.stdout.write(formatReport(result, format, { color, ...reportLocation(args[0], input) }));
    return result.summary.total > 0 ? 1 : 0;
  }
  if (command === 'compare') {
    if (args.length !== 2) throw new UsageError('compare takes two files: OLD NEW');
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`unknown --format "${format}" (text, json, markdown)`);
    const [before, after] = await Promise.all(args.map(readInput));
    const comparison = compare(before.text, after.text, reviewOptions(args[1], lang, values.playbook, values.scope));
    process.stdout.write(formatComparison(comparison, format as 'text' | 'json' | 'markdown', { color, oldName: before.name, newName: after.name }));
    return comparison.findings.added.length > 0 ? 1 : 0;
  }
  if (command === 'normen') {
    if (args.length !== 1) throw new UsageError('normen takes one FILE (or - for standard input)');
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`unknown --format "${format}" (text, json, markdown)`);
    const input = await readInput(args[0]);
    const checklist = normenChecklist(input.text, lang ? { lang } : {});
    const rendered =
      format === 'json' ? JSON.stringify(checklist, null, 2) + '\n' : format === 'markdown' ? formatNormenMarkdown(checklist, input.name) : formatNormenText(checklist, color);
    process.stdout.write(rendered);
    return checklist.rows.every((row) => row.status === 'met') ? 0 : 1;
  }
  if (command === 'explain') {
    const category = getCategory(args[0] ?? '');
    if (!category) throw new UsageError(`unknown category "${args[0] ?? ''}"; one of: ${categories.map((c) => c.id).join(', ')}`);
    const l = lang ?? 'nb';
    const heading = l === 'nb' ? ['Avvik', 'Referanseposisjon', 'Hvorfor det betyr noe'] : ['Deviation', 'Reference position', 'Why it matters'];
    process.stdout.write(
      `${category.id}: ${category.name[l]}\n\n${heading[0]}: ${category.deviation[l]}\n\n${heading[1]}: ${category.reference[l]}\n\n${heading[2]}: ${category.why[l]}\n`,
    );
    return 0;
  }
  if (command === 'categories') {
    const l = lang ?? 'nb';
    for (const c of categories) process.stdout.write(`${c.id.padEnd(24)} ${c.name[l]}\n`);
    return 0;
  }
  throw new UsageError(`unknown command "${command}" (review, compare, normen, explain, categories; see dpa-review --help)`);
}

/**
 * How a report names the document: the path as given (SARIF reads it against the working folder,
 * so code scanning can link it), the working folder as %SRCROOT%, and the file's size in bytes.
 */
function reportLocation(path: string, input: { name: string; byteLength: number }) {
  if (path === '-') return { uri: input.name, byteLength: input.byteLength };
  const given = isAbsolute(path) ? relative(process.cwd(), path) : path;
  const uri = given.startsWith('..') ? pathToFileURL(resolve(path)).href : given.split(sep).join('/');
  return { uri, byteLength: input.byteLength, srcRoot: pathToFileURL(process.cwd() + sep).href };
}

function reviewOptions(file: string, lang: MessageLang | undefined, playbookPath: string | undefined, scope: string | undefined): ReviewOptions {
  if (scope !== undefined && !['auto', 'document', 'clause'].includes(scope)) throw new UsageError(`--scope must be auto, document or clause`);
  const workspace = loadWorkspaceSettings(file === '-' ? process.cwd() : resolve(file, '..'));
  const options: ReviewOptions = {
    playbook: { ...workspace.playbook, ...readPlaybook(playbookPath) },
    acceptedFindings: workspace.accepted,
  };
  if (lang) options.lang = lang;
  if (scope) options.scope = scope as ReviewOptions['scope'];
  return options;
}

// a reader that stops early (`dpa-review review x | head`) is not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof ExtractError || error instanceof PlaybookError || error instanceof EmptyTextError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`;
    process.stderr.write(`dpa-review: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
