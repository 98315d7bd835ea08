// The document-reading adapter of dpa-review: bytes of a .txt, .md, .docx or .pdf file in, the
// extracted text out. The format is decided by the content (zip header, %PDF), with the file
// name's extension as a hint; '-' (standard input) has no extension and is sniffed only.

import { ExtractError, describeSize } from './extract-error';
import { extractDocxText, type DocxParagraphs } from './docx';
import { extractPdfText } from './pdf';
import { decodePlainText, normaliseLineEndings } from './plain-text';
import { defaultZipLimits, type ZipLimits } from './zip-limits';

export { ExtractError, type ExtractErrorCode } from './extract-error';
export { defaultZipLimits, type ZipLimits } from './zip-limits';
export type { DocxParagraphs } from './docx';

/** The text of a document, ready for the review engine (line endings are "\n"). */
export interface ExtractedDocument {
  text: string;
  format: 'txt' | 'md' | 'docx' | 'pdf';
  /** Page count: of a PDF, or as Word saved it in a .docx (when it did). */
  pages?: number;
  /** Notes for the reader about the extraction (never contract text). */
  warnings: string[];
  /** For a .docx: where its Word paragraphs begin in `text` (see `paragraphAt` in clause-location.ts). */
  paragraphs?: DocxParagraphs;
}

/** Limits for one extraction. */
export interface ExtractOptions {
  /** Refuse larger files (default 20 MB). */
  maxBytes?: number;
  /** Give up on a PDF after this many milliseconds (default 60 s). */
  pdfTimeoutMs?: number;
  /** Read at most this many PDF pages (default 1000). */
  maxPdfPages?: number;
  /** Refuse a document whose text is longer than this many characters (default 5 MB of text). */
  maxTextChars?: number;
  /** What a .docx may unpack to (default `defaultZipLimits`). */
  zipLimits?: ZipLimits;
}

export const defaultMaxBytes = 20 * 1024 * 1024;
/** 5 MB of text: about 2,500 pages, far more than any DPA; the review's time grows with the text. */
export const defaultMaxTextChars = 5 * 1024 * 1024;
const defaultPdfTimeoutMs = 60_000;
const defaultMaxPdfPages = 1000;

