// The parts of a sentence (shared/sentence-parts.ts): word windows bounded by the clause part.

import { strict as assert } from 'node:assert';
import { findFirst, matchText, pattern } from '../shared/match';
import { partAround, samePart, WITHIN_RUN, wordsAfter, wordsBefore, wordsBetween, wordsOfRun } from '../shared/sentence-parts';

describe('sentence parts', () => {
  it('partAround stops at commas, semicolons and colons', () => {
    const text = 'deleted within 30 days, except backups';
    assert.deepEqual(partAround(text, 30), { from: 23, to: 38 });
    assert.deepEqual(partAround(text, 5), { from: 0, to: 22 });
  });

  it('wordsBefore counts words, not characters, and stays in the part', () => {
    const text = 'the processor may, at least once a year, audit';
    assert.deepEqual(wordsBefore(text, 33, 2), { from: 22, text: 'least once ' });
    assert.equal(wordsBefore(text, 33, 10).text, ' at least once ');
    assert.equal(wordsBefore('minst én gang per år', 14, 3).text, 'minst én gang ');
  });

  // wordsBefore walks back from the place instead of reading its whole part: the same words as a forward read
  it('wordsBefore finds the words a forward read of the part finds (hyphens, apostrophes, digits, lone dashes)', () => {
    const forward = (text: string, at: number, count: number) => {
      const from = partAround(text, at).from;
      const starts = [...text.slice(from, at).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((w) => from + (w.index ?? 0));
      const start = starts.length > count ? starts[starts.length - count] : from;
      return { from: start, text: text.slice(start, at) };
    };
    const pieces = ['the', 'processor', "processor's", '-', '--', 'e-post', '30', '-ab', "'", 'år', 'ikke', ' ', '  ', '(a)', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 3 + (next() % 12) }, () => pieces[next() % pieces.length]).join(next() % 3 ? ' ' : '');
      const at = next() % (text.length + 1);
      const count = 1 + (next() % 5);
      assert.deepEqual(wordsBefore(text, at, count), forward(text, at, count), JSON.stringify([text, at, count]));
    }
  });

  it('wordsAfter counts words, not characters, and stays in the part', () => {
    const text = 'deleted within 30 days, except backups';
    assert.equal(wordsAfter(text, 7, 3), ' within 30 days');
    assert.equal(wordsAfter(text, 7, 10), ' within 30 days');
    assert.equal(wordsAfter('varslet uten ugrunnet opphold; senest', 7, 2), ' uten ugrunnet');
  });

  it('wordsBetween counts the words between two phrases, in either order', () => {
    const text = 'decide which technical measures';
    assert.equal(wordsBetween(text, { start: 0, end: 6 }, { start: 23, end: 31 }), 2);
    assert.equal(wordsBetween(text, { start: 23, end: 31 }, { start: 0, end: 6 }), 2);
    assert.equal(wordsBetween(text, { start: 0, end: 12 }, { start: 7, end: 22 }), 0);
  });

  it('samePart reads through a contrast adverb right after a modal verb, not through one that opens a part', () => {
    const inside = matchText('Leverandøren kan likevel endre tiltakene');
    assert.equal(samePart(inside, 13, 30), true);
    assert.equal(samePart(matchText('The Vendor shall however notify the Customer'), 11, 30), true);
    assert.equal(samePart(matchText('Leverandøren skal ikke selge data, likevel kan den anonymisere dem'), 18, 50), false);
  });

  it('samePart reads through the colon of a web address, not through a clause colon', () => {
    const text = 'the measures described at https://trust.example/security, as updated';
    assert.equal(samePart(text, 4, 60), true);
    assert.equal(samePart('the measures: as updated', 4, 20), false);
  });

  it('WITHIN_RUN reaches over commas and any number of words, never past "." or ";"', () => {
    const inRun = pattern(`inform${WITHIN_RUN}thereafter`);
    assert.equal(findFirst(inRun, 'inform the customer, in writing and by e-mail to its contact person, thereafter')?.start, 0);
    assert.equal(findFirst(inRun, 'inform the customer; thereafter'), undefined);
    assert.equal(findFirst(inRun, 'inform the customer. thereafter'), undefined);
  });

  it('wordsOfRun counts the words between two words of one run', () => {
    const processorMay = pattern(`processor${wordsOfRun(2)}may`);
    assert.equal(findFirst(processorMay, "the processor's affiliates may transfer")?.text, "processor's affiliates may");
    assert.equal(findFirst(processorMay, 'the processor, or its affiliates, may transfer'), undefined);
    assert.equal(findFirst(processorMay, 'the processor; the customer may'), undefined);
    assert.equal(findFirst(pattern(`processor${wordsOfRun(4)}may`), 'the processor, or its affiliates, may transfer')?.start, 4);
  });
});

describe('sentence parts: a clause part over commas', () => {
  it('wordsAfter with overCommas reads an enumeration through, but not past ";" or "however"', () => {
    assert.equal(wordsAfter('all claims, fines and costs we incur', 3, 5, true), ' claims, fines and costs we');
    assert.equal(wordsAfter('alle krav, bøter og kostnader; vi betaler', 4, 8, true), ' krav, bøter og kostnader');
    assert.equal(wordsAfter('all claims, however we pay', 3, 8, true), ' claims');
  });
});
