// The `dpa-review` command line: review (one document, or several files and folders as a batch in
// worker threads, see batch.ts), compare, explain, normen.
// Exit codes: 0 = no deviations, 1 = deviations found, 2 = error (one line on stderr, no stack); a
// batch exits 2 only when no document could be reviewed.

import './v8-flags';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocument, ExtractError } from '../shared/extract/index';
import { compare, formatReport, normenChecklist, getCategory, categories, review, withParagraphs, PlaybookError, VERSION, EmptyTextError, TooManyPartsError, type ReportFormat, type MessageLang, type ReviewOptions, type Playbook, type ParagraphStarts } from '../shared/index';
import { formatNormenHtml, formatNormenMarkdown, formatNormenText } from '../shared/format/normen';
import { formatHtml, formatHtmlIndex, formatPortfolioCsv, formatSarifLog, type HtmlIndexEntry, type PortfolioEntry } from '../shared/format/index';
import { collectInputs, progressLine, reviewBatch } from './batch';
import { portfolioMarkdown, portfolioText, writePortfolioJson } from './portfolio';
import { formatComparison } from './format-comparison';
import { loadWorkspaceSettings } from './workspace-settings';
import { annotateCommand, ANNOTATE_USAGE } from './annotate';

const USAGE = `Usage:
  dpa-review review FILE|FOLDER|- ... [--format text|json|markdown|sarif|csv|html] [--out DIR] [--lang nb|en] [--playbook FILE] [--scope auto|document|clause]
  dpa-review compare OLD NEW [--format text|json|markdown] [--lang nb|en] [--playbook FILE]
  dpa-review normen FILE|- [--format text|json|markdown|html] [--lang nb|en] [--playbook FILE]   # Normen Bilag 1a checklist
  dpa-review explain CATEGORY [--lang nb|en]
  dpa-review categories [--lang nb|en]
${ANNOTATE_USAGE}

FILE may be .txt, .md, .docx or .pdf; "-" reads standard input. review takes several files and
folders (searched recursively for .docx, .pdf, .txt and .md; other files are skipped and listed) and
reviews them in worker threads, one per core; a file that cannot be read is listed under errors.
--format csv: a row per document (UTF-8 with BOM, ";" between fields, for Excel).
--format html: a self-contained page; --out DIR writes DIR/index.html (the portfolio) and a page
per document (needed for several documents).
Exit codes: review/compare 0 no deviations, 1 deviations found; normen 0 every requirement met,
1 some only partly met or not found; 2 error (one line on standard error); a batch exits 2 only
when no document could be reviewed.
Options: -f/--format, -o/--out, --lang, --playbook, --scope, -h/--help, -V/--version.`;

/** An error the user can act on: printed as one line, exit code 2. */
class UsageError extends Error {}

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

