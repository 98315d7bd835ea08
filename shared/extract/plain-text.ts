// Reads .txt and .md bytes as text: detects the encoding (UTF-8 with or without BOM, UTF-16 LE/BE,
// Windows-1252 as the fallback), refuses binary files and normalises line endings to "\n".

import { ExtractError } from './extract-error';

/** Text decoded from bytes, with a note for the reader when the encoding had to be guessed. */
export interface DecodedText {
  text: string;
  warnings: string[];
}

/** Share of control characters above which a file is taken to be binary rather than text. */
const maxControlCharacterShare = 0.05;

/**
 * Decodes a plain-text document and checks that it really is text.
 *
 * @example
 *   decodePlainText(new TextEncoder().encode('\uFEFFPunkt 1\r\nPunkt 2')).text // 'Punkt 1\nPunkt 2'
 * @throws ExtractError 'binary' for binary data, 'empty' for empty or whitespace-only text
 */
export function decodePlainText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const { text: decoded, encodingNote } = decodeBytes(bytes);
  if (encodingNote) warnings.push(encodingNote);
  if (looksBinary(decoded)) throw new ExtractError('binary');
  const text = normaliseLineEndings(decoded).normalize('NFC');
  if (text.trim() === '') throw new ExtractError('empty');
  return { text, warnings };
}

/** Converts "\r\n" and lone "\r" to "\n" (also used for .docx and .pdf text). */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(bytes: Uint8Array): { text: string; encodingNote?: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrict(bytes.subarray(3), 'utf-8') ?? decodeLoose(bytes.subarray(3), 'utf-8') };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeLoose(bytes.subarray(2), 'utf-16le') };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeLoose(bytes.subarray(2), 'utf-16be') };

  const utf16WithoutBom = guessUtf16WithoutBom(bytes);
  if (utf16WithoutBom) {
    return {
      text: decodeLoose(bytes, utf16WithoutBom),
      encodingNote: 'The text file had no byte-order mark; it was read as UTF-16.',
    };
  }

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8 };
  return {
    text: decodeWindows1252(bytes),
    encodingNote: 'The text file is not valid UTF-8; it was read as Windows-1252 (Western European). Check æ, ø and å.',
  };
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeLoose(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Windows-1252 characters for bytes 0x80-0x9F (the rest of the code page equals Latin-1). */
const windows1252HighControls = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 by table: Node 20's TextDecoder('windows-1252') decodes as Latin-1 and
 * leaves “ ” – € as control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes = Array.from(bytes.subarray(start, start + chunkSize), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? windows1252HighControls[byte - 0x80]! : byte);
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-16 text without a BOM has a NUL in (almost) every other byte for Latin text. Recognise it so
 * that it is not refused as binary.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sampleLength = Math.min(bytes.length, 4096) & ~1;
  if (sampleLength < 8) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) evenNuls++;
    if (bytes[index + 1] === 0) oddNuls++;
  }
  const pairs = sampleLength / 2;
  if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL characters, or many other control characters, mean the bytes are not a text document. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controlCharacters = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)
      || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfffd;
    if (isControl) controlCharacters++;
  }
  return controlCharacters > 2 && controlCharacters / Math.max(text.length, 1) > maxControlCharacterShare;
}
