// The sentence frame (shared/frame.ts): what a sentence says, read once and shared by the rules.
// Each row is a sentence we wrote and what its frame must hold, in nb, en, da and sv.

import { strict as assert } from 'node:assert';
import { analyseText } from '../shared/analyse';
import { frameOf, negates, negatesMainClause, negationBefore, negationIn, type SentenceFrame } from '../shared/frame';
import type { SentenceView } from '../shared/rule';
import { PROCESSOR_SOURCE } from '../shared/values';
import { isOperative, operativeFirst } from '../shared/sections';

function frame(text: string): { frame: SentenceFrame; sentence: SentenceView; at: (word: string) => number } {
  const { clauses, match } = analyseText(text);
  const clause = clauses[clauses.length - 1];
  const span = clause.sentences[clause.sentences.length - 1];
  const sentence: SentenceView = { clause, start: span.start, end: span.end, text: text.slice(span.start, span.end), match: match.slice(span.start, span.end) };
  return { frame: frameOf(sentence, PROCESSOR_SOURCE), sentence, at: (word) => text.toLowerCase().lastIndexOf(word.toLowerCase()) };
}

describe('sentence frame', () => {
  const actors: [string, 'processor' | 'controller' | undefined][] = [
    ['Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold.', 'processor'],
    ['The Controller may audit the Processor once a year.', 'controller'],
    ['Databehandleren må ikke overføre personoplysninger til tredjelande.', 'processor'],
    ['Personuppgiftsbiträdet ska radera uppgifterna när avtalet upphör.', 'processor'],
    ['Alle parter har lest avtalen.', undefined],
    // a party in the genitive owns the noun after it and does not act
    ['Leverandøren eier data som utledes av Kundens bruk av Tjenesten, og kan bruke dem fritt.', 'processor'],
    ["The Processor owns data derived from the Customer's use of the Service and may use it freely.", 'processor'],
    ['Kunden kan kræve, at Leverandørens sikkerhedspolitik opdateres.', 'controller'],
  ];
  for (const [text, actor] of actors) it(`actor of "${text}" is ${actor}`, () => assert.equal(frame(text).frame.actor, actor));

  it('negation, and the exception that turns it back into a permission', () => {
    const banned = frame('The Processor shall not transfer Personal Data outside the EEA.');
    assert.ok(negates(banned.frame, banned.at('transfer')));
    const permitted = frame('The Processor shall not transfer Personal Data outside the EEA unless an appropriate safeguard is in place.');
    assert.ok(negates(permitted.frame, permitted.at('transfer')));
    assert.ok(!negates(permitted.frame, permitted.at('safeguard')), 'after "unless" the sentence permits');
    const nb = frame('Databehandler skal ikke overføre opplysninger ut av EØS med mindre Kunden har godkjent det skriftlig.');
    assert.ok(negates(nb.frame, nb.at('overføre')) && !negates(nb.frame, nb.at('godkjent')));
    const sv = frame('Biträdet får inte överföra uppgifter till tredje land om inte den personuppgiftsansvarige har godkänt det.');
    assert.equal(sv.frame.exceptions.length, 1);
    const da = frame('Databehandleren overfører ikke oplysninger, medmindre den dataansvarlige har givet instruks herom.');
    assert.equal(da.frame.exceptions.length, 1);
    assert.ok(!negates(frame('The Processor shall notify the Controller within 24 hours.').frame, 30));
  });

  it('finds a negation within a stretch of the sentence', () => {
    const en = frame('The Supplier may not amend this DPA.');
    assert.equal(negationIn(en.frame, en.at('may'), en.at('amend'))?.text, 'not');
    assert.equal(negationIn(en.frame, en.at('amend'), en.at('dpa')), undefined);
  });

  it('finds a negation among the last words before a place, in its clause part', () => {
    const en = frame('The Processor may not charge a fee for this assistance.');
    assert.equal(negationBefore(en.frame, en.sentence, en.at('charge'), 1)?.text, 'not');
    assert.equal(negationBefore(en.frame, en.sentence, en.at('fee'), 2), undefined);
    assert.equal(negationBefore(en.frame, en.sentence, en.at('fee'), 3)?.text, 'not');
    const nb = frame('Leverandøren kan ikke, etter avtale, kreve vederlag.');
    assert.equal(negationBefore(nb.frame, nb.sentence, nb.at('kreve'), 5), undefined, 'not across a comma');
    const sv = frame('Biträdet får inte ta ut någon avgift.');
    assert.equal(negationBefore(sv.frame, sv.sentence, sv.at('avgift'), 4)?.text, 'inte');
  });

  it('a negation inside a leading condition does not negate the main clause', () => {
    const en = frame('Where the reports are not sufficient to demonstrate compliance, the Customer may conduct an audit.');
    assert.ok(negates(en.frame, en.at('conduct')) && !negatesMainClause(en.frame, en.sentence, en.at('conduct')));
    const nb = frame('Kun dersom rapportene ikke er tilstrekkelige, kan Kunden gjennomføre en revisjon.');
    assert.ok(!negatesMainClause(nb.frame, nb.sentence, nb.at('gjennomføre')));
    const main = frame('The Customer shall not, without the Processor\'s consent, conduct an audit.');
    assert.ok(negatesMainClause(main.frame, main.sentence, main.at('conduct')));
    const closed = frame('If the Customer asks, the Processor shall not allow audits.');
    assert.ok(negatesMainClause(closed.frame, closed.sentence, closed.at('allow')));
  });

  it('qualifiers and durations', () => {
    const nb = frame('Databehandler skal om mulig varsle innen førtiåtte (48) timer.');
    assert.equal(nb.frame.qualifiers.length, 1);
    assert.deepEqual(nb.frame.durations.map((d) => d.hours), [48]);
    const en = frame('We will use commercially reasonable efforts to notify you within [30] days.');
    assert.ok(en.frame.qualifiers.length >= 1);
    assert.deepEqual(en.frame.durations.map((d) => d.days), [30]);
  });

  const deferrals: [string, boolean][] = [
    ['Liability is limited as set forth in the Master Services Agreement.', true],
    ['Ansvar er begrenset i henhold til hovedavtalen.', true],
    ['Ansvaret er reguleret i hovedaftalen.', true],
    ['Ansvaret regleras i huvudavtalet.', true],
    ['The Processor shall process data in accordance with documented instructions.', false],
    ['Databehandler skal behandle opplysninger i henhold til personopplysningsloven.', false],
  ];
  for (const [text, deferred] of deferrals) it(`deferral in "${text}": ${deferred}`, () => assert.equal(frame(text).frame.deferral !== undefined, deferred));

  it('deemed consent and the section a sentence stands in', () => {
    const deemed = frame('8. Underdatabehandlere\n\nEn ny underdatabehandler anses godkjent dersom Kunden ikke protesterer innen 14 dager.');
    assert.ok(deemed.frame.deemed);
    assert.ok(deemed.frame.sections.includes('subprocessors'));
    assert.equal(frame('The new Subprocessor is deemed approved if Customer does not object.').frame.deemed?.text, 'is deemed approved');
    assert.equal(frame('The Controller approves the Subprocessors listed in Annex 3.').frame.deemed, undefined);
  });

  it('offsets are absolute, like a finding', () => {
    const text = '1. Varsling\n\nDatabehandler skal ikke vente.';
    const { frame: f } = frame(text);
    assert.equal(text.slice(f.negations[0].start, f.negations[0].end), 'ikke');
  });
});

describe('section model: the operative anchor of a document-level finding', () => {
  const clauses = (headings: string[], kind: 'paragraph' | 'table-row' = 'paragraph') => ({ clause: { kind, headings, text: 'The Processor makes available all information.' } });
  it('prefers an operative clause to a definitions line, an SCC annex clause or a table row', () => {
    const definitions = clauses(['1. Definitions']);
    const scc = clauses(['Annex 2 – Standard Contractual Clauses']);
    const row = clauses(['9. Audits'], 'table-row');
    const operative = clauses(['9. Audits']);
    assert.equal(isOperative(definitions.clause), false);
    assert.equal(isOperative(scc.clause), false);
    assert.equal(operativeFirst([definitions, scc, row, operative]), operative);
    assert.equal(operativeFirst([definitions, scc]), definitions, 'with no operative sentence, the first');
  });
});
