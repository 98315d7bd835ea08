// Matching that tolerates OCR noise and Norwegian written without æøå, while every offset stays
// an offset into the original text.
//
// Two halves:
//  - `matchText(text)` maps the text one character to one character (so offsets never move):
//    lower case, typographic quotes and dashes made plain, `|` read as `i` inside a word, words
//    broken across a line by a hyphen joined (shared/broken-words.ts).
//  - `pattern(source)` compiles a readable pattern into a RegExp that accepts the usual
//    misreadings: ø as o/oe/g/@/0, å as a/aa/8/3/&, æ as ae/a/z/e (and Swedish ä/ö).
//    A space in the source matches a whole run of whitespace (line breaks included), never the
//    tail of one; `\b` is a word boundary that knows ø is a letter (JavaScript's own does not).
//    The regex is for a matchText only: lower case and Latin-1, so it compiles without the `u`
//    and `i` flags (`\p{L}` becomes a Latin-1 class), which makes a first review several times
//    faster than with the large Unicode classes.

import { joinBrokenWords } from './broken-words';

// Each variant is its two-letter spelling first, then a class of the one-letter ones: the same
// matches as the alternation "ø|ö|oe|o|g|@|0|6" (the one-letter readings exclude each other, and
// "oe" is still tried before "o"), but a class compiles to a few range checks where an eight-way
// alternation compiled to eight branches at every ø of every pattern.
const letterVariants: Record<string, string> = {
  ø: '(?:oe|[øöog@06])',
  ö: '(?:oe|[öøo])',
  å: '(?:aa|[åa83&])',
  æ: '(?:ae|[æäaze])',
  ä: '(?:ae|[äæa])',
  é: '[ée]',
};

// The classes a pattern's `\p{..}` escapes stand for, narrowed to Latin-1: a matchText holds
// nothing else (see `outsideLatin1`), so `pattern()` compiles without the `u` flag. Under `u` a
// `\p{L}` is a class of some 130,000 code points that V8 case-folds and compiles afresh for every
// regex; that was most of the time of a first review. Each entry is the escape's set under the old
// flags `iu` restricted to U+0000-U+00FF (test/match.test.ts checks them against V8's own).
const LATIN1_CLASSES: Record<string, string> = {
  'p{L}': 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  'p{N}': '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe',
  // under `i` the cased classes take in both cases, as they did under `iu`
  'p{Lu}': 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  'p{Ll}': 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
};

/**
 * The Latin-1 class body (without brackets) of a Unicode property escape such as `p{L}` or
 * `P{N}`, as `iu` would read it on a matchText.
 * @example latin1Class('p{N}') // '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe'
 */
export function latin1Class(escape: string): string {
  let body = LATIN1_CLASSES[escape];
  if (body !== undefined) return body;
  // a property no pattern used so far: work it out once, from V8's own reading
  const re = new RegExp(`[\\${escape}]`, 'iu');
  const hex = (code: number) => `\\x${code.toString(16).padStart(2, '0')}`;
  body = '';
  for (let code = 0; code < 256; code++) {
    if (!re.test(String.fromCharCode(code))) continue;
    let last = code;
    while (last < 255 && re.test(String.fromCharCode(last + 1))) last++;
    body += last > code ? `${hex(code)}-${hex(last)}` : hex(code);
    code = last;
  }
  LATIN1_CLASSES[escape] = body;
  return body;
}

const LETTER_OR_DIGIT = `[${LATIN1_CLASSES['p{L}']}${LATIN1_CLASSES['p{N}']}]`;
const WORD_BOUNDARY = `(?:(?<!${LETTER_OR_DIGIT})(?=${LETTER_OR_DIGIT})|(?<=${LETTER_OR_DIGIT})(?!${LETTER_OR_DIGIT}))`;

// At the start of a pattern or an alternative a boundary only needs "no letter before"; at the end
// only "no letter after". Those one-sided forms let the regex engine skip ahead to the first letter
// instead of testing every position (about 20 times faster on a whole document).
const START_BOUNDARY = `(?<!${LETTER_OR_DIGIT})`;
const END_BOUNDARY = `(?!${LETTER_OR_DIGIT})`;

