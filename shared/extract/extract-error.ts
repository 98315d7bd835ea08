// The one error type document extraction throws: a machine-readable code and a one-line message a
// lawyer understands. Messages never contain document text, file contents or stack details.

/** Why a document could not be read. */
export type ExtractErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'corrupt-docx'
  | 'zip-bomb'
  | 'encrypted-pdf'
  | 'no-text-layer'
  | 'corrupt-pdf'
  | 'unsupported-format';

/** The standard message for each code; callers may pass a more specific one. */
const defaultMessages: Record<ExtractErrorCode, string> = {
  empty: 'The document is empty: it contains no text.',
  binary: 'The file is not a text document (it contains binary data). Use a .docx, .pdf, .txt or .md file.',
  'too-large': 'The file is too large to review.',
  'corrupt-docx': 'The Word file could not be read: it is damaged or is not a .docx document.',
  'zip-bomb': 'The Word file was not read: it unpacks to far more than a document does. It looks like a zip bomb (a small file that unpacks to a huge one).',
  'encrypted-pdf': 'The PDF is password-protected. Save a copy without a password and try again.',
  'no-text-layer': 'The PDF has no text layer — it is probably a scan; run OCR first.',
  'corrupt-pdf': 'The PDF could not be read: it is damaged or incomplete.',
  'unsupported-format': 'This file type is not supported. Save the document as .docx, .pdf or .txt and try again.',
};

/**
 * A document that cannot be turned into text.
 *
 * @example
 *   try { await extractDocument(bytes, 'avtale.pdf'); }
 *   catch (error) { if (error instanceof ExtractError && error.code === 'no-text-layer') suggestOcr(); }
 */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string = defaultMessages[code]) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

/** Formats a byte count for messages: "20 MB", "512 KB", "12 bytes". */
export function describeSize(bytes: number): string {
  const megabyte = 1024 * 1024;
  if (bytes >= megabyte) return `${Math.round((bytes / megabyte) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
