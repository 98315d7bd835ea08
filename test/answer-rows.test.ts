// Question/answer rows and ticked checklists (shared/answer-rows.ts): a "no" denies the question, a "yes" affirms
// it, another answer fills it in; a checklist line counts only when its ticked box says yes. The reading keeps
// the matchText's length, and each row is a sentence of its own (shared/segment.ts).

import { strict as assert } from 'node:assert';
import { analyseText } from '../shared/analyse';
import { readAnswers } from '../shared/answer-rows';
import { matchText } from '../shared/match';

const read = (text: string) => readAnswers(text, matchText(text));

describe('answer rows', () => {
  it('reads a question its answer denies as the question negated, and keeps what the answer goes on to say', () => {
    const text = 'Lagres data utenfor EØS? | Nei, kun i Norge';
    const reading = read(text);
    assert.equal(reading.length, text.length);
    assert.equal(reading.replace(/\s+/g, ' '), 'lagres data ikke utenfor eøs , kun i norge');
    assert.equal(read('Does the Vendor pay for audits? | No').trim(), 'does the vendor not pay for audits');
    // the document's language chooses between the negations of a "no" several languages say
    assert.equal(readAnswers('Betalar Kunden för revisionen? | Nej', matchText('Betalar Kunden för revisionen? | Nej'), 'sv').trim(), 'betalar kunden inte för revisionen');
    assert.equal(readAnswers('Betaler Kunden for revisionen? | Nej', matchText('Betaler Kunden for revisionen? | Nej'), 'da').trim(), 'betaler kunden ikke for revisionen');
  });

  it('puts the negation after the subject: a determiner, possessives, a head word, a capitalised term', () => {
    assert.equal(read("Is the Processor's liability limited? | No").trim(), "is the processor's liability not limited");
    assert.equal(read('Is Customer Personal Data stored in the US? | No').trim(), 'is customer personal data not stored in the us');
    assert.equal(read('Kan Kundens revisor revidere Leverandøren? | Nei').trim(), 'kan kundens revisor ikke revidere leverandøren');
  });

  it('fits the negation into the room of a "?|no" written without spaces', () => {
    const text = 'Finst det instruks?|Nei';
    assert.equal(readAnswers(text, matchText(text), 'nb').trim(), 'finst det ikke instruks');
    assert.equal(read('Is it?|No').trim(), 'is it not');
  });

  it('joins a question with a filling or affirming answer into one statement', () => {
    assert.equal(read('Hvor ofte kan Kunden foretage revision? | Én gang årligt').replace(/\s+/g, ' '), 'hvor ofte kan kunden foretage revision én gang årligt');
    assert.equal(read('Kan Kunden revidere? | Ja, med rimelig varsel').replace(/\s+/g, ' '), 'kan kunden revidere , med rimelig varsel');
  });

  it('reads an answer on a labelled line under its question as the same row, the item number left out', () => {
    const denied = 'B2  Brukes data til statistikk eller produktutvikling?\n    Svar: Nei\n    Kommentar: Aldri.';
    const reading = read(denied);
    assert.equal(reading.length, denied.length);
    assert.equal(reading.replace(/\s+/g, ' '), 'b2 brukes data ikke til statistikk eller produktutvikling kommentar: aldri.');
    assert.equal(read('7. Can the Vendor change the measures alone?\nAnswer: No').replace(/\s+/g, ' ').trim(), '7. can the vendor not change the measures alone');
    assert.equal(read('Varsles kunden?\nSvar: Ja').trim(), 'varsles kunden');
    assert.equal(read('Hvor ofte kan kunden revidere?\n  Svar: Én gang i året').replace(/\s+/g, ' '), 'hvor ofte kan kunden revidere én gang i året');
    // a question with no labelled answer under it, and a label under a statement, stay as they are
    for (const text of ['Hva skjer ved opphør?\nDataene slettes.', 'Leverandøren varsler kunden.\nSvar: Nei']) assert.equal(read(text), matchText(text));
  });

  it('makes a question and its labelled answer line one sentence, what follows another', () => {
    const text = 'C7  Kan leverandøren endre tiltakene?\n    Svar: Delvis\n    Kommentar: Bare med samtykke. Ellers ikke.';
    const doc = analyseText(text);
    const sentences = doc.clauses.flatMap((c) => c.sentences.map((s) => text.slice(s.start, s.end)));
    assert.deepEqual(sentences, ['C7  Kan leverandøren endre tiltakene?\n    Svar: Delvis', 'Kommentar: Bare med samtykke.', 'Ellers ikke.']);
  });

  it('reads a checklist line by its ticked box', () => {
    const text = '☒ Yes ☐ No – Encryption at rest\n☐ Yes ☒ No – Changes require Customer approval';
    const [ticked, unticked] = read(text).split('\n');
    assert.equal(ticked.trim(), 'encryption at rest');
    assert.equal(unticked.trim(), '');
  });

  it('leaves other text and two-column rows without a question alone', () => {
    const text = 'Underleverandør | Lokasjon\nCloudCo | USA\nWhat if? The Processor decides.';
    assert.equal(read(text), matchText(text));
  });

  it('makes each question row a sentence of its own, a label row going with the question before it', () => {
    const text = 'Spørsmål | Svar\nHvor ofte? | Årlig\nVarsel | 60 dager\nHvem betaler? | Kunden';
    const doc = analyseText(text);
    const sentences = doc.clauses.flatMap((c) => c.sentences.map((s) => text.slice(s.start, s.end)));
    assert.deepEqual(sentences, ['Spørsmål | Svar', 'Hvor ofte? | Årlig\nVarsel | 60 dager', 'Hvem betaler? | Kunden']);
  });

  it('makes each checklist line a list item', () => {
    const doc = analyseText('Security checklist\n☒ Yes ☐ No – Encryption at rest\n☐ Yes ☒ No – MFA');
    assert.deepEqual(doc.clauses.map((c) => c.kind), ['paragraph', 'list-item', 'list-item']);
  });
});
