// Which words a text holds, so that a pattern is run only on a text that could match it.
//
// Most patterns start with (or require) a lexicon concept: one of the concept's words must stand at
// the start of a word of the text for the pattern to match at all. `requiredWords(source)` reads
// those words out of a pattern's source once, when the pattern is built; `WordIndex` holds the word
// starts of a text (each word's first letters), made once per text; `mayHold` tells from the two
// whether the regex can be skipped. Ninety per cent of the match calls of a review find nothing, and
// most of those are sentences that hold none of the pattern's words.

// A letter or digit as the patterns' `\p{L}` and `\p{N}` read a matchText (Latin-1), by character code:
// a pattern's `\b` before a word is "no letter or digit before".
const LETTER_OR_DIGIT = (() => {
  const table = new Uint8Array(256);
  const letterOrDigit = /[\p{L}\p{N}]/iu;
  for (let code = 0; code < 256; code++) table[code] = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isLetterOrDigit = (code: number) => code >= 256 || LETTER_OR_DIGIT[code] === 1;

/** How many first letters of a word the index keeps: a longer required word is looked up by its first letters. */
const PREFIX_LETTERS = 8;

const hashStep = (hash: number, code: number) => (Math.imul(hash, 0x01000193) ^ code) | 0;

/** The hash of a required word's first PREFIX_LETTERS letters, as the index keeps it. */
function prefixHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < Math.min(word.length, PREFIX_LETTERS); i++) hash = hashStep(hash, word.charCodeAt(i));
  // 0 marks an empty slot of the index's table
  return hash === 0 ? 1 : hash;
}

/** A word that stands for "a word that starts with a digit" (`\\d` after a boundary); no pattern word has a `#`. */
const DIGIT_WORD = '#';
const DIGIT_HASH = prefixHash(DIGIT_WORD);

/**
 * The word starts of a text: for each place where a word starts (a letter a-z or digit with no letter or
 * digit before it), the hashes of its first 1 to PREFIX_LETTERS letters a-z and digits, in an
 * open-addressing table. A hash collision can only make `has` say yes, so a skip stays sound.
 */
export class WordIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(text: string) {
    let prefixes = 0;
    for (let at = 0; at < text.length; at++) {
      if (!isWordChar(text.charCodeAt(at)) || (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1)))) continue;
      let end = at;
      while (end < text.length && end - at < PREFIX_LETTERS && isWordChar(text.charCodeAt(end))) end++;
      prefixes += end - at + 1;
    }
    let size = 16;
    while (size < prefixes * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let at = 0; at < text.length; at++) {
      if (!isWordChar(text.charCodeAt(at)) || (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1)))) continue;
      if (text.charCodeAt(at) <= 57) this.add(DIGIT_HASH);
      let hash = 0x811c9dc5 | 0;
      for (let end = at; end < text.length && end - at < PREFIX_LETTERS; end++) {
        const code = text.charCodeAt(end);
        if (!isWordChar(code)) break;
        hash = hashStep(hash, code);
        this.add(hash === 0 ? 1 : hash);
      }
    }
  }

  private add(hash: number): void {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.table[slot];
      if (held === hash) return;
      if (held === 0) {
        this.table[slot] = hash;
        return;
      }
    }
  }

  /** Whether a word of the text starts with the required word of this hash (see `requiredWords`). */
  has(hash: number): boolean {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.table[slot];
      if (held === hash) return true;
      if (held === 0) return false;
    }
  }
}

/** The hashes of a pattern's required words, as `mayHold` reads them: lists of which one word each must be found. */
export type RequiredWords = readonly Int32Array[];

/** Whether the text's words could hold a match: for each list of required words, one starts a word of the text. */
export function mayHold(index: WordIndex, required: RequiredWords): boolean {
  for (const words of required) {
    let found = false;
    for (let i = 0; i < words.length && !found; i++) found = index.has(words[i]);
    if (!found) return false;
  }
  return true;
}

// --- reading a pattern's source (the syntax of shared/match.ts `pattern()`) ---
//
// One pass over the source, left to right, with no tree: a first review reads several hundred sources
// (some 200,000 characters) once, before V8 has optimised this code.

