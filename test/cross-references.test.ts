// References to the DPA's own numbered clauses (shared/cross-references.ts): which clauses a "punkt 6 og punkt 8",
// "Sections 4 and 6", "Vedlegg 1 punkt 3" names, and what those clauses are about. Documents we wrote.

import { strict as assert } from 'node:assert';
import { analyseText } from '../shared/analyse';
import { matchText } from '../shared/match';
import { referencedClauses, referencedTopics, refersToSection } from '../shared/cross-references';
import type { Clause } from '../shared/types';

/** The references of the last clause's text, with the first words of each clause they name. */
function referencesOfLast(text: string): { text: string; named: string[]; topics: string[] }[] {
  const { clauses } = analyseText(text);
  const last = clauses[clauses.length - 1];
  return referencedClauses(matchText(last.text), clauses, last).map((reference) => ({
    text: reference.text,
    named: reference.clauses.map(([clause]) => clause.text.split(':')[0]),
    topics: referencedTopics(reference),
  }));
}

const TWO_ANNEXES = [
  'Databehandleravtale',
  '1. Formål: Leverandøren behandler personopplysninger for Kunden.',
  '2. Revisjon: Kunden kan revidere Leverandøren.',
  'VEDLEGG 1 — BEHANDLINGEN',
  '1. Formål: Lønnsberegning.',
  '2. Kategorier: Ansatte.',
  'VEDLEGG 2 — SIKKERHET',
  '1. Tilgang: Tofaktorautentisering.',
].join('\n\n');

describe('cross-references to numbered clauses (shared/cross-references.ts)', () => {
  it('names each clause of a list of numbers, with its title topic', () => {
    const text = 'Databehandleravtale\n6. Bistand: Leverandøren bistår Kunden.\n8. Revisjon: Kunden kan revidere.\n10. Vederlag: Arbeid etter punkt 6 og punkt 8 faktureres.';
    assert.deepEqual(referencesOfLast(text), [{ text: 'punkt 6 og punkt 8', named: ['6. Bistand', '8. Revisjon'], topics: ['audit'] }]);
    const en = 'DPA\n4. Rights: The Processor assists.\n6. Audits: The Customer may audit.\n7. Fees: Work under Sections 4 and 6 is charged.';
    assert.deepEqual(referencesOfLast(en)[0].named, ['4. Rights', '6. Audits']);
  });

  it('reads a clause of a named annex in that annex, and one without an annex in the referring part', () => {
    const before = referencesOfLast(`${TWO_ANNEXES}\n\nData behandles som angitt i Vedlegg 1 punkt 2.`);
    assert.deepEqual(before[0].named, ['2. Kategorier']);
    const after = referencesOfLast(`${TWO_ANNEXES}\n\nSe punkt 1 i vedlegg 2.`);
    assert.deepEqual(after[0].named, ['1. Tilgang']);
  });

  it('names no clause of another agreement, none left out by a denial, and no annex title', () => {
    assert.deepEqual(referencesOfLast('Avtale\n1. Bistand: Leverandøren bistår.\n2. Pris: Arbeid etter punkt 1 i Hovedavtalen faktureres.'), []);
    assert.deepEqual(referencesOfLast('Avtale\n1. Revisjon: Kunden reviderer.\n2. Pris: Endringer som ikke er regulert av punkt 1, faktureres.'), []);
    assert.deepEqual(referencesOfLast('Avtale\nVEDLEGG 3 — UNDERLEVERANDØRER\nSe punkt 3.'), []);
  });

  it('says whether a sentence speaks of a section by its number', () => {
    const { clauses } = analyseText('Avtale\n8. Revisjon: Kunden kan revidere.\n9. Pris: Arbeid etter punkt 8 faktureres.');
    const last: Clause = clauses[clauses.length - 1];
    assert.ok(refersToSection(matchText(last.text), clauses, last, 'audit'));
    assert.ok(!refersToSection(matchText(last.text), clauses, last, 'breach'));
  });
});