async function readInput(path: string): Promise<{ text: string; name: string; format: string; byteLength: number; paragraphs?: ParagraphStarts }> {
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
  return { text: extracted.text, name: path === '-' ? 'stdin' : basename(path), format: extracted.format, byteLength: bytes.length, paragraphs: extracted.paragraphs };
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
  out: { type: 'string', short: 'o' },
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
    if (!args.length) throw new UsageError('review takes one or more FILEs or FOLDERs (or - for standard input)');
    const format = (values.format ?? 'text') as ReportFormat;
    if (!REVIEW_FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}" (${REVIEW_FORMATS.join(', ')})`);
    if (values.out !== undefined && format !== 'html') throw new UsageError('--out is for --format html');
    const isFolder = (path: string) => path !== '-' && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
    if (args.length > 1 || args.some(isFolder)) {
      if (args.includes('-')) throw new UsageError('standard input (-) cannot be reviewed together with files');
      return reviewMany(args, format, { lang, playbook: values.playbook, scope: values.scope, out: values.out, color });
    }
    const input = await readInput(args[0]);
    const options = reviewOptions(args[0], lang, values.playbook, values.scope);
    // a .docx's findings also name their Word paragraph (finding.clause.paragraph)
    const result = withParagraphs(review(input.text, options), input.paragraphs);
    result.document.name = input.name;
    result.document.format = input.format;
    if (format === 'html' && values.out !== undefined) {
      writeHtmlFolder(values.out, [{ file: args[0], review: result }], result.lang);
      return result.summary.total > 0 ? 1 : 0;
    }
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
    if (!['text', 'json', 'markdown', 'html'].includes(format)) throw new UsageError(`unknown --format "${format}" (text, json, markdown, html)`);
    const input = await readInput(args[0]);
    // one review of the document, with the folder's accepted deviations and playbook; the checklist
    // mentions its findings and does not review the text again
    const checklist = normenChecklist(review(input.text, reviewOptions(args[0], lang, values.playbook, values.scope)), lang ? { lang } : {});
    const rendered =
      format === 'json'
        ? JSON.stringify(checklist, null, 2) + '\n'
        : format === 'markdown'
          ? formatNormenMarkdown(checklist, input.name)
          : format === 'html'
            ? formatNormenHtml(checklist, input.name)
            : formatNormenText(checklist, color);
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

const REVIEW_FORMATS: ReportFormat[] = ['text', 'json', 'markdown', 'sarif', 'csv', 'html'];

/**
 * Reviews several documents (the files given, the folders searched) in worker threads and prints
 * one report over them: JSON { reviews, errors, summary }, CSV (a row per document), SARIF (one
 * run), Markdown and text (each document's report, then a summary table), HTML (--out DIR).
 * Exit code 1 if any deviation, 2 only if no document could be reviewed.
 */
async function reviewMany(
  paths: string[],
  format: ReportFormat,
  flags: { lang?: MessageLang; playbook?: string; scope?: string; out?: string; color: boolean },
): Promise<number> {
  if (format === 'html' && flags.out === undefined) throw new UsageError('--format html for several documents needs --out DIR (index.html and a page per document)');
  const { files, skipped, missing } = collectInputs(paths);
  const playbook = readPlaybook(flags.playbook);
  if (flags.scope !== undefined && !['auto', 'document', 'clause'].includes(flags.scope)) throw new UsageError(`--scope must be auto, document or clause`);
  const workspaces = new Map<string, ReturnType<typeof loadWorkspaceSettings>>();
  const optionsFor = (file: string): ReviewOptions => {
    const folder = resolve(file, '..');
    // a broken .dpa-review.json is the error of the files under it, not of the batch
    let workspace = workspaces.get(folder);
    if (!workspace) workspaces.set(folder, (workspace = loadWorkspaceSettings(folder)));
    const options: ReviewOptions = { playbook: { ...workspace.playbook, ...playbook }, acceptedFindings: workspace.accepted };
    if (flags.lang) options.lang = flags.lang;
    if (flags.scope) options.scope = flags.scope as ReviewOptions['scope'];
    return options;
  };
  for (const file of skipped) process.stderr.write(`dpa-review: skipped ${file} (not a document to review: only .docx, .pdf, .txt and .md, README files left out)\n`);
  const progress = progressLine(process.stderr);
  const results = await reviewBatch(files, {
    maxBytes: MAX_INPUT_BYTES,
    optionsFor,
    // DPA_REVIEW_WORKERS=1 leaves the other cores alone (a shared machine; the batch benchmark)
    ...(Number(process.env.DPA_REVIEW_WORKERS) > 0 ? { workers: Number(process.env.DPA_REVIEW_WORKERS) } : {}),
    onProgress: progress.update,
  }).finally(progress.end);
  const byFile = new Map(results.map((r) => [r.file, r]));
  const entries: (PortfolioEntry & { byteLength?: number })[] = [];
  const order = [...files, ...missing];
  for (const file of order) {
    const result = byFile.get(file);
    if (!result) entries.push({ file, error: `no such file: ${file}` });
    else if ('error' in result) entries.push({ file, error: result.error });
    else entries.push({ file, review: result.review, byteLength: result.byteLength });
  }
  for (const e of entries) if (e.error) process.stderr.write(`dpa-review: ${e.file}: ${e.error}\n`);
  const reviewed = entries.filter((e) => e.review);
  const lang = flags.lang ?? reviewed[0]?.review?.lang ?? 'nb';
  if (format === 'json') writePortfolioJson(entries, skipped, (chunk) => process.stdout.write(chunk));
  else if (format === 'csv') process.stdout.write(formatPortfolioCsv(entries));
  else if (format === 'sarif') {
    const documents = reviewed.map((e) => ({ review: e.review!, ...sarifLocation(e.file, e.byteLength ?? 0) }));
    process.stdout.write(JSON.stringify(formatSarifLog(documents, { srcRoot: pathToFileURL(process.cwd() + sep).href }), null, 2) + '\n');
  } else if (format === 'html') writeHtmlFolder(flags.out!, entries, lang);
  else {
    const one = (e: PortfolioEntry & { byteLength?: number }) => formatReport(e.review!, format, { color: flags.color, ...reportLocation(e.file, { name: basename(e.file), byteLength: e.byteLength ?? 0 }) });
    const parts = reviewed.map(one);
    parts.push(format === 'markdown' ? portfolioMarkdown(entries, skipped, lang) : portfolioText(entries, skipped, lang));
    process.stdout.write(parts.join('\n'));
  }
  if (!reviewed.length) {
    process.stderr.write(`dpa-review: no document could be reviewed (${entries.length} found)\n`);
    return 2;
  }
  return reviewed.some((e) => e.review!.summary.total > 0) ? 1 : 0;
}

/** SARIF's artifact for a batch file: the path as found, read against the working folder. */
function sarifLocation(file: string, byteLength: number) {
  const { uri } = reportLocation(file, { name: basename(file), byteLength });
  return { uri, byteLength };
}

/** A page's file name: its place in the batch and a tame form of the document's name. */
const pageName = (index: number, file: string) => `${String(index + 1).padStart(3, '0')}-${basename(file).replace(/[^\w.-]+/g, '_').slice(0, 80)}.html`;

/** --format html --out DIR: DIR/index.html (the portfolio table) and a page per reviewed document. */
function writeHtmlFolder(out: string, entries: readonly PortfolioEntry[], lang: MessageLang): void {
  try {
    mkdirSync(out, { recursive: true });
    const index: HtmlIndexEntry[] = entries.map((entry, i) => {
      if (!entry.review) return entry;
      const href = pageName(i, entry.file);
      writeFileSync(join(out, href), formatHtml(entry.review, { uri: entry.file, indexHref: 'index.html' }));
      return { ...entry, href };
    });
    writeFileSync(join(out, 'index.html'), formatHtmlIndex(index, lang));
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message.split('\n')[0]}`);
  }
  process.stderr.write(`dpa-review: wrote ${join(out, 'index.html')}\n`);
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
    const known = error instanceof UsageError || error instanceof ExtractError || error instanceof PlaybookError || error instanceof EmptyTextError || error instanceof TooManyPartsError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`;
    process.stderr.write(`dpa-review: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
