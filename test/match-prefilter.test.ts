// The prefilter of findFirst/findAll (shared/match.ts): a pattern's required literals, and a text
// without any of them is never searched. It must never drop a match the regex would find: checked
// here over every lexicon concept against the sample documents' sentences.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { concept, conceptIds, conceptPrefix, conceptStem, conceptWords } from '../shared/lexicon';
import { findAll, findFirst, matchText, pattern, requiredLiterals } from '../shared/match';

const samplesDir = join(__dirname, '..', 'samples');
const documents = readdirSync(samplesDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => matchText(readFileSync(join(samplesDir, file), 'utf8')));
// sentences and lines, short pieces, and the whole documents (the large trigram sets)
const texts = [...new Set(documents.flatMap((doc) => doc.split(/(?<=[.;:!?])\s+|\n+/)).filter((t) => t.trim() !== ''))];
const pieces = texts.flatMap((t) => (t.length > 12 ? [t.slice(0, 12), t.slice(-5)] : []));

/** All matches of the regex run as it is, with no prefilter (a fresh RegExp of the same source). */
function plainMatches(re: RegExp, text: string): [number, string][] {
  const plain = new RegExp(re.source, re.flags);
  const out: [number, string][] = [];
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    if (m[0].length === 0) {
      plain.lastIndex++;
      continue;
    }
    out.push([m.index, m[0]]);
  }
  return out;
}

describe('match prefilter', () => {
  describe('requiredLiterals', () => {
    const cases: [string, string[] | undefined][] = [
      ['\\b(?:revisjon|audit)\\p{L}*', ['audit', 'revisjon']],
      ['brudd på personopplysningssikkerhet\\p{L}*', ['personopplysningssikkerhet']],
      ['innen \\d+ timer', ['innen']],
      ['x(?:foo|bar)?baz', ['baz']],
      ['(?:abcd|efgh)+ijk', ['abcd', 'efgh']],
      ['[abc]def\\d+ghij', ['ghij']],
      ['(?<!tredje )land', ['land']],
      ['(?=abc)xyzw', ['xyzw']],
      // an optional letter splits the literal; a repeated one ends it
      ['kontroll?en', ['kontrol']],
      ['abcd?efg', ['abc']],
      ['abcde+fgh', ['abcde']],
      // a letter with OCR variants, an upper-case letter, an escape: no literal across them
      ['sjølv', undefined],
      ['databehandlerÅ', ['databehandler']],
      ['\\x61bcd', ['bcd']],
      ['\\1abc', ['abc']],
      // an alternative or a part that promises nothing
      ['a|bcd', undefined],
      ['(?:abc|)def', ['def']],
      ['(?:abc|)', undefined],
      ['(?:abc){0,2}', undefined],
      ['\\p{L}+', undefined],
      ['^ (?:\\p{L}+ ){0,3}$', undefined],
    ];
    for (const [source, expected] of cases) {
      it(`reads ${JSON.stringify(source)}`, () => assert.deepEqual(requiredLiterals(source), expected));
    }
  });

  describe('never drops a match', () => {
    const sources = conceptIds().flatMap((id) => [concept(id), conceptPrefix(id), conceptStem(id), ...conceptWords(id)]);

    it('every match of every lexicon concept and word holds one of its required literals', () => {
      let checked = 0;
      for (const source of new Set(sources)) {
        const literals = requiredLiterals(source);
        if (!literals) continue;
        const re = pattern(source);
        for (const text of documents) {
          for (const [, found] of plainMatches(re, text)) {
            checked++;
            assert.ok(literals.some((literal) => found.includes(literal)), `${JSON.stringify(found)} holds none of ${literals.join(', ')} (${source.slice(0, 80)})`);
          }
        }
      }
      assert.ok(checked > 1000, `only ${checked} matches checked`);
    });

    it('findAll and findFirst find what the plain regex finds, on every sentence and piece', () => {
      for (const source of new Set(sources)) {
        const re = pattern(source);
        for (const text of [...texts, ...pieces, ...documents]) {
          const expected = plainMatches(re, text);
          assert.deepEqual(
            findAll(re, text).map((m) => [m.start, m.text]),
            expected,
            `${source.slice(0, 80)} on ${JSON.stringify(text.slice(0, 60))}`,
          );
          assert.deepEqual(findFirst(re, text)?.start, expected[0]?.[0]);
        }
      }
    });
  });
});
