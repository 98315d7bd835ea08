// The lexicon's data (clauses/lexicon/*.json, nynorsk in nn.json): every word compiles, every plain word is found by its
// concept's pattern, and no concept repeats a word. A word added to a language file is tested here.

import { strict as assert } from 'node:assert';
import da from '../clauses/lexicon/da.json';
import en from '../clauses/lexicon/en.json';
import nb from '../clauses/lexicon/nb.json';
import nn from '../clauses/lexicon/nn.json';
import sv from '../clauses/lexicon/sv.json';
import { concept, conceptAlternatives, conceptAnywhere, conceptIds, conceptPhrase, conceptPrefix, conceptStem, conceptWords, hasConcept } from '../shared/lexicon';
import { matchText, pattern } from '../shared/match';

const files = { nb, nn, en, da, sv } as Record<string, Record<string, string[] | string>>;
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

  it('reads an English contraction as a negation (a one-line data change in en.json)', () => {
    assert.ok(hasConcept('negation', matchText("We won’t charge for this help.")));
    assert.ok(hasConcept('negation', matchText("Provider doesn't sell data")));
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

  it('reads whose liability follows the noun in Danish and Swedish: "ansvaret af", "ansvaret för"', () => {
    assert.ok(hasConcept('liability.of-party', matchText('ansvaret af kunden')));
    assert.ok(hasConcept('liability.of-party', matchText('ansvaret för kunden')));
  });

  it('reads new Danish and Swedish words of the liability and audit rules: "andrage", "uppgå till", "vid"', () => {
    assert.ok(hasConcept('liability.amount-verb', matchText('ansvaret kan maksimalt andrage')));
    assert.ok(hasConcept('liability.amount-verb', matchText('ansvaret får högst uppgå till')));
    assert.ok(hasConcept('audit.control-at', matchText('kontroller vid personuppgiftsbiträdet')));
  });

  it('finds a word anywhere, also inside a compound, when asked to (conceptAnywhere)', () => {
    assert.ok(pattern(conceptAnywhere('assistance.trigger')).test(matchText('personuppgiftsbiträdets bistånd')));
    assert.ok(pattern(conceptAnywhere('assistance.trigger')).test(matchText('databehandlingsbistand')));
    assert.ok(!pattern(concept('assistance.trigger')).test(matchText('databehandlingsbistand')));
  });

  it('reads new Danish and Swedish words: "artikel", "af", "sina"', () => {
    assert.ok(hasConcept('reference.article-word', matchText('i henhold til artikel 28, stk. 4')));
    assert.ok(hasConcept('art28.of', matchText('samme niveau af beskyttelse')));
    assert.ok(hasConcept('possessive.own-stated', matchText('för sina egna böter')));
  });

  it('lists its concepts', () => assert.ok(conceptIds().includes('party.controller')));

  it('reads a Swedish or Danish duty that backups are set outside of (deletion.duty-word)', () => {
    assert.ok(pattern(conceptStem('deletion.duty-word')).test(matchText('omfattas inte av denna skyldighet')));
    assert.ok(hasConcept('deletion.duty-word', matchText('er ikke omfattet af denne pligt')));
  });

  it('reads words that also end a longer phrase as alternatives (conceptAlternatives): "löpande", "på vegne af"', () => {
    assert.ok(new RegExp(`(?:${conceptAlternatives('time.ongoing')})$`, 'u').test(matchText('uppdateras löpande')));
    assert.ok(new RegExp(`(?:${conceptAlternatives('party.non-actor-before')})\\s+$`, 'u').test(matchText('behandles på vegne af ')));
  });

  it('builds a phrase written as data from its concept slots (conceptPhrase): whole words, word starts, named phrases', () => {
    assert.equal(conceptPhrase('{{art28.bound-by}} (?:\\p{L}+ ){0,4}{{art28.duty}}'), `${concept('art28.bound-by')} (?:\\p{L}+ ){0,4}${concept('art28.duty')}`);
    assert.equal(conceptPhrase('{{art28.impose~}}'), conceptPrefix('art28.impose'));
    assert.equal(conceptPhrase('{{assist art28.assist-request}}'), concept('assist', 'art28.assist-request'));
    assert.equal(conceptPhrase('x {{mine}}', { mine: 'y' }), 'x y');
    assert.ok(pattern(conceptPhrase('{{art28.bound-by}} (?:\\p{L}+ ){0,4}{{art28.duty}}')).test(matchText('bound by the same obligations')));
    assert.throws(() => conceptPhrase('{{no.such-concept}}'), /unknown lexicon concept/);
  });
});
