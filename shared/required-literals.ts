// The literals a pattern cannot match without: short lists of strings such that every match of
// `pattern(source)` contains a string of each list. A matchText that lacks all strings of one list
// cannot match, and `indexOf` says so without compiling or running the regex: about half the
// patterns a first review asks for never match in the text they are run on (shared/match.ts checks
// before it runs one).
//
// It reads a pattern's SOURCE (shared/match.ts syntax), not the compiled regex, and reads it as
// `pattern()` translates it: a space is a gap of any whitespace, a letter with OCR variants (æøåäöé)
// or an upper-case letter is not a sure character, `\p{..}` is a class. Whatever it does not
// understand is read as "any characters" (a break between literals), and a source it cannot vouch
// for gets no list at all: a list may only be too short, never wrong.

interface Reading {
  /** lists of strings such that every match contains one string of each list (none: nothing is sure) */
  all: string[][];
  /** the one exact string every match is, when the part is a plain literal */
  exact: string | undefined;
}

// thrown (without a stack) when a source holds syntax the reader does not take apart
const UNSUPPORTED = Symbol('unsupported');

// characters with a meaning in a source outside a class, and the characters `pattern()` rewrites
// (a space is a gap, the letters get OCR variants or are lower-cased): none is a sure literal
const NOT_LITERAL = /[\\^$.|?*+()[\]{} øöåæäéA-Z\u00c0-\u00de]/;
const QUANTIFIER_START = new Set('?*+{');
const QUANTIFIER_BRACES = /\{(\d+)(?:,\d*)?\}/y;
// escapes of one character that stand for a class, not for themselves
const CLASS_ESCAPE = /[dDwWsStnrfv0]/;

/** A quantifier at `at` ("?", "*", "+", "{2}", "{0,3}", each perhaps lazy): its least count and length; undefined if none. */
function quantifierAt(source: string, at: number): { least: number; length: number } | undefined {
  const ch = source[at];
  let least: number;
  let length: number;
  if (ch === '?' || ch === '*') [least, length] = [0, 1];
  else if (ch === '+') [least, length] = [1, 1];
  else if (ch === '{') {
    QUANTIFIER_BRACES.lastIndex = at;
    const m = QUANTIFIER_BRACES.exec(source);
    if (!m) throw UNSUPPORTED; // a literal "{": not worth reading
    [least, length] = [Number(m[1]), m[0].length];
  } else return undefined;
  if (source[at + length] === '?') length++;
  return { least, length };
}

function shortest(list: string[]): number {
  let length = Infinity;
  for (const s of list) if (s.length < length) length = s.length;
  return length;
}

