// Segmentation of a DPA into clauses (headings, paragraphs, list items, table rows) and of clauses
// into sentences. Every segment keeps its offsets into the full text.
//
// Works on lines: wrapped lines of one paragraph are joined; a blank line, a numbered line,
// a bullet or a table row starts a new clause. Headings are remembered so each clause knows the
// section it stands in ("7 Avvik" > "7.1 Varsling").

import { ANSWER_LINE, ANSWER_ROW } from './answer-rows';
import type { Clause, Span } from './types';

export interface Segment {
  start: number;
  end: number;
  kind: Clause['kind'];
  number?: string;
  headings: string[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// "1.", "3.11", "10.1.2", "§ 7", "Punkt 4", "Artikkel 5", "Clause 9.2", and an annex's "C.2" (Bilag C, item 2)
// The number must end with a dot, or be followed by a capitalised word, a tab or the line's end:
// "50 000,-" at the start of a wrapped line is an amount, not clause 50.
const NUMBERED = /^\s*(?:(?:§|[Pp]unkt|[Pp]kt\.?|[Aa]rtikkel|[Aa]rticle|[Aa]rt\.|[Cc]lause|[Kk]lausul|[Ss]ection|[Aa]vsnitt)\s*)?((?:[A-H]\.)?\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?=\s|$)|(?=[ \u00a0]+[\p{Lu}«"“(\[§])|(?=\t)|(?=\s*$))(?!\s*(?:timer|dager|døgn|måneder|hours|days|months|år|%))/u;
// "a)", "(a)", "a.", "i)", "(iv)"
// a line that is only a number: "3.", "4.2"
const BARE_NUMBER = /^(?:[A-H]\.)?\d{1,2}(?:\.\d{1,2}){0,3}\.?$/;
const LETTERED = /^\s*(?:\(([a-hj-z]|[ivx]{1,4})\)|([a-hj-z]|[ivx]{1,4})[.)])\s+/i;
// "b) og c) faktureres ...", "(a) and (b) apply": items named together at a wrapped line's start are a reference, no item
const LETTERED_REFERENCE = /^\s*\(?(?:[a-hj-z]|[ivx]{1,4})\)\s*(?:,|og|and|or|eller|och|samt|und|et)\s+\(?(?:[a-hj-z]|[ivx]{1,4})\)/i;
// (a checklist's ballot box opens an item of its own: "☒ Yes ☐ No – Encryption at rest")
const BULLET = /^\s*(?:[-–—•▪◦·*☐☒☑⊠]|e(?=\s{2,}))\s+/;
const VEDLEGG = /^\s*(?:vedlegg|bilag|appendix|annex|schedule|bilaga|bilag)\s+([0-9A-Z]{1,3})\b/i;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const TITLE_CASE_LINE = /^[\p{Lu}\d«"(]/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

// A line that ends in the first part of a word the next line finishes ("per-" then "sonopplysninger",
// in capitals "DET-" then "ALJERTE"): the two are one line, so a table row, a heading or a numbered
// line keeps its whole last word.
function continuesBrokenWord(line: string, next: string): boolean {
  // most lines do not end in a hyphen: a look at the line's end spares a regex run over every line
  if (!line.trimEnd().endsWith('-')) return false;
  const end = /(\p{L})-[ \t]*$/u.exec(line);
  if (!end) return false;
  return /^[ \t]*\p{Ll}/u.test(next) || (/\p{Lu}/u.test(end[1]) && /^[ \t]*\p{Lu}{2}/u.test(next));
}

function joinBrokenLines(text: string, lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const last = joined[joined.length - 1];
    if (last && continuesBrokenWord(last.text, line.text)) joined[joined.length - 1] = { start: last.start, end: line.end, text: text.slice(last.start, line.end) };
    else joined.push(line);
  }
  return joined;
}

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  return /\S\t+\S/.test(trimmed) || (trimmed.split(' | ').length >= 3 && !trimmed.startsWith('|'));
}

/** A table row this long that ends mid-phrase may be wrapped onto the next line. */
const WRAPPED_ROW_LENGTH = 60;

/** Under this many lines a text shows no width it is wrapped at. */
const MIN_LINES_FOR_WIDTH = 10;

/**
 * The width a text's lines are wrapped at, as far as it shows: nine lines in ten are no longer (a PDF
 * extract's lines fill it; a text with a line per paragraph has a wide one). Infinite for a few lines.
 */
function lineWidth(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length < MIN_LINES_FOR_WIDTH ? Infinity : lengths[Math.floor(lengths.length * 0.9)];
}

/**
 * Whether a line ends where the text wrapped it: the next line's first word would not have fitted on it,
 * and the next line opens no list item or numbered clause of its own.
 */
function wrapsOnto(line: string, nextLine: string, width: number): boolean {
  if (BULLET.test(nextLine) || (LETTERED.test(nextLine) && !LETTERED_REFERENCE.test(nextLine)) || NUMBERED.test(nextLine)) return false;
  const nextWord = /^\s*(\S*)/.exec(nextLine)?.[1] ?? '';
  return nextWord.length > 0 && line.trimEnd().length + 1 + nextWord.length > width;
}

/** A short line with no sentence end that reads as a title. */
function looksLikeHeading(line: string, nextBlank: boolean, prevBlank: boolean, nextLine = '', width = Infinity): boolean {
  const trimmed = line.trim();
  // a line whose sentence goes on, lower case, on the next line is the start of a paragraph
  if (!nextBlank && /^\s*\p{Ll}/u.test(nextLine)) return false;
  if (trimmed.length < 3 || trimmed.length > 90) return false;
  if (/[.;:,]$/.test(trimmed) && !/^\d+(?:\.\d+)*\.\s/.test(trimmed)) return false;
  if (!TITLE_CASE_LINE.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).length;
  if (words > 12) return false;
  const numbered = NUMBERED.exec(trimmed);
  if (numbered) {
    const rest = trimmed.slice(numbered[0].length).trim();
    // a short numbered title runs straight into its text, but a numbered sentence wrapped onto the next line is no title
    return rest.length > 0 && rest.length < 80 && !/[.;:]$/.test(rest) && (nextBlank || (words <= 8 && !wrapsOnto(line, nextLine, width)));
  }
  if (VEDLEGG.test(trimmed)) return true;
  return nextBlank && prevBlank;
}

function headingLevel(number: string | undefined): number {
  if (!number) return 1;
  return number.split('.').filter(Boolean).length;
}

/**
 * The most clauses (paragraphs, list items, table rows, headings) a text may have. A long real DPA has a few
 * hundred; 5 MB of DPA text (the text limit) would have about 38,000. Beyond this the text is refused, so that
 * the review's memory stays bounded for any input (a file of empty bullets would otherwise cost gigabytes).
 */
export const MAX_CLAUSES = 100_000;

/**
 * A text with more clauses than `MAX_CLAUSES`: refused with a message for the user.
 * @example try { review(text); } catch (error) { if (error instanceof TooManyPartsError) tellUser(error.message); }
 */
export class TooManyPartsError extends Error {
  override name = 'TooManyPartsError';
  readonly code = 'too-many-parts';
  constructor() {
    super(`The text has too many paragraphs, list items and table rows to review (more than ${MAX_CLAUSES.toLocaleString('en')}; a long DPA has a few hundred). Send the agreement on its own.`);
  }
}

/**
 * Splits a document into clauses.
 * @throws TooManyPartsError when it has more than MAX_CLAUSES
 * @example segmentText('1. Ansvar\n\n1.1 Databehandler svarer ...').map((s) => s.kind) // ['heading', 'paragraph']
 */
export function segmentText(text: string): Segment[] {
  const lines = joinBrokenLines(text, splitLines(text));
  const width = lineWidth(lines);
  const segments: Segment[] = [];
  const headingStack: { level: number; title: string }[] = [];
  let current: Segment | undefined;

  const close = () => {
    if (current) segments.push(...clausePieces(text, current));
    current = undefined;
  };
  const refuseTooMany = () => {
    if (segments.length > MAX_CLAUSES) throw new TooManyPartsError();
  };
  const headingsNow = () => headingStack.map((h) => h.title);

  for (let i = 0; i < lines.length; i++) {
    refuseTooMany();
    const line = lines[i];
    const trimmed = line.text.trim();
    if (!trimmed) {
      close();
      continue;
    }
    const prevBlank = i === 0 || !lines[i - 1].text.trim();
    const nextBlank = i + 1 >= lines.length || !lines[i + 1].text.trim();
    const lineStart = line.start + (line.text.length - line.text.trimStart().length);
    const lineEnd = line.start + line.text.trimEnd().length;

    if (isTableRow(line.text)) {
      close();
      segments.push({ start: lineStart, end: lineEnd, kind: 'table-row', headings: headingsNow() });
      continue;
    }
    // a long table row wrapped at the text's width goes on, without cells, on the next line: "... | Yes, at\nVendor's discretion"
    const last = segments[segments.length - 1];
    if (last?.kind === 'table-row' && last.end === lines[i - 1]?.start + lines[i - 1].text.trimEnd().length && lines[i - 1].text.trim().length >= WRAPPED_ROW_LENGTH && !/[.;:!?]$/.test(lines[i - 1].text.trim())) {
      last.end = lineEnd;
      continue;
    }
    // a Markdown heading ("## 8. Underbiträden") is a heading whatever its length
    const markdownHeading = MARKDOWN_HEADING.exec(line.text);
    if (markdownHeading) {
      close();
      const title = markdownHeading[2].trim();
      const number = NUMBERED.exec(title)?.[1];
      const level = markdownHeading[1].length;
      while (headingStack.length && headingStack[headingStack.length - 1].level >= level) headingStack.pop();
      headingStack.push({ level, title });
      segments.push({ start: lineStart, end: lineEnd, kind: 'heading', ...(number ? { number } : {}), headings: headingsNow().slice(0, -1) });
      continue;
    }
    const numbered = NUMBERED.exec(line.text);
    const lettered = LETTERED_REFERENCE.test(line.text) ? null : LETTERED.exec(line.text);
    const bullet = BULLET.exec(line.text);
    // a number alone on a line that goes on from a sentence left open ("som anges i Bilaga" / "3."): the wrap of a
    // reference, not clause 3
    if (numbered && current && !prevBlank && BARE_NUMBER.test(trimmed) && !/[.:;!?]$/.test(text.slice(current.start, current.end).trimEnd())) {
      current.end = lineEnd;
      continue;
    }

    if ((prevBlank || numbered || !current || /[.:;]$/.test(text.slice(current.start, current.end).trimEnd())) && looksLikeHeading(line.text, nextBlank, prevBlank, lines[i + 1]?.text, width)) {
      close();
      const number = numbered?.[1] ?? VEDLEGG.exec(line.text)?.[1];
      const level = numbered ? headingLevel(numbered[1]) : VEDLEGG.test(line.text) ? 0 : 1;
      while (headingStack.length && headingStack[headingStack.length - 1].level >= level) headingStack.pop();
      // an unnumbered title under a numbered one stays beneath it
      headingStack.push({ level, title: trimmed });
      segments.push({ start: lineStart, end: lineEnd, kind: 'heading', number, headings: headingsNow().slice(0, -1) });
      continue;
    }
    if (numbered || lettered || bullet) {
      close();
      current = {
        start: lineStart,
        end: lineEnd,
        kind: numbered ? 'paragraph' : 'list-item',
        number: numbered?.[1] ?? lettered?.[1] ?? lettered?.[2],
        headings: headingsNow(),
      };
      continue;
    }
    if (current) {
      current.end = lineEnd;
    } else {
      current = { start: lineStart, end: lineEnd, kind: 'paragraph', headings: headingsNow() };
    }
  }
  close();
  refuseTooMany();
  return segments;
}

/**
 * The longest paragraph the review reads as one clause. A longer one (a file without line breaks) is read as
 * several clauses of whole sentences, so that what a rule does per sentence over its clause stays bounded.
 * The longest clause in our real and written DPAs is about 2,000 characters.
 */
export const MAX_CLAUSE_CHARS = 10_000;

function clausePieces(text: string, segment: Segment): Segment[] {
  if (segment.end - segment.start <= MAX_CLAUSE_CHARS) return [segment];
  const pieces: Segment[] = [];
  let piece: Segment | undefined;
  for (const sentence of sentenceSpans(text, segment.start, segment.end)) {
    if (piece && sentence.end - piece.start > MAX_CLAUSE_CHARS) {
      pieces.push(piece);
      piece = undefined;
    }
    if (piece) piece.end = sentence.end;
    // the first piece keeps the clause's number; the others go on under the same headings
    else piece = pieces.length ? { start: sentence.start, end: sentence.end, kind: segment.kind, headings: segment.headings } : { ...segment, end: sentence.end };
  }
  if (piece) pieces.push(piece);
  return pieces;
}

const ABBREVIATIONS = new Set([
  'nr', 'jf', 'jfr', 'f.eks', 'eks', 'bl.a', 'ca', 'art', 'pkt', 'mv', 'osv', 'dvs', 'e.g', 'i.e', 'etc', 'no',
  'org', 'org.nr', 'kl', 'st', 'ref', 'inkl', 'ekskl', 'evt', 'hhv', 'iht', 'vs', 'mr', 'ms', 'dr', 'p', 'pp',
  'para', 'sec', 'cf', 'incl', 'approx', 'bl', 'ff', 'm.m', 'm.v', 's', 'd.v.s', 'b', 'a', 'stk', 'kap', 'lov',
]);

// company forms written with a full stop ("Inc.", "Ltd.", "Corp."): a sentence may end with one, but not before a bracket
const COMPANY_FORMS = new Set(['inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'gmbh', 'ab', 'as', 'asa', 'aps', 'oy', 'bv', 'sa', 'sarl']);

/**
 * The length of a short title line that a sentence begins with (no sentence punctuation, then a line
 * break: a heading the segmenter ran into its first sentence), or 0.
 * @example titleLineLength('D.3 Betaling for bistand\nBistand afregnes efter timepris.') // 24
 */
export function titleLineLength(sentence: string): number {
  const lineBreak = sentence.indexOf('\n');
  if (lineBreak < 0 || lineBreak > 100) return 0;
  return /[.;:,!?]\s*$/.test(sentence.slice(0, lineBreak)) ? 0 : lineBreak;
}

/**
 * Sentence spans inside [start, end) of `text`.
 * @example sentenceSpans('Det er ok. Ikke jf. pkt. 3 her.', 0, 31).length // 2
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let answerLineEnd = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    // a question with its answer on a labelled line under it ("Brukes data …?" then "Svar: Nei") is one sentence,
    // up to the answer line's end (shared/answer-rows.ts)
    if (i === answerLineEnd && i > sentenceStart) {
      spans.push(trimSpan(text, sentenceStart, i));
      sentenceStart = i + 1;
      continue;
    }
    if (ch === '?' && /^[ \t\r]*\n/.test(text.slice(i + 1, i + 4))) {
      const answerLine = text.indexOf('\n', i) + 1;
      if (ANSWER_LINE.test(text.slice(answerLine, Math.min(end, answerLine + 40)))) {
        const lineEnd = text.indexOf('\n', answerLine);
        answerLineEnd = lineEnd < 0 ? end : lineEnd;
        continue;
      }
    }
    // a question/answer row ("Lagres data utenfor EØS? | Nei") starts a sentence of its own (shared/answer-rows.ts);
    // a row without a question after it ("Varsel | 60 dage") goes on the sentence of the question before it
    if (ch === '\n' && i > sentenceStart && ANSWER_ROW.test(text.slice(i + 1, Math.min(end, i + 400)))) {
      spans.push(trimSpan(text, sentenceStart, i));
      sentenceStart = i + 1;
      continue;
    }
    const isBreak = ch === '.' || ch === '!' || ch === '?' || ch === ';';
    if (!isBreak) continue;
    // a question's answer in the next cell belongs to it: "Varsel? | 60 dage"
    if (ch === '?' && /^[ \t]*\|/.test(text.slice(i + 1, i + 4))) continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next) && i + 1 < end) continue;
    // look at what follows: a new sentence starts with a capital, digit, quote or bullet
    let j = i + 1;
    while (j < end && /\s/.test(text[j])) j++;
    if (j >= end) break;
    if (ch === '.' || ch === ';') {
      if (ch === '.') {
        const wordMatch = /([\p{L}.]+)$/u.exec(text.slice(Math.max(sentenceStart, i - 12), i));
        if (wordMatch && ABBREVIATIONS.has(wordMatch[1].toLowerCase())) continue;
        // "Support Inc. (USA)": a company form before a bracket names the company's country, it ends no sentence
        if (wordMatch && COMPANY_FORMS.has(wordMatch[1].toLowerCase()) && text[j] === '(') continue;
        if (/\d$/.test(text.slice(i - 1, i)) && /\d/.test(text[j] ?? '')) continue; // 15.06. 2018
      }
      if (ch === '.' && !/[\p{Lu}\d«"“(\-–•]/u.test(text[j])) continue;
      if (ch === ';' && !/\n/.test(text.slice(i, j))) continue; // a ';' ends a sentence only at a line break
    }
    spans.push(trimSpan(text, sentenceStart, i + 1));
    sentenceStart = j;
  }
  if (sentenceStart < end) spans.push(trimSpan(text, sentenceStart, end));
  // (a loop, not filter and flatMap: those made two arrays per clause and one per sentence, on every review)
  const sentences: Span[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    if (span.end - span.start > MAX_SENTENCE_CHARS) for (const piece of piecesOf(text, span)) sentences.push(piece);
    else sentences.push(span);
  }
  return sentences;
}

/**
 * The longest sentence the review reads whole, in characters, a run of whitespace counted as one (a matchText
 * matches a run as one gap). A longer one (text without full stops: an OCR run, a pasted dump, a hostile file)
 * is read in pieces of at most this length, cut at a space, so that what a rule does per phrase over its
 * sentence stays bounded. The longest sentence in our real and written DPAs is 1,581 characters (an SCC clause).
 */
export const MAX_SENTENCE_CHARS = 2000;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

function piecesOf(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  let length = 0;
  let lastSpace = -1;
  for (let i = span.start; i < span.end; i++) {
    const space = isSpace(text[i]);
    if (space && isSpace(text[i - 1])) continue; // a run of whitespace counts once
    length++;
    if (space && length > MAX_SENTENCE_CHARS / 2) lastSpace = i;
    if (length <= MAX_SENTENCE_CHARS) continue;
    // cut at the last space in the piece's second half, else here; read on from the cut
    const cut = lastSpace > start ? lastSpace : i;
    pieces.push(trimSpan(text, start, cut));
    start = cut;
    i = cut - 1;
    length = 0;
    lastSpace = -1;
  }
  pieces.push(trimSpan(text, start, span.end));
  return pieces.filter((s) => s.end > s.start);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
