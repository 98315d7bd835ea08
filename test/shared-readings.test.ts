// Shared readings that rules moved out of their own files (issue 9): what a DPA says at the end of the contract
// (shared/end-of-contract.ts), what end a use of the data serves (shared/purposes.ts), a charge waived
// (shared/cost-bearer.ts) and a finding placed beside others (shared/rule.ts). Sentences we wrote, nb/en/da/sv.

import { strict as assert } from 'node:assert';
import { analyseText } from '../shared/analyse';
import { chargeWaived } from '../shared/cost-bearer';
import { backupRotation, backupsExcluded, deadlineOfBackups, deletesAll, deletionDeadlines, offersReturn, RETURN_SOURCE, speaksOfEnd } from '../shared/end-of-contract';
import { findDurations } from '../shared/values';
import { matchText } from '../shared/match';
import { definedTerms, termsDefinedAs } from '../shared/definitions';
import { concessiveAt, controllersEnd, onlyBilling, ownEndIn, serviceOnlyAfter } from '../shared/purposes';
import { spanBeside, type SentenceView } from '../shared/rule';
import { PROCESSOR_SOURCE } from '../shared/values';

function sentenceOf(text: string): SentenceView {
  const { clauses, match } = analyseText(text);
  const clause = clauses[clauses.length - 1];
  const span = clause.sentences[clause.sentences.length - 1];
  return { clause, start: span.start, end: span.end, text: text.slice(span.start, span.end), match: match.slice(span.start, span.end) };
}
const durationsOf = (sentence: SentenceView) => findDurations(sentence.match, sentence.start);

describe('end of the contract (shared/end-of-contract.ts)', () => {
  it('speaks of the end of the agreement, not of a case closed meanwhile', () => {
    assert.ok(speaksOfEnd(matchText('Ved opphør av avtalen skal dataene slettes')));
    assert.ok(!speaksOfEnd(matchText('Uppgifterna raderas 90 dagar efter att ärendet avslutats')));
  });

  it('reads the deletion deadline, not an export window or legal retention', () => {
    const sentence = sentenceOf('The Customer may export its data within 30 days; the Processor shall delete the data within 90 days after termination.');
    assert.deepEqual(deletionDeadlines(sentence, durationsOf(sentence)).map((d) => d.days), [90]);
    const law = sentenceOf('Regnskapsdata slettes etter 5 år i henhold til bokføringsloven.');
    assert.equal(deletionDeadlines(law, durationsOf(law)).length, 0);
  });

  it('tells backups left out, left to rotation, or given a deadline of their own', () => {
    const excluded = sentenceOf('The Processor shall delete all Customer Data within 30 days, except backups.');
    assert.ok(backupsExcluded(excluded, durationsOf(excluded)));
    const rotation = sentenceOf('Data in backups is deleted in the ordinary course of the backup cycle after termination.');
    assert.ok(backupRotation(rotation, [], undefined));
    const ownDeadline = sentenceOf('Backups, which are kept for 6 months, are deleted after termination.');
    assert.ok(deadlineOfBackups(ownDeadline, durationsOf(ownDeadline)[0]));
  });

  it('reads a return offered and a deletion of all the data', () => {
    assert.ok(offersReturn(sentenceOf('Ved opphør skal Leverandøren tilbakelevere alle personopplysninger til Kunden.'), RETURN_SOURCE));
    assert.ok(!offersReturn(sentenceOf('The sub-processor shall return the data to the Processor.'), RETURN_SOURCE));
    assert.ok(deletesAll(sentenceOf('Databehandleren sletter alle personoplysninger ved ophør.')));
  });
});

describe('what end a use serves (shared/purposes.ts)', () => {
  it('finds the processor\'s own ends, not a place of work named by an end word', () => {
    assert.ok(ownEndIn(matchText('may use the data for product development')));
    assert.equal(ownEndIn(matchText('data is kept in separate test- og udviklingsmiljøer')), undefined);
  });

  it('reads billing only, a use bound to the service, the controller\'s own end and a concessive', () => {
    assert.ok(onlyBilling(matchText('The Processor may count users solely for invoicing the Customer')));
    const bound = matchText('may use aggregated statistics solely to provide the reporting features of the Service');
    assert.ok(serviceOnlyAfter(bound, bound.indexOf('aggregated')));
    const improve = matchText('may use aggregated statistics solely to provide and improve the Service');
    assert.ok(!serviceOnlyAfter(improve, improve.indexOf('aggregated')));
    const controllers = matchText('for marketing for the customer');
    assert.ok(controllersEnd(controllers, 4, 13));
    const concessive = matchText('regardless of whether it is aggregated');
    assert.ok(concessiveAt(concessive, concessive.indexOf('aggregated')));
  });
});

describe('a charge waived (shared/cost-bearer.ts) and a finding beside others (shared/rule.ts)', () => {
  it('reads free of charge, the processor paying, and no charge at all', () => {
    assert.ok(chargeWaived(matchText('Return of the data is free of charge'), PROCESSOR_SOURCE));
    assert.ok(chargeWaived(matchText('The Provider shall bear the costs of return'), PROCESSOR_SOURCE));
    assert.ok(!chargeWaived(matchText('The Processor may charge for the return of data'), PROCESSOR_SOURCE));
  });

  it('places a span after the findings already in it, or before them', () => {
    const text = 'Data is deleted within 90 days, and returned on request.';
    assert.deepEqual(spanBeside(text, { start: 0, end: text.length }, [{ start: 23, end: 30 }]), { start: 32, end: text.length });
    assert.deepEqual(spanBeside(text, { start: 0, end: text.length }, []), { start: 0, end: text.length });
  });
});

describe('defined terms (shared/definitions.ts)', () => {
  const sentencesOf = (text: string): SentenceView[] => {
    const { clauses, match } = analyseText(text);
    return clauses.flatMap((clause) => clause.sentences.map((s) => ({ clause, start: s.start, end: s.end, text: text.slice(s.start, s.end), match: match.slice(s.start, s.end) })));
  };
  it('reads a quoted term and one led by "Med ... menes", with the words of each definition', () => {
    const terms = definedTerms(sentencesOf('«Kundedata» betyr personopplysninger Kunden laster opp. Med «Tjenestedata» menes bruksdata fra løsningen.'));
    assert.deepEqual(terms.map((t) => t.body.trim()), ['personopplysninger kunden laster opp.', 'bruksdata fra løsningen.']);
  });
  it('gives the terms whose definition says what a pattern says, and none when no definition does', () => {
    const terms = definedTerms(sentencesOf("'Service Data' means usage data of the Customer's users. 'Materials' means brochures and price lists."));
    assert.equal(termsDefinedAs(terms, 'usage data'), '\\bservice data\\b');
    assert.equal(termsDefinedAs(terms, 'customer data'), undefined);
  });
});
