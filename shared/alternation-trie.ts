// Word lists as prefix-factored (trie-shaped) alternations: `wordAlternation(['sell', 'sold', 'share'])`
// is `s(?:ell|old|hare)`, not `sell|sold|share`. V8 tries the alternatives of an alternation one after
// the other at each position of the text, so a concept of a hundred words cost a hundred tests at every
// position; factored, a position whose character starts no word costs one test per distinct first letter,
// and the regex is smaller to compile. The lexicon's concepts are built this way (shared/lexicon.ts).
//
// The alternation matches exactly as the plain one does (the same match at each position, the same
// groups), because only these rewrites are made:
//  - `xA|xB` is `x(?:A|B)` when x is one literal character: the two try the same things in the same order;
//  - alternatives that start with two different literal characters never both match at a position, so
//    alternatives with the same first character may be brought together;
//  - a word that does not start with a literal character (a class, a group, a lookaround, a letter with
//    OCR variants such as ø, a space, which `pattern()` makes a whitespace run) could match where any
//    other does: it keeps its place, and no word is moved across it.
// Only non-capturing groups are added, so group numbers stay. A word with `\b` or a top-level `|` in it
// is kept whole (`pattern()` reads a `\b` by what stands beside it).

// characters that stand for themselves in a pattern source and have no OCR variants
const LITERAL = /^[a-z0-9-]$/;
const QUANTIFIER_START = /^[?*+{]/;

/** How many characters at the start of a word are plain literals that may be shared with other words. */
function literalPrefixLength(word: string): number {
  if (word.includes('\\b') || hasTopLevelBar(word)) return 0;
  let length = 0;
  // a character with a quantifier after it ("fees?") is not a sure part of the word
  while (length < word.length && LITERAL.test(word[length]) && !QUANTIFIER_START.test(word[length + 1] ?? '')) length++;
  return length;
}

function hasTopLevelBar(word: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** A word split into its literal prefix (still to be shared) and the rest of its source. */
interface Alternative {
  literal: string;
  rest: string;
}

function factor(alternatives: readonly Alternative[]): string[] {
  const result: string[] = [];
  // first character -> the words that start with it, without it, in order
  let pending = new Map<string, Alternative[]>();
  const flush = () => {
    pending.forEach((words, first) => {
      if (words.length === 1) {
        result.push(first + words[0].literal + words[0].rest);
        return;
      }
      const inner = factor(words);
      result.push(inner.length === 1 ? first + inner[0] : `${first}(?:${inner.join('|')})`);
    });
    pending = new Map();
  };
  for (const alternative of alternatives) {
    if (alternative.literal === '') {
      // it may match where the others do: nothing moves across it
      flush();
      result.push(alternative.rest);
      continue;
    }
    const first = alternative.literal[0];
    const rest = { literal: alternative.literal.slice(1), rest: alternative.rest };
    const words = pending.get(first);
    if (words) words.push(rest);
    else pending.set(first, [rest]);
  }
  flush();
  return result;
}

/**
 * The words (pattern sources, in the order they are to be tried) as one alternation, without the
 * group around it, prefix-factored; it matches as `words.join('|')` does.
 * @example wordAlternation(['sell', 'sold', 'share']) // 's(?:ell|old|hare)'
 */
export function wordAlternation(words: readonly string[]): string {
  return factor(
    guardWordEnds(words).map((word) => {
      const length = literalPrefixLength(word);
      return { literal: word.slice(0, length), rest: word.slice(length) };
    }),
  ).join('|');
}

const ANY_LETTERS = '\\p{L}*';

/**
 * Words that end a longer word ("\p{L}*backup\p{L}*"): a run of two or more of them, next to each
 * other in the list, becomes one alternative behind a look-ahead for any of their literal cores
 * (`(?=\p{L}*(?:backup|sikkerhetskopi))(?:...)`). At each word start the `\p{L}*` of every such word
 * ran to the word's end and back again; the look-ahead does that once, and only a word that holds one
 * of the cores tries them. Every match of one of the words holds its core after its letters, so the
 * look-ahead turns away only places where none of them matches.
 */
function guardWordEnds(words: readonly string[]): string[] {
  const result: string[] = [];
  let run: { word: string; core: string }[] = [];
  const endRun = () => {
    if (run.length >= 2) result.push(`(?=${ANY_LETTERS}(?:${wordAlternation(run.map((w) => w.core))}))(?:${run.map((w) => w.word).join('|')})`);
    else result.push(...run.map((w) => w.word));
    run = [];
  };
  for (const word of words) {
    const rest = word.startsWith(ANY_LETTERS) ? word.slice(ANY_LETTERS.length) : '';
    const core = rest.slice(0, literalPrefixLength(rest));
    if (core !== '' && !word.includes('\\b') && !hasTopLevelBar(word)) {
      run.push({ word, core });
      continue;
    }
    endRun();
    result.push(word);
  }
  endRun();
  return result;
}
