// The Normen Bilag 1a checklist: per requirement, clauses that cover it and clauses that only look
// similar (same words, not the requirement), in bokmål, English and bokmål without æøå; then the
// Dossier DPA (whose Vedlegg B follows Normen) and the two Opus DPAs end to end.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normenChecklist, normenRequirements, type NormenStatus } from '../shared/index';

const rowOf = (text: string, number: number, lang?: 'nb' | 'en') => {
  const row = normenChecklist(text, lang ? { lang } : {}).rows.find((r) => r.number === number);
  assert.ok(row, `no row ${number}`);
  return row;
};
const sample = (name: string) => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');

interface Case {
  number: number;
  /** A clause that covers the requirement: met. */
  covers: string;
  /** A clause that shares its words but does not meet it: partly or not found. */
  looksSimilar: string;
  /** What the look-alike should give, when it matters. */
  looksSimilarStatus?: NormenStatus;
}

const cases: Case[] = [
  // 1 Normen
  { number: 1, covers: 'Leverandøren plikter å følge Normen og oppfylle kravene i denne.', looksSimilar: 'Leverandøren kjenner til Normen.', looksSimilarStatus: 'partly' },
  { number: 1, covers: 'The supplier shall comply with the Code of Conduct for information security and data protection in the healthcare and care services sector (Normen).', looksSimilar: 'The parties have read the Code of Conduct for information security.' },
  // 2 security and risk assessment
  {
    number: 2,
    covers: 'Leverandøren skal oppfylle kravene til informasjonssikkerhet, og resultatet av gjennomført risikovurdering skal fremlegges for virksomheten.',
    looksSimilar: 'Leverandøren skal ivareta informasjonssikkerheten og gjennomføre en risikovurdering.',
    looksSimilarStatus: 'partly',
  },
  { number: 2, covers: 'The supplier shall meet the information security requirements and make its risk assessments available to the customer on request.', looksSimilar: 'The supplier shall implement appropriate security measures.' },
  // 3 security goals, strategy, responsibility
  {
    number: 3,
    covers: 'Leverandørens sikkerhetsmål og sikkerhetsstrategi, og hvem som har ansvar for informasjonssikkerheten, er vedlagt som Vedlegg 3.',
    looksSimilar: 'Leverandøren skal ha et høyt sikkerhetsnivå.',
    looksSimilarStatus: 'not-found',
  },
  // 4 processing under the agreement
  { number: 4, covers: 'Databehandler skal kun behandle personopplysninger i henhold til denne avtalen og behandlingsansvarliges dokumenterte instrukser.', looksSimilar: 'Databehandler skal kun behandle personopplysningene innenfor EØS.', looksSimilarStatus: 'not-found' },
  { number: 4, covers: 'The processor shall process personal data only on documented instructions from the controller.', looksSimilar: 'The processor processes personal data in data centres in Norway.' },
  { number: 4, covers: 'Databehandler skal kun behandle personopplysningene i henhold til denne avtalen.', looksSimilar: 'Databehandler behandler personopplysninger pa vegne av kunden.' },
  // 5 sub-processors only with written agreement
  {
    number: 5,
    covers: 'Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.',
    looksSimilar: 'Databehandler skal inngå en skriftlig avtale med underleverandør som pålegger de samme forpliktelsene.',
    looksSimilarStatus: 'partly',
  },
  {
    number: 5,
    covers: 'The processor shall not engage any sub-processor without the prior specific written authorisation of the controller.',
    looksSimilar: 'The processor has the controller\'s general written authorisation to engage sub-processors and shall notify the controller of any changes 14 days in advance.',
    looksSimilarStatus: 'partly',
  },
  { number: 5, covers: 'Leverandoren kan ikke benytte underleverandorer uten skriftlig godkjenning fra kunden.', looksSimilar: 'Databehandler vil informere om bruk av underleverandorer.' },
  // 6 segregation from other data
  { number: 6, covers: 'Leverandøren skal holde informasjon som behandles for virksomheten adskilt fra egne og andre virksomheters informasjon.', looksSimilar: 'Sikkerhetskopier oppbevares adskilt fra produksjonsmiljøet.', looksSimilarStatus: 'partly' },
  { number: 6, covers: 'Customer data is logically separated from the data of other customers.', looksSimilar: 'Backups are stored in a separate data centre.' },
  // 7 documentation available to the controller and the authorities
  {
    number: 7,
    covers: 'Leverandøren skal dokumentere sine rutiner og tiltak. Dokumentasjonen skal være tilgjengelig for virksomheten, Datatilsynet og Helsetilsynet.',
    looksSimilar: 'Leverandøren skal dokumentere sine rutiner og tiltak, og dokumentasjonen gjøres tilgjengelig for kunden på forespørsel.',
    looksSimilarStatus: 'partly',
  },
  // 8 access and use logged
  { number: 8, covers: 'Leverandøren skal sikre at all tilgang og bruk logges.', looksSimilar: 'Brukerens påloggingsdata lagres i systemet.', looksSimilarStatus: 'not-found' },
  { number: 8, covers: 'The processor shall ensure that all access to and use of the service is logged.', looksSimilar: 'The processor shall keep a record of processing activities.' },
  { number: 8, covers: 'All tilgang til pasientdata skal logges.', looksSimilar: 'Loggen for endringer i avtalen føres av kunden.' },
  // 9 logs available to the controller
  { number: 9, covers: 'Loggene skal samles inn og gjøres tilgjengelige for virksomheten på forespørsel.', looksSimilar: 'Loggene skal beskyttes mot uautorisert innsyn.', looksSimilarStatus: 'partly' },
  { number: 9, covers: 'The processor shall provide the audit logs to the controller on request.', looksSimilar: 'Logs are protected against unauthorised access.' },
  // 10 log retention as agreed
  { number: 10, covers: 'Loggene skal oppbevares så lenge avtalen med kunden spesifiserer.', looksSimilar: 'Loggene skal oppbevares sikkert.', looksSimilarStatus: 'partly' },
  { number: 10, covers: 'Logs are retained for 12 months.', looksSimilar: 'Logs are encrypted.' },
  // 11 the seven log fields
  {
    number: 11,
    covers:
      'Loggene skal minst registrere entydig identifikator for brukeren, rollen brukeren har, virksomhetstilhørighet, organisatorisk tilhørighet, hvilke opplysninger det er gitt tilgang til, grunnlaget for tilgangen og tidspunkt og varighet.',
    looksSimilar: 'Loggene skal registrere brukerens identitet og tidspunkt for tilgangen.',
    looksSimilarStatus: 'partly',
  },
  // 12 individual user names and passwords
  { number: 12, covers: 'Tilgang til tjenesten skal være basert på individuelle brukernavn og passord.', looksSimilar: 'Brukerne logger inn med passord.', looksSimilarStatus: 'not-found' },
  { number: 12, covers: 'Access to the service requires multi-factor authentication.', looksSimilar: 'The customer may require strong authentication.' },
  // 13 only authorised staff have access
  { number: 13, covers: 'Opplysningene skal sikres slik at kun autoriserte medarbeidere har tilgang.', looksSimilar: 'Behandlingsansvarlig gir leverandøren tilgang til systemet.', looksSimilarStatus: 'not-found' },
  { number: 13, covers: 'Access to personal data is restricted to authorised personnel.', looksSimilar: 'The customer grants the supplier access to its systems.' },
  // 14 external networks secured
  { number: 14, covers: 'Tilgang til Internett og helsenettet er sikret med brannmur og segmentering av nettverk.', looksSimilar: 'Tjenesten leveres over Internett.', looksSimilarStatus: 'not-found' },
  // 15 remote access per the guide
  { number: 15, covers: 'Ved fjernaksess skal sikkerhetstiltak og avtale følge Normens «Veileder for fjernaksess».', looksSimilar: 'Support kan gis via fjerntilgang.', looksSimilarStatus: 'partly' },
  { number: 15, covers: 'Remote access is only permitted over an encrypted connection with multi-factor authentication.', looksSimilar: 'Remote support is available on weekdays.' },
  // 16 separation between customers
  { number: 16, covers: 'Databehandler skal separere data som tilhører forskjellige kunder.', looksSimilar: 'Virksomheten kan skille mellom ulike brukergrupper i løsningen.', looksSimilarStatus: 'not-found' },
  { number: 16, covers: 'Each customer has a separate database, logically separated from other customers.', looksSimilar: 'The database is separate from the web server.' },
  // 17 need to know
  { number: 17, covers: 'Leverandøren skal ha prosedyrer for å autorisere bare medarbeidere med tjenstlig behov.', looksSimilar: 'Databehandler skal ha tilgang til opplysningene når det er nødvendig for å yte support.' },
  { number: 17, covers: 'Only employees with a need to know are authorised to access personal data.', looksSimilar: 'Employees are trained in data protection.' },
  // 18 list of staff with access, on request
  { number: 18, covers: 'Leverandøren skal ha oversikt over eget personell med tilgang, og legge den fram på forespørsel.', looksSimilar: 'Leverandøren skal holde en oppdatert liste over underleverandører.', looksSimilarStatus: 'not-found' },
  { number: 18, covers: 'Leverandoren skal fore en liste over ansatte med tilgang, som legges frem pa foresporsel.', looksSimilar: 'Listen over personer med tilgang skal gjennomgås årlig.', looksSimilarStatus: 'partly' },
  // 19 personal accounts
  { number: 19, covers: 'All tilgang skal skje med personlig brukerkonto.', looksSimilar: 'Leverandøren kan benytte felleskontoer for drift.', looksSimilarStatus: 'not-found' },
  { number: 19, covers: 'Shared accounts are not permitted; every administrator uses a named account.', looksSimilar: 'Accounts are created by the customer.' },
  // 20 mobile equipment only for operations
  {
    number: 20,
    covers: 'Mobilt utstyr som brukes til drift, skal bare benyttes av driftspersonell og til driftsrelaterte oppgaver.',
    looksSimilar: 'Brukerne kan benytte mobile enheter for å få tilgang til tjenesten.',
    looksSimilarStatus: 'partly',
  },
  // 21 third-party access per the remote-access guide
  {
    number: 21,
    covers: 'Dersom tredjepart eller underleverandør skal ha tilgang i forbindelse med support, skal sikkerhetstiltakene i Veileder for fjernaksess ivaretas.',
    looksSimilar: 'Tilgang for tredjeparter krever egen avtale.',
    looksSimilarStatus: 'partly',
  },
  // 22 duty of confidentiality
  {
    number: 22,
    covers: 'Leverandørens ansatte og andre som opptrer på dens vegne har taushetsplikt. Det samme gjelder underleverandører. Leverandøren skal påse at alle er kjent med taushetsplikten.',
    looksSimilar: 'Databehandler skal ha mekanismer som ivaretar integritet og konfidensialitet.',
    looksSimilarStatus: 'not-found',
  },
  // 23 signed confidentiality declarations
  { number: 23, covers: 'Alle ansatte og underleverandører skal ha undertegnet taushetserklæring.', looksSimilar: 'Denne avtalen signeres i to eksemplarer.', looksSimilarStatus: 'not-found' },
  { number: 23, covers: 'All employees and sub-processors have signed a confidentiality agreement.', looksSimilar: 'The auditor shall sign a confidentiality agreement with the processor.' },
  { number: 23, covers: 'Alle ansatte og underleverandorer skal ha undertegnet taushetserklaering.', looksSimilar: 'Revisor skal signere en konfidensialitetsavtale med databehandleren.' },
  // 24 confidentiality survives
  { number: 24, covers: 'Taushetsplikten gjelder også etter avtalens opphør.', looksSimilar: 'Partene har taushetsplikt om konfidensiell informasjon.', looksSimilarStatus: 'partly' },
  { number: 24, covers: 'The obligation of confidentiality survives the termination of this agreement.', looksSimilar: 'This agreement terminates when the main agreement terminates.' },
  { number: 24, covers: 'Taushetsplikten gjelder ogsa etter avtalens opphor.', looksSimilar: 'Avtalen gjelder ogsa etter opphor av hovedavtalen.', looksSimilarStatus: 'not-found' },
  // 25 regular status reports
  { number: 25, covers: 'Leverandøren skal jevnlig gi statusrapporter om driftsstatus, oppetid, planlagte avbrudd og sikkerhetsoppdateringer.', looksSimilar: 'Leverandøren skal sikre høy oppetid.', looksSimilarStatus: 'not-found' },
  { number: 25, covers: 'The supplier provides monthly service level reports on uptime, outages and security updates.', looksSimilar: 'The supplier reports personal data breaches to the controller.' },
  // 26 incidents reported without delay
  { number: 26, covers: 'Ved avvik skal databehandler varsle behandlingsansvarlig uten ugrunnet opphold.', looksSimilar: 'Databehandler skal ha en rutine for avvikshåndtering.', looksSimilarStatus: 'partly' },
  { number: 26, covers: 'The processor shall notify the controller of any personal data breach without undue delay.', looksSimilar: 'The processor shall notify the controller of a personal data breach within 48 hours where possible.', looksSimilarStatus: 'partly' },
  { number: 26, covers: 'Ved avvik skal leverandoren omgaende varsle kunden.', looksSimilar: 'Databehandler skal uten ugrunnet opphold korrigere eventuelle avvik.', looksSimilarStatus: 'partly' },
];

