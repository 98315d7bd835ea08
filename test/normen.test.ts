// The Normen Bilag 1a checklist: clauses that cover a requirement, and clauses that only look similar.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normenChecklist, normenRequirements } from '../shared/index';

const statusOf = (text: string, number: number) => normenChecklist(text).rows.find((r) => r.number === number)?.status;

const cases: { number: number; covers: string; looksSimilar: string }[] = [
  {
    number: 5,
    covers: 'Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.',
    looksSimilar: 'Databehandler vil informere om bruk av underleverandører.',
  },
  {
    number: 24,
    covers: 'Taushetsplikten gjelder også etter avtalens opphør.',
    looksSimilar: 'Partene har taushetsplikt om konfidensiell informasjon.',
  },
  {
    number: 26,
    covers: 'Ved avvik skal databehandler varsle behandlingsansvarlig uten ugrunnet opphold.',
    looksSimilar: 'Databehandler skal ha en rutine for avvikshåndtering.',
  },
  {
    number: 19,
    covers: 'All tilgang skal skje med personlig brukerkonto.',
    looksSimilar: 'Tilgang gis til driftspersonell.',
  },
  {
    number: 23,
    covers: 'Alle ansatte hos Leverandøren skal ha undertegnet taushetserklæring.',
    looksSimilar: 'Denne avtalen signeres i to eksemplarer.',
  },
  {
    number: 8,
    covers: 'The processor shall ensure that all access to and use of the service is logged.',
    looksSimilar: 'The processor shall keep a record of processing activities.',
  },
];

describe('Normen Bilag 1a checklist', () => {
  it('has the 26 requirements in the form\'s order', () => {
    assert.deepEqual(normenRequirements.map((r) => r.number), Array.from({ length: 26 }, (_, i) => i + 1));
    for (const r of normenRequirements) assert.ok(r.aspects.length > 0 && r.text.length > 10);
  });
  for (const c of cases) {
    it(`krav ${c.number}: met by a clause that covers it`, () => assert.equal(statusOf(c.covers, c.number), 'met'));
    it(`krav ${c.number}: not met by a clause that only looks similar`, () => assert.notEqual(statusOf(c.looksSimilar, c.number), 'met'));
  }
  it('krav 11: partly, when only some of the seven log fields are named', () => {
    assert.equal(statusOf('Loggene skal registrere brukerens identitet og tidspunkt for tilgangen.', 11), 'partly');
  });
  it('locates the covering clause in the document text', () => {
    const text = 'Innledning.\n\n7. Taushetsplikt\n\nTaushetsplikten gjelder også etter avtalens opphør.';
    const row = normenChecklist(text).rows.find((r) => r.number === 24);
    assert.ok(row?.covering.length);
    assert.equal(text.slice(row.covering[0].start, row.covering[0].end), 'Taushetsplikten gjelder også etter avtalens opphør.');
  });
  it('fills in the Dossier DPA, whose Vedlegg B follows Normen, mostly as met', () => {
    const checklist = normenChecklist(readFileSync(join(__dirname, '..', 'samples', 'dossier-dpa.txt'), 'utf8'));
    assert.ok(checklist.summary.met >= 14, JSON.stringify(checklist.summary));
  });
  it('answers in English when asked', () => {
    const row = normenChecklist('Taushetsplikten gjelder også etter avtalens opphør.', { lang: 'en' }).rows[23];
    assert.match(row.comment, /^Covered/);
  });
});
