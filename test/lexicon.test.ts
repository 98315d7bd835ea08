// The lexicon's data (clauses/lexicon/*.json): every word compiles, every plain word is found by its
// concept's pattern, and no concept repeats a word. A word added to a language file is tested here.

import { strict as assert } from 'node:assert';
import da from '../clauses/lexicon/da.json';
import en from '../clauses/lexicon/en.json';
import nb from '../clauses/lexicon/nb.json';
import sv from '../clauses/lexicon/sv.json';
import { concept, conceptIds, conceptPrefix, conceptStem, conceptWords, hasConcept } from '../shared/lexicon';
import { matchText, pattern } from '../shared/match';

const files = { nb, en, da, sv } as Record<string, Record<string, string[] | string>>;
// a word without regex syntax can be written into a sentence as it stands
const PLAIN_WORD = /^[\p{L} '-]+$/u;

describe('lexicon', () => {
  for (const [lang, file] of Object.entries(files)) {
    describe(lang, () => {
      it('says what it is', () => assert.equal(typeof file.$about, 'string'));
      for (const [id, words] of Object.entries(file)) {
        if (id.startsWith('$')) continue;
        it(`${id}: words compile, are found, and are not repeated`, () => {
          assert.ok(Array.isArray(words) && words.length > 0, 'a concept is a non-empty list of words');
          assert.equal(new Set(words).size, words.length, 'a word is listed twice');
          for (const word of words) {
            assert.doesNotThrow(() => pattern(word), word);
            if (PLAIN_WORD.test(word)) assert.ok(hasConcept(id, matchText(`Tekst ${word} tekst.`)), `"${word}" is not found by ${id}`);
          }
        });
      }
    });
  }

  it('refuses a concept no language defines', () => {
    assert.throws(() => conceptWords('no.such.concept'), /unknown lexicon concept/);
  });

  it('takes the words of the languages asked for', () => {
    assert.ok(hasConcept('negation', matchText('uden ophold')) && !hasConcept('negation', matchText('uden for EØS')));
    assert.ok(!conceptWords('negation', ['en']).includes('ikke'));
  });

  it('prefers the longer word where two start alike', () => {
    const m = pattern(concept('party.processor')).exec(matchText('the service provider shall'));
    assert.equal(m?.[0], 'service provider');
  });

  it('reads a stem concept as a word start, a plain concept as a whole word', () => {
    assert.ok(pattern(conceptStem('amend.any-change')).test(matchText('erstattes')));
    assert.ok(!pattern(concept('amend.any-change')).test(matchText('erstattes')));
  });

  it('reads a Swedish place-of-processing column and a Danish definition word', () => {
    assert.ok(pattern(conceptPrefix('place.location-column')).test(matchText('lagringsplats')));
    assert.ok(hasConcept('definition.means', matchText('"underdatabehandler" betyder')));
  });

  it('lists its concepts', () => assert.ok(conceptIds().includes('party.controller')));
});