function boundaryAt(source: string, at: number): string {
  const before = source.slice(0, at);
  const after = source[at + 2];
  if (before === '' || /(?:\(\?:|\(|\|)$/.test(before)) return START_BOUNDARY;
  if (after === undefined || after === ')' || after === '|') return END_BOUNDARY;
  return WORD_BOUNDARY;
}

// A space in a source is a gap: one or more whitespace characters. It starts only where the
// whitespace starts (`(?<!\s)`), so a long run of spaces is entered once, not at each of its
// positions (a gap at the start of a pattern made a review of 100,000 spaces take 45 s).
const GAP = '(?<!\\s)\\s+';
// an optional gap (" ?", " *") is an alternative with the empty string: no quantified group

// Inside a lookbehind the regex runs backwards, from where the lookbehind stands: there a gap also
// ends only where the whitespace ends (`(?!\s)`), or each position of a long run would scan back
// over the whole run.
const GAP_BEHIND = '(?<!\\s)\\s+(?!\\s)';

/**
 * The gap for a run of spaces in a source with the quantifier after it (" ", " ?", " {0,2}"),
 * inside a lookbehind or not.
 */
function gapFor(token: string, behind: boolean): string {
  const quantifier = token.trimStart();
  const lazy = quantifier.length > 1 && quantifier.endsWith('?') ? '?' : '';
  // " {0,3}" is an optional gap; " {2,3}" two gaps or more, that is at least two whitespace
  const least = quantifier === '' || quantifier[0] === '+' ? 1 : quantifier[0] === '{' ? Number(/\d+/.exec(quantifier)?.[0]) : 0;
  const gap = least <= 1 ? (behind ? GAP_BEHIND : GAP) : `(?<!\\s)\\s{${least},}${behind ? '(?!\\s)' : ''}`;
  if (least > 0) return lazy ? gap.replace(/\}|\+/, '$&?') : gap;
  return lazy ? `(?:|${gap})` : `(?:${gap}|)`;
}

// What `pattern()` rewrites in a source: property escapes, other escapes (kept, but `\b`), class
// brackets, runs of spaces with their quantifier, and the letters that get OCR variants or are
// upper case. Everything between is copied as it is.
const SOURCE_TOKEN = /\\[pP]\{[^}]*\}|\\[\s\S]|\[|\]|\(\?<[=!]|\(|\)| +(?:[?*+]\??|\{\d+(?:,\d*)?\}\??)?|[øöåæäéA-Z\u00c0-\u00d6\u00d8-\u00de]/g;

function translate(source: string): string {
  let inClass = false;
  // for each open group, whether it is a lookbehind or inside one
  const behind: boolean[] = [];
  return source.replace(SOURCE_TOKEN, (token: string, at: number) => {
    const first = token[0];
    if (first === '\\') {
      if (token.length > 2) {
        const body = latin1Class(token.slice(1));
        return inClass ? body : `[${body}]`;
      }
      return token === '\\b' && !inClass ? boundaryAt(source, at) : token;
    }
    if (inClass && first === '(') return token;
    if (first === '(') behind.push(token.length === 4 || behind[behind.length - 1] === true);
    else if (token === ')') {
      if (!inClass) behind.pop();
    } else if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (first === ' ') return inClass ? token : gapFor(token, behind[behind.length - 1] === true);
    // upper case is read as lower case (a matchText has no other)
    else return (!inClass && letterVariants[token]) || token.toLowerCase();
    return token;
  });
}

const compiled = new Map<string, RegExp>();

/**
 * Compiles a pattern written in plain (lower-case) Norwegian/English into an OCR-tolerant RegExp
 * with the flag `g`, for a matchText (lower case, Latin-1: give it no other text). Regex syntax is
 * allowed, except æøå inside `[...]`; `\p{..}` escapes are narrowed to Latin-1, so no `u` flag
 * is needed.
 * @example pattern('innen \\d+ timer').test(matchText('Innen 48\ntimer')) // true
 */
export function pattern(source: string): RegExp {
  let re = compiled.get(source);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  const out = translate(source);
  // no `i` flag either: a matchText is lower case, and case-insensitive classes cost twice the
  // compile time
  re = new RegExp(out, 'g');
  compiled.set(source, re);
  return re;
}

// V8 runs a regex's first match on a short text in its bytecode interpreter and compiles it to
// machine code on the second, paying for two compilations; a first match on a text of 1000
// characters or more goes straight to machine code. Most patterns run on sentences, many times:
// one run on this blank text first saves the bytecode compilation and the slow first runs.
const PRIMER = '\u0000'.repeat(1000);
const primed = new WeakSet<RegExp>();

function prime(re: RegExp, text: string): void {
  if (primed.has(re)) return;
  primed.add(re);
  if (text.length >= PRIMER.length) return;
  re.lastIndex = 0;
  re.exec(PRIMER);
}

/**
 * `pattern()` of a source made from a value (a review's processor source, a party's names), kept per
 * value: a source built anew on every call is a new long string that `pattern()` must copy and hash
 * again (on the 1 MB document, megabytes per rule), where the value itself is one string all along.
 * @example const exactly = patternOf((names) => `^(?:${names})$`); findFirst(exactly(parties.processor), word)
 */
export function patternOf(build: (value: string) => string): (value: string) => RegExp {
  const byValue = new Map<string, RegExp>();
  return (value) => {
    let re = byValue.get(value);
    if (re) {
      re.lastIndex = 0;
      return re;
    }
    if (byValue.size >= 64) byValue.clear();
    byValue.set(value, (re = pattern(build(value))));
    return re;
  };
}

const combined = new WeakMap<readonly string[], RegExp>();

/** Any of the patterns, as one RegExp (cached per array, so pass the same array each time). */
export function anyPattern(sources: readonly string[]): RegExp {
  let re = combined.get(sources);
  if (!re) {
    re = pattern(sources.map((s) => `(?:${s})`).join('|'));
    combined.set(sources, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * A literal that every match of the pattern contains (lower case, ASCII letters and digits), or
 * undefined when the pattern has none of at least 3 characters. A cheap `indexOf` on it tells
 * whether the pattern can match at all, before the regex runs.
 * @example literalAnchor('brudd på personopplysningssikkerhet\\p{L}*') // 'personopplysningssikkerhet'
 */
export function literalAnchor(source: string): string | undefined {
  let depth = 0;
  let best = '';
  let run = '';
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      endRun();
      const next = source[i + 1];
      if (next === 'p' || next === 'P' || (next === 'u' && source[i + 2] === '{')) i = source.indexOf('}', i);
      else if (next === 'x') i += 3;
      else if (next === 'u') i += 5;
      else if (next === 'c') i += 2;
      else if (next === 'k') i = source.indexOf('>', i);
      else if (next !== undefined && /[1-9]/.test(next)) while (/[0-9]/.test(source[i + 1] ?? '')) i++; // a back reference
      else i++;
      continue;
    }
    if (ch === '(' || ch === '[') {
      endRun();
      if (ch === '[') i = source.indexOf(']', i);
      else depth++;
      continue;
    }
    if (ch === ')') {
      endRun();
      depth--;
      continue;
    }
    if (ch === '{') {
      // a quantifier's digits ("{0,100}") are not text
      endRun();
      i = Math.max(i, source.indexOf('}', i));
      continue;
    }
    if (ch === '|' && depth === 0) return undefined; // a top-level alternative has no common literal
    if (depth === 0 && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
      // a character made optional by the quantifier after it is not a sure part of every match
      const after = source[i + 1];
      if (after === '?' || after === '*' || after === '{') {
        endRun();
        continue;
      }
      run += ch;
      continue;
    }
    endRun();
  }
  endRun();
  return best.length >= 3 ? best : undefined;
}

// A letter as `\p{L}` reads on a matchText (the Latin-1 class of `pattern()`), by character code.
const LATIN1_LETTER = (() => {
  const letter = new RegExp(`[${LATIN1_CLASSES['p{L}']}]`);
  const table = new Uint8Array(256);
  for (let code = 0; code < 256; code++) table[code] = letter.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

/**
 * A keyword that is a plain word, or a plain word open at its end (`word\p{L}*`), with no letter
 * that has OCR variants: its matches are found by `indexOf`, with no regex to compile.
 */
const PLAIN_KEYWORD = /^([a-z0-9]+)(\\p\{L\}\*)?$/;

interface Keyword {
  name: string;
  source: string;
  /** the word of a plain keyword (see PLAIN_KEYWORD), and whether letters after it belong to the match */
  plain?: { word: string; open: boolean };
}

/** The texts a plain keyword matches in a text: what `findAll(pattern(source), text)` finds. */
function plainMatches(plain: { word: string; open: boolean }, text: string): string[] {
  const { word, open } = plain;
  if (!open) return text.includes(word) ? [word] : [];
  const found: string[] = [];
  for (let at = text.indexOf(word); at >= 0; ) {
    let end = at + word.length;
    while (end < text.length && LATIN1_LETTER[text.charCodeAt(end)] === 1) end++;
    found.push(text.slice(at, end));
    at = text.indexOf(word, end);
  }
  return found;
}

// The characters of an anchor (see `literalAnchor`): lower-case ASCII letters and digits.
const ANCHOR_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ANCHOR_CHAR_INDEX = (() => {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < ANCHOR_CHARS.length; i++) table[ANCHOR_CHARS.charCodeAt(i)] = i;
  return table;
})();

/**
 * The anchors of a KeywordIndex as an Aho-Corasick automaton over their characters, in one flat table
 * of transitions: one pass over a text, one table look-up per character, finds every anchor that occurs
 * in it. (It replaced a trie walked from every position of the text, which was a twentieth of a warm
 * review, and before that an alternation of some 600 anchors run as a regex.)
 */
class AnchorAutomaton {
  /** node * ANCHOR_CHARS.length + character -> the next node (0, the root, when nothing goes on) */
  private readonly next: Int32Array;
  /** node -> the anchor that ends there, if any */
  private readonly ends: (string | undefined)[] = [undefined];
  /** node -> the nearest node down its failure links where an anchor ends (0 for none) */
  private readonly endLink: Int32Array;
  /** node -> the pass (a call of `present`) that last listed its anchors */
  private readonly listed: Uint32Array;
  private pass = 0;

  constructor(anchors: readonly string[]) {
    const width = ANCHOR_CHARS.length;
    // the trie: node -> its children by character, -1 for none
    const children: Int32Array[] = [new Int32Array(width).fill(-1)];
    for (const anchor of anchors) {
      let node = 0;
      for (let i = 0; i < anchor.length; i++) {
        const char = ANCHOR_CHAR_INDEX[anchor.charCodeAt(i)];
        if (children[node][char] < 0) {
          children[node][char] = children.length;
          children.push(new Int32Array(width).fill(-1));
          this.ends.push(undefined);
        }
        node = children[node][char];
      }
      this.ends[node] = anchor;
    }
    // breadth first: each node's failure link (its longest proper suffix in the trie) and transitions
    const count = children.length;
    this.next = new Int32Array(count * width);
    this.endLink = new Int32Array(count);
    this.listed = new Uint32Array(count);
    const fail = new Int32Array(count);
    const queue: number[] = [];
    for (let char = 0; char < width; char++) {
      const child = children[0][char];
      if (child < 0) continue;
      this.next[char] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      const failed = fail[node];
      this.endLink[node] = this.ends[failed] !== undefined ? failed : this.endLink[failed];
      for (let char = 0; char < width; char++) {
        const child = children[node][char];
        const onFail = this.next[failed * width + char];
        if (child < 0) {
          this.next[node * width + char] = onFail;
          continue;
        }
        fail[child] = onFail;
        this.next[node * width + char] = child;
        queue.push(child);
      }
    }
  }

  /** Every anchor that occurs in `text`, each once. */
  present(text: string): string[] {
    const width = ANCHOR_CHARS.length;
    const pass = ++this.pass;
    const found: string[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const char = code < 256 ? ANCHOR_CHAR_INDEX[code] : -1;
      node = char < 0 ? 0 : this.next[node * width + char];
      // the anchors that end here: the node's own and those down its failure links, each listed once
      for (let at = node; at !== 0 && this.listed[at] !== pass; at = this.endLink[at]) {
        this.listed[at] = pass;
        const anchor = this.ends[at];
        if (anchor !== undefined) found.push(anchor);
      }
    }
    return found;
  }
}

/**
 * Keyword lists by name (e.g. one per library topic), searched together: one pass of an automaton of
 * literal anchors finds which anchors (see `literalAnchor`) occur in a text, and only the keywords
 * whose anchor occurs are then matched with their full OCR-tolerant pattern (a plain word by
 * `indexOf`, with no regex at all).
 * @example new KeywordIndex(new Map([['audit', ['revisjon\\p{L}*']]])).hits('rett til revisjon').get('audit') // Set {'revisjon'}
 */
export class KeywordIndex {
  private readonly anchors: AnchorAutomaton;
  private readonly byAnchor = new Map<string, Keyword[]>();
  private readonly unanchored: Keyword[] = [];

  constructor(lists: ReadonlyMap<string, readonly string[]>) {
    for (const [name, sources] of lists) {
      for (const source of sources) {
        const plainMatch = PLAIN_KEYWORD.exec(source);
        const keyword: Keyword = plainMatch ? { name, source, plain: { word: plainMatch[1], open: plainMatch[2] !== undefined } } : { name, source };
        const anchor = literalAnchor(source);
        if (!anchor) {
          this.unanchored.push(keyword);
          continue;
        }
        const list = this.byAnchor.get(anchor) ?? [];
        list.push(keyword);
        this.byAnchor.set(anchor, list);
      }
    }
    this.anchors = new AnchorAutomaton([...this.byAnchor.keys()]);
  }

  /** For each list name, the distinct texts its keywords matched in `text` (a matchText). */
  hits(text: string): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    const add = ({ name, source, plain }: Keyword) => {
      const texts = plain ? plainMatches(plain, text) : findAll(pattern(source), text).map((m) => m.text);
      for (const found of texts) {
        let set = result.get(name);
        if (!set) result.set(name, (set = new Set()));
        set.add(found);
      }
    };
    for (const anchor of this.anchors.present(text)) for (const keyword of this.byAnchor.get(anchor) ?? []) add(keyword);
    for (const keyword of this.unanchored) add(keyword);
    return result;
  }
}

const plainChar: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u00ad': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/**
 * The text as the patterns see it: same length, lower case, plain punctuation, a `|` that touches a
 * letter read as the l or I OCR took it for (see `pipeReading`), Latin-1 only (see `outsideLatin1`).
 */
export function matchText(text: string): string {
  const lower = text.toLowerCase();
  // lower-casing keeps the length for the scripts of these contracts; if not, go char by char
  const plain =
    lower.length !== text.length
      ? matchTextByChar(text)
      : lower.replace(SPECIAL_CHARS, (ch, at: number) => {
          if (ch === '|') return pipeReading(text, at);
          return plainChar[ch] ?? outsideLatin1(ch);
        });
  // all characters now fit in Latin-1; a Latin-1 round trip makes V8 store the string as one
  // byte per character, so every regex meets the same kind of string (see outsideLatin1)
  // every reader (rules, headings, sentences) sees "per-\nsonopplysninger" as one word
  return Buffer.from(joinBrokenWords(ocrDigits(plain)), 'latin1').toString('latin1');
}

// A number OCR read with a letter for a digit ("innen 1O virkedager", "3l dager"): an o or an l after a
// digit, in a token of digits, is the 0 or 1 it stands for. A word that goes on in letters stays.
const OCR_NUMBER = /\d[\dol]*[ol][\dol]*(?!\p{L})/gu;
function ocrDigits(lower: string): string {
  if (!/\d[ol]/.test(lower)) return lower;
  return lower.replace(OCR_NUMBER, (token: string, at: number) =>
    LETTER.test(lower[at - 1] ?? '') ? token : token.replace(/o/g, '0').replace(/l/g, '1'),
  );
}

// Characters matchText changes: typographic punctuation, `|`, anything outside Latin-1.
const SPECIAL_CHARS = /[|\u00a0\u00ab\u00ad\u00bb]|[^\u0000-\u00ff]/g;

const LETTER = /\p{L}/u;
const VOWEL = /[aeiouyæøåäöéèáàü]/i;
// A pipe touching a letter is OCR's reading of an l or an I. Inside or at the end of a word it is an
// l ("ansvar|ig", "ti|", "A||e"); at the start of a word it is an I before a consonant ("|kke",
// "|SAE") and an l before a vowel ("|øsning", "|everes"); between two consonants it is an I
// ("OPPLYSN|NGER"). A pipe apart from letters is a pipe (a table's column rule).
function pipeReading(text: string, at: number): string {
  let before = at - 1;
  while (text[before] === '|') before--;
  let after = at + 1;
  while (text[after] === '|') after++;
  const letterBefore = LETTER.test(text[before] ?? '');
  const letterAfter = LETTER.test(text[after] ?? '');
  if (!letterBefore && !letterAfter) return '|';
  if (!letterBefore) return VOWEL.test(text[after]) ? 'l' : 'i';
  if (letterAfter && at - before === 1 && after - at === 1 && !VOWEL.test(text[before]) && !VOWEL.test(text[after])) return 'i';
  return 'l';
}

function matchTextByChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const plain = plainChar[ch];
    if (plain) {
      out += plain;
      continue;
    }
    if (ch === '|') {
      out += pipeReading(text, i);
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower.length !== 1) out += ch.charCodeAt(0) > 255 ? outsideLatin1(ch) : ch;
    else out += lower.charCodeAt(0) > 255 ? outsideLatin1(lower) : lower;
  }
  return out;
}