/**
 * Extracts the text of a document.
 *
 * @example
 *   const document = await extractDocument(await readFile('avtale.docx'), 'avtale.docx');
 *   document.format // 'docx'
 *   document.text   // 'Avtalens formål\n\nDenne databehandleravtalen ...'
 * @throws ExtractError with a code and a one-line message for the user
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (bytes.length > maxBytes) {
    throw new ExtractError('too-large', `The file is too large to review (${describeSize(bytes.length)}; the limit is ${describeSize(maxBytes)}).`);
  }
  if (bytes.length === 0) throw new ExtractError('empty');

  const extension = extensionOf(fileName);
  const sniffed = sniffFormat(bytes, extension);
  const maxTextChars = options.maxTextChars ?? defaultMaxTextChars;

  if (sniffed === 'docx') {
    const { text, pages, warnings, paragraphs } = await extractDocxText(bytes, maxTextChars, options.zipLimits ?? defaultZipLimits);
    const finished = finishText(text, maxTextChars);
    return {
      text: finished,
      format: 'docx',
      ...(pages ? { pages } : {}),
      warnings: [...hintMismatch(extension, 'docx'), ...warnings],
      paragraphs: finished.length === text.length ? paragraphs : shiftedParagraphs(text, paragraphs),
    };
  }
  if (sniffed === 'pdf') {
    const { text, pages, warnings } = await extractPdfText(bytes, {
      timeoutMs: options.pdfTimeoutMs ?? defaultPdfTimeoutMs,
      maxPages: options.maxPdfPages ?? defaultMaxPdfPages,
    });
    return { text: finishText(text, maxTextChars), format: 'pdf', pages, warnings: [...hintMismatch(extension, 'pdf'), ...warnings] };
  }
  if (sniffed === 'word-97') {
    throw new ExtractError('unsupported-format', 'This is an old Word (.doc) file or a password-protected Word file. Save it as .docx without a password, or as PDF, and try again.');
  }
  if (sniffed === 'rtf') {
    throw new ExtractError('unsupported-format', 'RTF files are not supported. Save the document as .docx or PDF and try again.');
  }

  let decoded: ReturnType<typeof decodePlainText>;
  try {
    decoded = decodePlainText(bytes);
  } catch (error) {
    // A file named .pdf or .docx that is neither text nor the real format is a damaged file.
    if (error instanceof ExtractError && error.code === 'binary') {
      if (extension === 'pdf') throw new ExtractError('corrupt-pdf');
      if (extension === 'docx') throw new ExtractError('corrupt-docx');
      if (extension === 'doc' || extension === 'odt' || extension === 'pages' || extension === 'rtf') throw new ExtractError('unsupported-format');
    }
    throw error;
  }
  refuseLongText(decoded.text, maxTextChars);
  const format = extension === 'md' || extension === 'markdown' ? 'md' : 'txt';
  const warnings = [...decoded.warnings];
  if (extension === 'pdf' || extension === 'docx') warnings.push(`The file is named .${extension} but contains plain text; it was read as text.`);
  return { text: decoded.text, format, warnings };
}

type SniffedFormat = 'docx' | 'pdf' | 'word-97' | 'rtf' | 'text';

/** Decides the format from the first bytes. */
function sniffFormat(bytes: Uint8Array, extension: string): SniffedFormat {
  const startsWith = (signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith([0x50, 0x4b, 0x03, 0x04]) || startsWith([0x50, 0x4b, 0x05, 0x06])) return 'docx';
  // A PDF named .pdf may have a little junk before its header (readers tolerate up to 1 KB).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || (extension === 'pdf' && head.includes('%PDF-'))) return 'pdf';
  if (startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'word-97';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'text';
}

function extensionOf(fileName: string): string {
  if (fileName === '-') return '';
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

/** A warning when the name says one format and the content another (never an error). */
function hintMismatch(extension: string, format: 'docx' | 'pdf'): string[] {
  if (extension === '' || extension === format) return [];
  if (format === 'docx' && extension === 'docm') return [];
  return [`The file is named .${extension} but is a ${format === 'pdf' ? 'PDF' : 'Word (.docx)'} document; it was read as ${format === 'pdf' ? 'PDF' : '.docx'}.`];
}

/**
 * The paragraph starts after finishText changed the text's length (NFC composed some characters):
 * each paragraph's text is normalised on its own, which gives the same text, since paragraphs begin
 * after a line break, where nothing composes across.
 */
function shiftedParagraphs(text: string, paragraphs: DocxParagraphs): DocxParagraphs {
  const finishedLength = (from: number, to: number) => normaliseLineEndings(text.slice(from, to)).normalize('NFC').length;
  const starts: number[] = [];
  let previous = 0;
  let shifted = 0;
  for (const start of paragraphs.starts) {
    shifted += finishedLength(previous, start);
    previous = start;
    starts.push(shifted);
  }
  return { starts, end: shifted + finishedLength(previous, paragraphs.end) };
}

/** Normalises line endings and Unicode, and refuses documents without any text or with too much. */
function finishText(text: string, maxTextChars: number): string {
  refuseLongText(text, maxTextChars);
  const finished = normaliseLineEndings(text).normalize('NFC');
  if (finished.trim() === '') throw new ExtractError('empty');
  return finished;
}

function refuseLongText(text: string, maxTextChars: number): void {
  if (text.length <= maxTextChars) return;
  throw new ExtractError(
    'too-large',
    `The document's text is too long to review (${describeChars(text.length)} of text; the limit is ${describeChars(maxTextChars)}).`,
  );
}

/** "5 MB" for a character count (one character of text is about a byte). */
function describeChars(chars: number): string {
  return describeSize(chars).replace(/ bytes$/, ' characters');
}