// The letters that pattern() turns into OCR variants (any of several letters, digits or signs).
const VARIANT_LETTERS = new Set('øöåæäé'.split('').map((c) => c.charCodeAt(0)));

// read where the reader stands (`y`): a quantifier, a group's head, a run of plain letters
const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
const WORD_RUN = /[a-zA-Z0-9]+/y;

const shortest = (words: readonly string[]) => {
  let least = PREFIX_LETTERS;
  for (const word of words) if (word.length < least) least = word.length;
  return least;
};

/** How likely a list of required words is to rule a text out: longer words, then fewer of them, first. */
const strength = (words: readonly string[]) => Math.min(shortest(words), 4) * 1000 - words.length;

/** At most this many lists are kept per pattern (each is one more look-up on a text that may match). */
const MAX_NEEDS = 3;

/** Adds a list of required words to `needs`, keeping the MAX_NEEDS strongest, strongest first. */
function addNeed(needs: string[][], words: string[]): void {
  const power = strength(words);
  let at = needs.length;
  while (at > 0 && strength(needs[at - 1]) < power) at--;
  if (at >= MAX_NEEDS) return;
  needs.splice(at, 0, words);
  if (needs.length > MAX_NEEDS) needs.pop();
}

class SourceReader {
  private at = 0;
  /** Whether the place the reader has reached is sure to have no letter or digit before it (a letter or digit there starts a word). */
  private boundary = false;

  constructor(private readonly source: string) {}

