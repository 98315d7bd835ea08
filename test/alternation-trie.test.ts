// wordAlternation: a word list as a prefix-factored alternation matches exactly as the plain
// alternation does: for every concept of the lexicon, on the shipped samples, and on lists made to
// catch a word moved across another that could match at the same place.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordAlternation } from '../shared/alternation-trie';
import { conceptIds, conceptWords } from '../shared/lexicon';
import { matchText, pattern } from '../shared/match';

const samplesDir = join(__dirname, '..', 'samples');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => matchText(readFileSync(join(samplesDir, f), 'utf8')))
  .join('\n\n');

/** Every match of the regex (position, text and groups), as one string to compare. */
function matches(re: RegExp, text: string): string {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${m.join('|')}`);
  }
  return out.join('\n');
}

function assertSame(words: string[], text: string, wrap = (body: string) => `\\b(?:${body})`): void {
  assert.equal(matches(pattern(wrap(wordAlternation(words))), text), matches(pattern(wrap(words.join('|'))), text), words.join('|'));
}

describe('wordAlternation', () => {
  it('shares first letters: a trie of the words', () => {
    assert.equal(wordAlternation(['sell', 'sold', 'share']), 's(?:ell|old|hare)');
    assert.equal(wordAlternation(['sells', 'sell', 'seller']), 'sell(?:s||er)');
  });

  it('keeps a word that does not start with a plain letter in its place, and moves no word across it', () => {
    // "(?:ae|[æäa])" may match an "a": "ansvar" must stay after it, "avvik" before it
    assert.equal(wordAlternation(['avvik', 'sell', 'æ\\p{L}*', 'ansvar', 'sold']), 'avvik|sell|æ\\p{L}*|ansvar|sold');
    assert.equal(wordAlternation(['fees?', 'feed']), 'fee(?:s?|d)');
    assert.equal(wordAlternation(['a\\bb', 'ab|c', 'ac']), 'a\\bb|ab|c|ac');
  });

  it('matches as the plain alternation for every concept of the lexicon, on the samples', () => {
    for (const id of conceptIds()) {
      const words = [...new Set(conceptWords(id))].sort((a, b) => b.length - a.length);
      assertSame(words, samples);
      assertSame(words, samples, (body) => `(?:${body})`);
    }
  });

  it('matches as the plain alternation where the order of the words decides the match', () => {
    const text = matchText('selling sell sellers seller sold soldier aeble æble ansvar avvik fees feed fee');
    for (const words of [
      ['sell', 'selling', 'seller'],
      ['sel', 'sell\\p{L}*', 'so', 'sold(?:ier)?'],
      ['a\\p{L}*', 'æble', 'ansvar', 'avvik'],
      ['fee', 'fees?', 'feed', ''],
    ]) {
      assertSame(words, text, (body) => `(?:${body})`);
      assertSame(words, text);
    }
  });
});