describe('Normen Bilag 1a checklist', () => {
  it("has the 26 requirements in the form's order", () => {
    assert.deepEqual(normenRequirements.map((r) => r.number), Array.from({ length: 26 }, (_, i) => i + 1));
    for (const r of normenRequirements) assert.ok(r.aspects.length > 0 && r.text.length > 10);
  });

  it('has a covering and a look-alike case for every requirement', () => {
    assert.deepEqual([...new Set(cases.map((c) => c.number))].sort((a, b) => a - b), Array.from({ length: 26 }, (_, i) => i + 1));
  });

  describe('clauses that cover a requirement, and clauses that only look similar', () => {
    for (const c of cases) {
      it(`krav ${c.number}: met by «${c.covers.slice(0, 60)}»`, () => {
        const row = rowOf(c.covers, c.number);
        assert.equal(row.status, 'met', row.comment);
        assert.ok(row.covering.length > 0);
      });
      it(`krav ${c.number}: not met by «${c.looksSimilar.slice(0, 60)}»`, () => {
        const row = rowOf(c.looksSimilar, c.number);
        if (c.looksSimilarStatus) assert.equal(row.status, c.looksSimilarStatus, row.comment);
        else assert.notEqual(row.status, 'met', row.comment);
      });
    }
  });

  describe('what the comment says', () => {
    it('krav 11: names the log fields that are missing', () => {
      const row = rowOf('Loggene skal registrere brukerens identitet og tidspunkt for tilgangen.', 11);
      assert.equal(row.status, 'partly');
      assert.ok(row.missing.includes('rollen brukeren har') && row.missing.includes('grunnlaget for tilgangen'), row.comment);
      assert.ok(!row.missing.includes('entydig identifikator for brukeren') && !row.missing.includes('tidspunkt og varighet'), row.comment);
      assert.match(row.comment, /^Delvis: mangler rollen brukeren har/);
    });
    it('krav 26: a 48-hour notice "om mulig" is not "uten opphold", and says why', () => {
      const text = 'Ved brudd på personopplysningssikkerheten skal databehandler varsle behandlingsansvarlig om mulig innen 48 timer.';
      const row = rowOf(text, 26);
      assert.equal(row.status, 'partly');
      assert.match(row.comment, /«om mulig», «48 timer».*ikke «uten opphold»/);
    });
    it("krav 26: the controller's own 72 hours towards Datatilsynet is not the processor's notice", () => {
      const text = 'Behandlingsansvarlig skal melde brudd på personopplysningssikkerheten til Datatilsynet uten ugrunnet opphold og senest innen 72 timer.';
      assert.notEqual(rowOf(text, 26).status, 'met');
    });
    it('krav 5: a general authorisation is partly met at best, and the comment says so', () => {
      const row = rowOf('Databehandler har behandlingsansvarliges generelle skriftlige godkjenning til å benytte underleverandører, og skal varsle om endringer.', 5);
      assert.equal(row.status, 'partly');
      assert.match(row.comment, /generell godkjenning/);
    });
    it('cites the clause by its number and quotes the sentence that says it', () => {
      const text = '5. Underleverandører\n\n5.1 Databehandler skal føre oversikt over underleverandører. Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.';
      const row = rowOf(text, 5);
      assert.equal(row.status, 'met');
      assert.equal(row.comment, 'Dekket av punkt 5.1: «Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.»');
    });
    it('locates the covering clause in the document text', () => {
      const text = 'Innledning.\n\n7. Taushetsplikt\n\nTaushetsplikten gjelder også etter avtalens opphør.';
      const row = rowOf(text, 24);
      assert.ok(row.covering.length);
      assert.equal(text.slice(row.covering[0].start, row.covering[0].end), 'Taushetsplikten gjelder også etter avtalens opphør.');
    });
    it('answers in English when asked', () => {
      const row = normenChecklist('Taushetsplikten gjelder også etter avtalens opphør.', { lang: 'en' }).rows[23];
      assert.match(row.comment, /^Covered by/);
    });
    it('marks everything not found in a text without a security annex', () => {
      const checklist = normenChecklist('Avtalen gjelder levering av kontorrekvisita. Betaling skjer innen 30 dager.');
      assert.equal(checklist.summary['not-found'], 26, JSON.stringify(checklist.summary));
    });
  });

  describe('the Dossier DPA (Vedlegg B follows Normen)', () => {
    const checklist = normenChecklist(sample('dossier-dpa.txt'));
    const row = (n: number) => checklist.rows[n - 1];
    // What a lawyer marks from the text: met where Vedlegg B or the main text says it.
    const expected: [number, NormenStatus, RegExp?][] = [
      [1, 'met', /Norm for informasjonssikkerhet/],
      [4, 'met', /kun behandle personopplysningene etter KUNDENs/],
      // 5.2 is a written agreement with the sub-processor, not with the customer; 5.1 only informs
      [5, 'partly'],
      [6, 'met', /separere data som tilhører forskjellige kunder/],
      [8, 'met', /Tilgang skal logges/],
      // Vedlegg B 9 protects the logs but does not make them available to the customer
      [9, 'partly'],
      // the seven fields: only the reason for access ("begrunnelse for tilgang")
      [11, 'partly'],
      [12, 'met', /personlige brukernavn med passord/],
      [13, 'met'],
      [14, 'met', /brannmur/],
      [15, 'met', /fjernaksessveileder/],
      [16, 'met', /separere data som tilhører forskjellige kunder/],
      [17, 'met'],
      // an authorisation register, but nothing says it is shown on request
      [18, 'partly', /autorisasjonsregister/],
      [19, 'met'],
      [20, 'not-found'],
      [24, 'met', /uten tidsbegrensning/],
      // oppetid in Vedlegg B 10 is a service level, not a report
      [25, 'not-found'],
      [26, 'met', /uten ugrunnet opphold/],
    ];
    for (const [number, status, quote] of expected) {
      it(`krav ${number}: ${status}`, () => {
        assert.equal(row(number).status, status, row(number).comment);
        if (quote) assert.match(row(number).covering[0]?.quote ?? '', quote);
      });
    }
    it('krav 22–23: the CIA triad ("integritet og konfidensialitet") is not a duty of confidentiality', () => {
      for (const n of [22, 23]) assert.ok(row(n).covering.every((c) => !/integritet og konfidensialitet/.test(c.quote)), row(n).comment);
    });
    it('cites Vedlegg B rows and numbered clauses as a lawyer would', () => {
      assert.match(row(8).comment, /^Dekket av Vedlegg B nr\. 6: «Tilgang skal logges/);
      assert.match(row(26).comment, /^Dekket av punkt 3\.11 \(ii\)/);
    });
    it('marks half the requirements met, and finds something for all but three', () => {
      assert.ok(checklist.summary.met >= 13 && checklist.summary['not-found'] <= 3, JSON.stringify(checklist.summary));
    });
  });

  describe('the Opus DPAs', () => {
    const opus2024 = normenChecklist(sample('opus-dpa-2024.txt'));
    const clean = normenChecklist(sample('opus-dpa-2025-clean.txt'));
    const ocr = normenChecklist(sample('opus-dpa-2025-ocr.txt'));
    const expected2024: [number, NormenStatus][] = [
      [1, 'met'], [3, 'not-found'], [4, 'met'], [5, 'partly'], [6, 'not-found'], [8, 'met'], [10, 'met'], [11, 'partly'], [12, 'met'],
      [13, 'met'], [16, 'not-found'], [17, 'met'], [18, 'not-found'], [20, 'not-found'], [21, 'partly'], [22, 'met'], [23, 'met'], [24, 'met'],
      [25, 'not-found'], [26, 'met'],
    ];
    for (const [number, status] of expected2024) {
      it(`2024, krav ${number}: ${status}`, () => assert.equal(opus2024.rows[number - 1].status, status, opus2024.rows[number - 1].comment));
    }
    it('2024, krav 5: «fritt å legge til eller bytte ut underleverandører» is a general authorisation', () => {
      assert.match(opus2024.rows[4].comment, /generell godkjenning/);
    });
    const expected2025: [number, NormenStatus][] = [
      [1, 'met'], [3, 'not-found'], [4, 'met'], [5, 'partly'], [6, 'not-found'], [8, 'met'], [11, 'partly'], [12, 'met'], [13, 'met'],
      [15, 'partly'], [16, 'not-found'], [18, 'partly'], [20, 'not-found'], [24, 'met'], [25, 'not-found'], [26, 'partly'],
    ];
    for (const [number, status] of expected2025) {
      it(`2025, krav ${number}: ${status}`, () => assert.equal(clean.rows[number - 1].status, status, clean.rows[number - 1].comment));
    }
    it('2025, krav 26: «om mulig … innen 48 timer» makes the notice partly met, and the comment says why', () => {
      assert.match(clean.rows[25].comment, /«om mulig», «48 timer»/);
      assert.match(clean.rows[25].covering[0].quote, /om mulig skje innen 48 timer/);
    });
    it('2025: the OCR version gives nearly the same statuses as the clean one', () => {
      const same = clean.rows.filter((r, i) => r.status === ocr.rows[i].status).length;
      assert.ok(same >= 24, `${same} of 26 the same`);
    });
  });
});