// Every matchText is kept within Latin-1 (æøå, äö and é are in it): V8 compiles a regex to machine
// code for the first kind of string it meets (Latin-1 or UTF-16) and runs it in its slower
// interpreter for the other kind, so mixing them between documents made reviews twice as slow.
function outsideLatin1(ch: string): string {
  if (ch === '\u20ac') return '\u00a4'; // € as the generic currency sign ¤
  if (ch === '\u2026') return '.';
  return /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? '0' : ' ';
}

export interface Match {
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  text: string;
  groups: string[];
}

/** All matches of `re` in `text` (a matchText), offsets shifted by `offset`. */
export function findAll(re: RegExp, text: string, offset = 0): Match[] {
  const found: Match[] = [];
  prime(re, text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  re.lastIndex = 0;
  return found;
}

/** The first match of `re` in `text`, or undefined. */
export function findFirst(re: RegExp, text: string, offset = 0): Match | undefined {
  prime(re, text);
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  if (!m) return undefined;
  return { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], groups: m.slice(1) };
}

/** Whether any of the patterns occurs in `text` (a matchText). */
export function hasAny(text: string, sources: readonly string[]): boolean {
  const re = anyPattern(sources);
  prime(re, text);
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * A test of whether a span holds the start of one of `matches` (found once over a whole document, in text
 * order), by binary search: rules scan the document once and then ask sentence by sentence.
 * @example const holds = spanHolds(findAll(re, context.match)); holds(sentence) // true when a match starts in it
 */
export function spanHolds(matches: readonly Match[]): (span: { start: number; end: number }) => boolean {
  const starts = matches.map((m) => m.start);
  return ({ start, end }) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle] < start) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && starts[low] < end;
  };
}
