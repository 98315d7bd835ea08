// Words broken across a line by a hyphen ("god- kjenning", "underdatabehand-\nlere"), as PDF and OCR
// text often has them, joined again in a matchText without moving any offset outside the word: the
// hyphen and the break are taken out and as many spaces put after the word. A suspended compound
// ("helse- og omsorgssektoren", "sub- and co-processors") is no broken word and stays as it is.

// a letter, the hyphen, a line break or spaces, and the rest of the word in lower case (not "og", "and" …)
// (a hyphen with no space or break after it, as in "e-post", is a compound and stays: the gap starts with one)
// The letter is looked at behind the hyphen: a regex that starts with the hyphen is searched for it, where
// one that starts with the look behind tried it at every character (15-25 times slower over a document).
const BROKEN = /(-(?<=\p{L}-)(?=[ \t\r\n])[ \t]*(?:\r?\n)?[ \t]*)(?!(?:og|eller|and|or|och|samt|und|resp|til|to|till|u\.?a\.?)(?!\p{L}))(\p{Ll}+)/gu;

/**
 * The matchText with hyphen-broken words joined; same length, and every offset outside a broken word
 * unchanged (inside one, at most the removed characters off).
 * @example joinBrokenWords('uten god- kjenning fra') // 'uten godkjenning   fra'
 */
export function joinBrokenWords(match: string): string {
  if (!match.includes('-')) return match;
  return match.replace(BROKEN, (_whole, gap: string, rest: string) => (gap.length > 1 ? rest + ' '.repeat(gap.length) : `${gap}${rest}`));
}

/**
 * The end of the word at `at` in the original text: a match in a joined word ends up to the removed
 * characters short of it, and a finding should quote the whole word.
 * @example endOfWord('god- kjenning fra', 11) // 13
 */
export function endOfWord(text: string, at: number): number {
  let end = at;
  while (end < text.length && end > 0 && /\p{L}/u.test(text[end - 1]) && /\p{L}/u.test(text[end])) end++;
  return end;
}

/**
 * Where a match that ends at `end` in the matchText ends in the original text: at the end of a word the
 * matchText joined ("per-\nsonopplysninger"), the end of that word, so a finding quotes it whole.
 * @example endInText('per-\nsonopplysninger', matchText('per-\nsonopplysninger'), 18) // 20
 */
export function endInText(text: string, match: string, end: number): number {
  return match[end] === ' ' && /\p{L}/u.test(text[end] ?? '') ? endOfWord(text, end) : end;
}