/** The best of a part's lists to stand for it in an alternation: the one whose shortest string is longest, then the shortest list. */
function best(lists: string[][]): string[] {
  let chosen = lists[0];
  for (const list of lists) {
    const [shortestChosen, shortestList] = [shortest(chosen), shortest(list)];
    if (shortestList > shortestChosen || (shortestList === shortestChosen && list.length < chosen.length)) chosen = list;
  }
  return chosen;
}

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  /** An alternation, up to a ")" or the end. */
  alternation(): Reading {
    const alternatives: Reading[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0];
    // a match is a match of one alternative: it holds one string of that alternative's best list
    if (alternatives.some((a) => a.all.length === 0)) return { all: [], exact: undefined };
    return { all: [[...new Set(alternatives.flatMap((a) => best(a.all)))]], exact: undefined };
  }

  /** A sequence of atoms, up to a "|", a ")" or the end. */
  private sequence(): Reading {
    const source = this.source;
    // every match of the sequence holds a match of each of its parts: one string of each list
    const all: string[][] = [];
    let run = '';
    let broken = false; // something other than literals and zero-width assertions in the sequence
    const endRun = () => {
      if (run) all.push([run]);
      run = '';
      broken = true;
    };
    while (this.at < source.length && source[this.at] !== '|' && source[this.at] !== ')') {
      const ch = source[this.at];
      let atom: { char: string } | { group: Reading } | 'any' | 'zero';
      if (ch === '\\') {
        const next = source[this.at + 1];
        if (next === undefined) throw UNSUPPORTED;
        this.at += 2;
        if (next === 'b' || next === 'B') atom = 'zero';
        else if (next === 'p' || next === 'P') {
          const end = source.indexOf('}', this.at);
          if (source[this.at] !== '{' || end < 0) throw UNSUPPORTED;
          this.at = end + 1;
          atom = 'any';
        } else if (/[a-zA-Z0-9]/.test(next)) {
          if (next === 'k') this.at = source.indexOf('>', this.at) + 1;
          else if (next === 'x') this.at += 2;
          else if (next === 'u') this.at += source[this.at] === '{' ? source.indexOf('}', this.at) + 1 - this.at : 4;
          else if (next === 'c') this.at += 1;
          else if (/[1-9]/.test(next)) while (/[0-9]/.test(source[this.at] ?? '')) this.at++;
          else if (!CLASS_ESCAPE.test(next)) throw UNSUPPORTED;
          if (this.at <= 0) throw UNSUPPORTED;
          atom = 'any';
        } else atom = NOT_LITERAL.test(next) && !'\\^$.|?*+()[]{}'.includes(next) ? 'any' : { char: next };
      } else if (ch === '[') {
        // a class: one character of several (or none: "[]"); it ends at the first "]" not escaped
        let end = this.at + 1;
        if (source[end] === '^') end++;
        while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        if (end >= source.length) throw UNSUPPORTED;
        this.at = end + 1;
        atom = 'any';
      } else if (ch === '(') {
        const behind = source.startsWith('(?<', this.at) && (source[this.at + 3] === '=' || source[this.at + 3] === '!') ? 1 : 0;
        const lookaround = source[this.at + 1] === '?' && (source[this.at + 2 + behind] === '=' || source[this.at + 2 + behind] === '!');
        if (lookaround) this.at += 3 + behind;
        else if (source.startsWith('(?:', this.at)) this.at += 3;
        else if (source.startsWith('(?<', this.at)) this.at = source.indexOf('>', this.at) + 1;
        else if (source[this.at + 1] === '?') throw UNSUPPORTED;
        else this.at += 1;
        if (this.at <= 0) throw UNSUPPORTED;
        const inner = this.alternation();
        if (source[this.at] !== ')') throw UNSUPPORTED;
        this.at++;
        atom = lookaround ? 'zero' : { group: inner };
      } else if (ch === '^' || ch === '$') {
        this.at++;
        atom = 'zero';
      } else if (NOT_LITERAL.test(ch)) {
        if ('?*+{}]'.includes(ch)) throw UNSUPPORTED;
        // ".", a space (a gap), a letter with OCR variants or in upper case
        this.at++;
        atom = 'any';
      } else {
        // a stretch of plain characters at once; its last one stays back for a quantifier after it
        let end = this.at + 1;
        while (end < source.length && !NOT_LITERAL.test(source[end])) end++;
        if (end - this.at > 1 && !QUANTIFIER_START.has(source[end])) {
          run += source.slice(this.at, end);
          this.at = end;
          continue;
        }
        if (end - this.at > 1) {
          run += source.slice(this.at, end - 1);
          this.at = end - 1;
        }
        atom = { char: source[this.at] };
        this.at++;
      }
      const quantifier = quantifierAt(source, this.at);
      if (quantifier) this.at += quantifier.length;
      if (atom === 'zero') continue;
      if (atom === 'any' || quantifier?.least === 0) {
        endRun();
        continue;
      }
      if ('char' in atom) {
        run += atom.char;
        if (quantifier) endRun();
        continue;
      }
      const { all: groupAll, exact } = atom.group;
      if (exact !== undefined && !quantifier) {
        run += exact;
        continue;
      }
      endRun();
      all.push(...groupAll);
    }
    if (!broken) return { all: run ? [[run]] : [], exact: run };
    endRun();
    return { all, exact: undefined };
  }
}

/**
 * Lists of strings such that every match of `pattern(source)` contains one string of each list
 * (each string at least `minLength` long, each list at most `maxCount` strings), or undefined when
 * the source gives no such list.
 * @example requiredLiterals('\\b(?:varsl(?:e|ing)|notif(?:y|ication)) (?:innen|within)') // [['varsl', 'notif'], ['innen', 'within']]
 */
export function requiredLiterals(source: string, minLength = 3, maxCount = 24): string[][] | undefined {
  let reading: Reading;
  try {
    const reader = new Reader(source);
    reading = reader.alternation();
    if (reader.at !== source.length) return undefined;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  const lists = reading.all.filter((list) => list.length <= maxCount && list.every((s) => s.length >= minLength));
  return lists.length ? lists : undefined;
}
