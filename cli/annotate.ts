// `dpa-review annotate FILE [-o OUT.docx] [--lang nb|en] [--redline] [--playbook FILE]`: reviews a
// document and writes a Word file with one comment per finding (and, with --redline, the reference
// wording as tracked changes). A .docx keeps its own layout; a .pdf, .txt or .md becomes a new .docx
// of its text. Exit codes: 0 written, 2 error (one line on standard error).

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateDocx, annotateText } from '../shared/annotate/index';
import { extractDocument, ExtractError } from '../shared/extract/index';
import { EmptyTextError, PlaybookError, review, TooManyPartsError, type MessageLang, type Playbook, type ReviewOptions } from '../shared/index';
import { loadWorkspaceSettings } from './workspace-settings';

export const ANNOTATE_USAGE = `  dpa-review annotate FILE [-o OUT.docx] [--lang nb|en] [--redline] [--playbook FILE]   # Word file with comments`;

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

class AnnotateUsageError extends Error {}

/**
 * Runs `annotate` with the arguments after the command name; resolves with the exit code.
 *
 * @example
 *   await annotateCommand(['samples/opus-dpa-2025.docx', '-o', 'opus.docx', '--redline']); // 0
 */
export async function annotateCommand(argv: string[]): Promise<number> {
  try {
    const written = await annotate(argv);
    process.stdout.write(`${written}\n`);
    return 0;
  } catch (error) {
    const known = error instanceof AnnotateUsageError || error instanceof ExtractError || error instanceof PlaybookError || error instanceof EmptyTextError || error instanceof TooManyPartsError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`dpa-review: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

async function annotate(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv);
  if (values.help) return ANNOTATE_USAGE.trim();
  if (positionals.length !== 1) throw new AnnotateUsageError('annotate takes one FILE (.docx, .pdf, .txt or .md)');
  const input = positionals[0]!;
  const lang = values.lang;
  if (lang !== undefined && lang !== 'nb' && lang !== 'en') throw new AnnotateUsageError(`--lang must be nb or en, not "${lang}"`);
  const output = values.output ?? `${basename(input, extname(input))}.reviewed.docx`;
  if (!/\.docx$/i.test(output)) throw new AnnotateUsageError(`the output must be a .docx file, not ${output}`);
  if (resolve(output) === resolve(input)) throw new AnnotateUsageError(`will not overwrite the input ${input}; name another file with -o`);

  const bytes = readInput(input);
  const extracted = await extractDocument(bytes, basename(input), { maxBytes: MAX_INPUT_BYTES });
  const options: ReviewOptions = reviewOptions(input, lang as MessageLang | undefined, values.playbook);
  const result = review(extracted.text, options);
  result.document.name = basename(input);
  result.document.format = extracted.format;
  const annotateOptions = { redline: values.redline ?? false, ...(lang ? { lang: lang as MessageLang } : {}) };
  const annotated = extracted.format === 'docx' ? await annotateDocx(bytes, result, annotateOptions) : await annotateText(result, annotateOptions);
  writeFileSync(output, annotated.bytes);
  for (const note of annotated.notes) process.stderr.write(`dpa-review: ${note}\n`);
  const changes = values.redline ? `, ${annotated.changes} tracked change${annotated.changes === 1 ? '' : 's'}` : '';
  return `${output}: ${annotated.comments} comment${annotated.comments === 1 ? '' : 's'}${changes}`;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        redline: { type: 'boolean' },
        playbook: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new AnnotateUsageError(`${(error as Error).message.split('.')[0]} (see dpa-review annotate --help)`);
  }
}

function readInput(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new AnnotateUsageError(`${path} is a folder, not a document`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AnnotateUsageError) throw error;
    throw new AnnotateUsageError(`no such file: ${path}`);
  }
  if (size > MAX_INPUT_BYTES) throw new AnnotateUsageError(`${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  return readFileSync(path);
}

function reviewOptions(file: string, lang: MessageLang | undefined, playbookPath: string | undefined): ReviewOptions {
  const workspace = loadWorkspaceSettings(resolve(file, '..'));
  let playbook: Partial<Playbook> = {};
  if (playbookPath) {
    try {
      playbook = JSON.parse(readFileSync(playbookPath, 'utf8')) as Partial<Playbook>;
    } catch (error) {
      throw new AnnotateUsageError(`cannot read the playbook ${playbookPath}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const options: ReviewOptions = { playbook: { ...workspace.playbook, ...playbook }, acceptedFindings: workspace.accepted };
  if (lang) options.lang = lang;
  return options;
}