  /** The lists of required words of the whole source. */
  read(): string[][] {
    const needs = this.alternatives();
    if (this.at < this.source.length) throw new Error(`unexpected "${this.source[this.at]}"`);
    return needs;
  }

  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.at;
    const found = re.exec(this.source);
    if (found) this.at += found[0].length;
    return found;
  }

  /** The quantifier at the reader, stepped over: the least and most times; [1, 1] when there is none. */
  private quantifier(): [number, number] {
    const found = this.sticky(QUANTIFIER);
    if (!found) return [1, 1];
    const [, symbol, least, comma, most] = found;
    if (symbol) return [symbol === '+' ? 1 : 0, symbol === '?' ? 1 : Infinity];
    return [Number(least), comma ? (most ? Number(most) : Infinity) : Number(least)];
  }

  /** Options separated by `|` up to a `)` or the end: a match holds what one option needs. */
  private alternatives(): string[][] {
    const start = this.boundary;
    let needs = this.sequence();
    let after = this.boundary;
    if (this.source[this.at] !== '|') return needs;
    const any: string[] = needs.length ? [...needs[0]] : [];
    let all = needs.length > 0;
    while (this.source[this.at] === '|') {
      this.at++;
      this.boundary = start;
      needs = this.sequence();
      after &&= this.boundary;
      if (needs.length === 0) all = false;
      else if (all) for (const word of needs[0]) any.push(word);
    }
    this.boundary = after;
    return all ? [any] : [];
  }

  /** Parts one after another: a match holds what each part needs. */
  private sequence(): string[][] {
    const s = this.source;
    const needs: string[][] = [];
    // the word being read: letters a-z and digits that every match holds from a word start on
    let word = '';
    let reading = false;
    const endWord = () => {
      if (reading && word) addNeed(needs, [word]);
      reading = false;
      word = '';
    };
    while (this.at < s.length) {
      const ch = s[this.at];
      if (ch === '|' || ch === ')') break;
      const before = this.boundary;
      const run = this.sticky(WORD_RUN);
      if (run) {
        let letters = run[0].toLowerCase();
        // a quantifier after the run is its last letter's
        const [least] = this.quantifier();
        if (this.at > run.index + letters.length) {
          if (!reading && before) reading = true;
          if (reading) word += letters.slice(0, -1) + (least > 0 ? letters.slice(-1) : '');
          endWord();
        } else {
          if (!reading && before) reading = true;
          if (reading) word += letters;
        }
        this.boundary = false;
        continue;
      }
      if (ch === '\\' && s[this.at + 1] === 'b') {
        // zero width: a letter after it starts a word
        this.at += 2;
        this.boundary = true;
        continue;
      }
      endWord();
      if (ch === ' ') {
        // a run of spaces with its quantifier is one gap (see gapFor in shared/match.ts)
        while (s[this.at] === ' ') this.at++;
        const [least] = this.quantifier();
        // a gap ends in whitespace; an optional one may leave the place as it was
        this.boundary = least > 0 || before;
        continue;
      }
      if (ch === '(') {
        this.at++;
        let zeroWidth = false;
        if (s[this.at] === '?') {
          const head = this.sticky(GROUP_HEAD);
          if (!head) throw new Error('unknown group');
          zeroWidth = head[0] === '?=' || head[0] === '?!' || head[0] === '?<=' || head[0] === '?<!';
        }
        const inner = this.alternatives();
        if (s[this.at] !== ')') throw new Error('unclosed group');
        this.at++;
        const [least] = this.quantifier();
        if (zeroWidth) this.boundary = before;
        else if (least === 0) this.boundary = before && this.boundary;
        else for (const words of inner) addNeed(needs, words);
        continue;
      }
      let kind: 'other' | 'digit' | 'space' | number = 'other';
      if (ch === '[') {
        this.at++;
        if (s[this.at] === '^') this.at++;
        while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
        if (s[this.at] !== ']') throw new Error('unclosed class');
        this.at++;
      } else if (ch === '\\') {
        const next = s[this.at + 1];
        if (next === 'p' || next === 'P' || next === 'k' || (next === 'u' && s[this.at + 2] === '{')) {
          const close = s.indexOf(next === 'k' ? '>' : '}', this.at);
          if (close < 0) throw new Error('unclosed escape');
          this.at = close + 1;
        } else {
          this.at += 2;
          if (next === 's') kind = 'space';
          else if (next === 'd') kind = 'digit';
          else if (next === 'x') this.at += 2;
          else if (next === 'u') this.at += 4;
          else if (next === 'c') this.at += 1;
          else if (next !== undefined && !/[\dA-Za-z]/.test(next)) kind = next.charCodeAt(0);
        }
      } else if (ch === '^') {
        this.at++;
        this.boundary = true;
        continue;
      } else if (ch === '$') {
        this.at++;
        continue;
      } else {
        this.at++;
        // a dot, or a quantifier with nothing before it, is read as any character
        if (!'.*+?{}]'.includes(ch)) kind = ch.toLowerCase().charCodeAt(0);
      }
      const [least] = this.quantifier();
      // whether the place after one of these is sure to be no letter's or digit's neighbour
      const after = kind === 'space' || (typeof kind === 'number' && !isLetterOrDigit(kind) && !VARIANT_LETTERS.has(kind));
      if (kind === 'digit' && before && least > 0) addNeed(needs, [DIGIT_WORD]);
      this.boundary = least === 0 ? before && after : after;
    }
    endWord();
    return needs;
  }
}

/**
 * What every match of the pattern needs, read from its source once: lists of words, and of each list one
 * word stands at the start of a word of the matched text (the lexicon concept a pattern starts with, a word
 * after a space or `\\b`), as hashes for `mayHold`; undefined when the source names none (then the pattern
 * always runs).
 * @example requiredWords('\\b(?:processor|vendor) (?:\\p{L}+ ){0,3}shall') // [hashes of 'processor' 'vendor'], [hash of 'shall']
 */
export function requiredWords(source: string): RequiredWords | undefined {
  const needs = requiredWordLists(source);
  if (!needs) return undefined;
  return needs.map((words) => Int32Array.from(new Set(words.map(prefixHash))));
}

/** As `requiredWords`, the words themselves (shortened to the letters the index keeps; a word that starts with another of its list is left out). */
export function requiredWordLists(source: string): string[][] | undefined {
  let needs: string[][];
  try {
    needs = new SourceReader(source).read();
  } catch {
    return undefined;
  }
  if (needs.length === 0) return undefined;
  return needs.map((words) => {
    // a word that starts with another required word adds nothing: a text holding it holds the shorter one
    const kept = [...new Set(words.map((w) => w.slice(0, PREFIX_LETTERS)))].sort((a, b) => a.length - b.length);
    return kept.filter((word, i) => !kept.slice(0, i).some((shorter) => word.startsWith(shorter)));
  });
}
