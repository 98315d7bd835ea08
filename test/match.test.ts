// pattern() and matchText(): the Latin-1 reading of `\p{..}`, gaps that never start inside a run
// of whitespace, and a matchText that holds nothing outside Latin-1.

import assert from 'node:assert/strict';
import { latin1Class, matchText, pattern } from '../shared/match';

const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));

describe('match', () => {
  describe('latin1Class', () => {
    for (const escape of ['p{L}', 'p{N}', 'p{Lu}', 'p{Ll}', 'P{L}', 'p{P}']) {
      it(`reads \\${escape} on Latin-1 as the old flags iu did`, () => {
        const old = new RegExp(`^[\\${escape}]$`, 'iu');
        const narrow = new RegExp(`^[${latin1Class(escape)}]$`);
        assert.deepEqual(latin1.filter((ch) => narrow.test(ch)), latin1.filter((ch) => old.test(ch)));
      });
    }
  });

  describe('pattern', () => {
    it('compiles without the u and i flags', () => assert.equal(pattern('databehandler\\p{L}*').flags, 'g'));

    it('matches letters beyond ASCII through \\p{L}', () => assert.ok(pattern('\\bsikkerhet\\p{L}+').test(matchText('Sikkerhetsbrudd og sikkerhetsmål'))));

    it('reads an upper-case source letter as lower case', () => assert.ok(pattern('GDPR').test(matchText('etter GDPR art. 28'))));

    const gapSources = ['a b', ' a', '(?: a| b)', 'a ?b', 'a *b', 'a {0,3}b', '(?<!tredje )land', '(?:x)? y'];
    for (const source of gapSources) {
      it(`starts no gap inside a whitespace run: ${JSON.stringify(source)}`, () => {
        const out = pattern(source).source;
        // every whitespace run is preceded by "(?<!\s)"
        for (const m of out.matchAll(/\\s(?:\+|\{\d+,\})/g)) assert.equal(out.slice(m.index - 7, m.index), '(?<!\\s)', out);
        // and is never the body of a quantified group
        assert.doesNotMatch(out, /\\s[+}]\)[?*+{]/, out);
      });
    }

    it('keeps the gap semantics: any run of whitespace, line breaks included', () => {
      assert.ok(pattern('innen \\d+ timer').test(matchText('Innen 48\n\t timer')));
      assert.ok(pattern('data ?behandler').test('databehandler'));
      assert.ok(pattern('data ?behandler').test('data  behandler'));
      assert.ok(!pattern('a {2,3}b').test('a b'));
      assert.ok(pattern('a {2,3}b').test('a  b'));
    });
  });

  describe('matchText', () => {
    it('keeps the length and stays within Latin-1 for astral and other scripts', () => {
      const text = 'Dato 😀 № 5 — “Leverandør” ŁÓDŹ €10 İ';
      const match = matchText(text);
      assert.equal(match.length, text.length);
      assert.ok([...match].every((ch) => ch.charCodeAt(0) <= 0xff), JSON.stringify(match));
      assert.equal(match, match.toLowerCase());
    });
  });
});

describe('matchText reads an OCR pipe by its neighbours', () => {
  const cases: [string, string][] = [
    ['Databehand|er', 'databehandler'],
    ['ansvar|ig', 'ansvarlig'],
    ['ti| bake', 'til bake'],
    ['A||e', 'alle'],
    ['varse|.', 'varsel.'],
    ['|kke', 'ikke'],
    ['|SAE 3402', 'isae 3402'],
    ['|øsningen', 'løsningen'],
    ['PERSONOPPLYSN|NGER', 'personopplysninger'],
    ['| Land | Ja |', '| land | ja |'],
  ];
  for (const [text, expected] of cases) it(`${text} -> ${expected}`, () => assert.equal(matchText(text), expected));
});

describe('matchText reads a letter OCR put for a digit in a number', () => {
  const cases: [string, string][] = [
    ['innen 1O dager', 'innen 10 dager'],
    ['3l days', '31 days'],
    ['ISO 27OO1', 'iso 27001'],
    ['1O.', '10.'],
    // a word that goes on in letters, or a code that starts with one, is no number
    ['2old', '2old'],
    ['B1O', 'b1o'],
  ];
  for (const [text, expected] of cases) it(`${text} -> ${expected}`, () => assert.equal(matchText(text), expected));
});
