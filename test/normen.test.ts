// The Normen Bilag 1a checklist. Per requirement, a table of clauses that meet it ("Ja"), partly meet
// it ("Delvis": a real element beyond the topic word, or a clause that does not bind the vendor) and
// look alike but do not (the topic word only, the wrong scope, a data-category list, a service
// description) — in bokmål, English and bokmål without æøå. Then the Dossier and Opus 2025 DPAs end
// to end, each row with the reasoning of a lawyer who read the agreement before the tool did.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNormenMarkdown } from '../shared/format/normen';
import { normenChecklist, normenRequirements, type NormenStatus } from '../shared/index';

const rowOf = (text: string, number: number, lang?: 'nb' | 'en') => {
  const row = normenChecklist(text, lang ? { lang } : {}).rows.find((r) => r.number === number);
  assert.ok(row, `no row ${number}`);
  return row;
};
const sample = (name: string) => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');

/** One requirement's table: clauses and the answer a lawyer gives each of them on their own. */
interface Table {
  number: number;
  met: string[];
  partly: string[];
  /** Look-alikes: the topic word only, the wrong scope, a data-category list, a service description. */
  notMet: string[];
}

const tables: Table[] = [
  {
    number: 1,
    met: [
      'Leverandøren plikter å følge Normen og oppfylle kravene i denne.',
      'The supplier shall comply with the Code of Conduct for information security and data protection in the healthcare and care services sector (Normen).',
      'Databehandler skal folge relevante krav i Norm for informasjonssikkerhet.',
    ],
    // "kan": a permission, not a duty
    partly: ['Databehandler kan følge Normen der det er hensiktsmessig.'],
    // Normen named, no duty; a title page "i henhold til … Normen" is no clause at all
    notMet: [
      'Leverandøren kjenner til Normen.',
      'DATABEHANDLERAVTALE\n\nI henhold til personopplysningsloven, Normen og pasientjournalloven\n\n1. Formål\n\nDatabehandler skal behandle personopplysninger på vegne av kunden.',
    ],
  },
  {
    number: 2,
    met: ['Leverandøren skal oppfylle kravene til informasjonssikkerhet, og resultatet av gjennomført risikovurdering skal fremlegges for virksomheten.', 'The supplier shall meet the information security requirements and make its risk assessments available to the customer on request.'],
    // a risk assessment is made but not shown; the customer's own duty
    partly: ['Leverandøren skal ivareta informasjonssikkerheten og gjennomføre en risikovurdering.', 'Behandlingsansvarlig skal sørge for informasjonssikkerheten, og resultatet av risikovurderingen skal fremlegges.'],
    notMet: ['Avtalen gjelder levering av kontorrekvisita.'],
  },
  {
    number: 3,
    met: ['Leverandørens sikkerhetsmål og sikkerhetsstrategi, og hvem som har ansvar for informasjonssikkerheten, er vedlagt som Vedlegg 3.'],
    partly: ['Leverandørens sikkerhetsmål og sikkerhetsstrategi er vedlagt som Vedlegg 3.'],
    // a management system to have is not goals and a strategy attached
    notMet: ['Leverandøren skal ha et høyt sikkerhetsnivå.', 'Databehandler skal ha et styringssystem for informasjonssikkerhet (ISMS).'],
  },
  {
    number: 4,
    met: [
      'Databehandler skal kun behandle personopplysninger i henhold til denne avtalen og behandlingsansvarliges dokumenterte instrukser.',
      'The processor shall process personal data only on documented instructions from the controller.',
      'Databehandler skal kun behandle personopplysningene i henhold til denne avtalen.',
    ],
    partly: [],
    notMet: ['Databehandler skal kun behandle personopplysningene innenfor EØS.', 'The processor processes personal data in data centres in Norway.'],
  },
  {
    number: 5,
    met: ['Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.', 'The processor shall not engage any sub-processor without the prior specific written authorisation of the controller.', 'Leverandoren kan ikke benytte underleverandorer uten skriftlig godkjenning fra kunden.'],
    // a contract with the sub-processor is not the customer's consent; a general authorisation is partly at best
    partly: [
      'Databehandler skal inngå en skriftlig avtale med underleverandør som pålegger de samme forpliktelsene.',
      "The processor has the controller's general written authorisation to engage sub-processors and shall notify the controller of any changes 14 days in advance.",
    ],
    notMet: ['Partene skal møtes jevnlig.'],
  },
  {
    number: 6,
    met: ['Leverandøren skal holde informasjon som behandles for virksomheten adskilt fra egne og andre virksomheters informasjon.', 'Customer data is logically separated from the data of other customers.', 'Databehandler skal separere data som tilhorer forskjellige kunder.'],
    partly: ['Databehandler kan holde kundens data adskilt fra andre kunders data.'],
    // separated, but from what? backups from production is another matter
    notMet: ['Sikkerhetskopier oppbevares adskilt fra produksjonsmiljøet.', 'Backups are stored in a separate data centre.'],
  },
  {
    number: 7,
    met: ['Leverandøren skal dokumentere sine rutiner og tiltak. Dokumentasjonen skal være tilgjengelig for virksomheten, Datatilsynet og Helsetilsynet.'],
    partly: [
      'Leverandøren skal dokumentere sine rutiner og tiltak, og dokumentasjonen gjøres tilgjengelig for kunden på forespørsel.',
      // the authorities' access to the premises is not access to the documentation
      'Databehandleren forplikter seg til å gi tilsynsmyndighetene adgang til Databehandlerens fysiske lokaler. Databehandleren skal dokumentere sine sikkerhetstiltak og gjøre dokumentasjonen tilgjengelig for kunden.',
    ],
    notMet: ['Partene skal dokumentere endringer i avtalen skriftlig.'],
  },
  {
    number: 8,
    met: ['Leverandøren skal sikre at all tilgang og bruk logges.', 'The processor shall ensure that all access to and use of the service is logged.', 'The processor shall ensure audit logging of all actions in the service.', 'All tilgang til pasientdata skal logges.'],
    // the wrong scope: administrators only
    partly: ['Databehandler skal logge administrative handlinger.', 'Databehandler skal kun logge tilgang for administratorer.'],
    // a data category that happens to be a log; a login
    notMet: ['Kategorier av personopplysninger: navn, e-postadresse, aktivitetslogg og IP-adresse.', 'Brukerens påloggingsdata lagres i systemet.'],
  },
  {
    number: 9,
    met: ['Loggene skal samles inn og gjøres tilgjengelige for virksomheten på forespørsel.', 'The processor shall provide the audit logs to the controller on request.'],
    // logs kept but not shown; logs shown only after an incident are not access to the logs
    partly: [
      'Loggene skal beskyttes mot uautorisert innsyn.',
      '6. Underretning om brudd\n\nRelevante logger og annen dokumentasjon som kan belyse hendelsen, skal gjøres tilgjengelig for behandlingsansvarlig.',
    ],
    notMet: ['3. Typer av opplysninger\n\nFølgende helse- og personopplysninger behandles: ID- og kontaktinformasjon, brukerlogger og systemaktivitet, tilgangsrettigheter og påloggingsdata.'],
  },
  {
    number: 10,
    met: ['Loggene skal oppbevares så lenge avtalen med kunden spesifiserer.', 'Logs are retained for 12 months.'],
    // a retention period, but by the purpose, not by the agreement with the customer
    partly: ['Oppbevaringstid for loggene skal bestemmes ut fra formålet med loggingen.'],
    // logs without any retention period; "kept securely" is not a period
    notMet: ['Databehandler skal logge all tilgang.', 'Loggene skal oppbevares sikkert.'],
  },
  {
    number: 11,
    met: [
      'Loggene skal minst registrere entydig identifikator for brukeren, rollen brukeren har, virksomhetstilhørighet, organisatorisk tilhørighet, hvilke opplysninger det er gitt tilgang til, grunnlaget for tilgangen og tidspunkt og varighet.',
    ],
    partly: ['Loggene skal registrere brukerens identitet og tidspunkt for tilgangen.'],
    notMet: ['Kategorier av personopplysninger: brukeridentitet, rolle, tidspunkt og aktivitetslogg.'],
  },
  {
    number: 12,
    met: ['Tilgang til tjenesten skal være basert på individuelle brukernavn og passord.', 'Access to the service requires multi-factor authentication.', 'Det skal benyttes personlig brukerkonto for all tilgang.'],
    // the twin requirement 19 met by named administrator accounts: individual credentials, partly
    partly: ['Shared accounts are not permitted; every administrator uses a named account.'],
    notMet: ['Brukerne logger inn med passord.', 'The customer may require strong authentication.'],
  },
  {
    number: 13,
    met: [
      'Opplysningene skal sikres slik at kun autoriserte medarbeidere har tilgang.',
      'Access to personal data is restricted to authorised personnel.',
      'Databehandler kan bare gi tilgang til personopplysninger til personer som er autorisert.',
      // "kun … far" (får without æøå): a permission narrowed by "kun" binds
      'Kun autorisert personell med tjenstlig behov far tilgang.',
    ],
    partly: [],
    // separation between customers is krav 16, not "only authorised staff"
    notMet: ['Behandlingsansvarlig gir leverandøren tilgang til systemet.', 'Databehandler skal separere data som tilhører forskjellige kunder, slik at bare autoriserte personer hos hver kunde har tilgang.'],
  },
  {
    number: 14,
    met: ['Tilgang til Internett og helsenettet er sikret med brannmur og segmentering av nettverk.', 'Databehandler skal sikre tilgangen til eksterne nett med tiltak som ikke kan omgås av eksterne eller egne ansatte.'],
    // a firewall is an element, not measures that cannot be bypassed
    partly: ['Databehandler skal sørge for at systemene er beskyttet med antivirusprogram og brannmur.'],
    // a firewall in a service description binds nothing
    notMet: ['Tjenesten leveres over Internett.', 'Vedlegg C – Beskrivelse av tjenestene\n\nTjenesten driftes av leverandøren, blant annet:\n\n● Tilgang inn fra Internett via redundante linjer og brannmur'],
  },
  {
    number: 15,
    met: ['Ved fjernaksess skal sikkerhetstiltak og avtale følge Normens «Veileder for fjernaksess».', 'Kravene i Normens fjernaksessveileder skal følges.', 'Remote access is only permitted over an encrypted connection with multi-factor authentication.'],
    partly: ['Support kan gis via fjerntilgang.'],
    notMet: ['Support er tilgjengelig på hverdager.'],
  },
  {
    number: 16,
    met: ['Databehandler skal ved hjelp av tekniske tiltak skille mellom virksomhetene, både der data lagres og i kommunikasjon.', 'Each customer has a separate database, logically separated from other customers.'],
    // the separation, but nothing technical that users cannot override
    partly: ['Databehandler skal separere data som tilhører forskjellige kunder.'],
    notMet: ['Virksomheten kan skille mellom ulike brukergrupper i løsningen.', 'The database is separate from the web server.'],
  },
  {
    number: 17,
    met: ['Leverandøren skal ha prosedyrer for å autorisere bare medarbeidere med tjenstlig behov.', 'Only employees with a need to know are authorised to access personal data.'],
    partly: [],
    notMet: ['Employees are trained in data protection.'],
  },
  {
    number: 18,
    met: ['Leverandøren skal ha oversikt over eget personell med tilgang, og legge den fram på forespørsel.', 'Leverandoren skal fore en liste over ansatte med tilgang, som legges frem pa foresporsel.'],
    partly: ['Databehandler skal til enhver tid ha et oppdatert autorisasjonsregister for personell som er autorisert for tilgang.'],
    notMet: ['Leverandøren skal holde en oppdatert liste over underleverandører.'],
  },
  {
    number: 19,
    met: [
      'All tilgang skal skje med personlig brukerkonto.',
      'Shared accounts are not permitted; every administrator uses a named account.',
      // traced to the individual user, the vendor's staff included: personal accounts
      'Databehandler skal sørge for at alle oppslag registreres slik at de kan spores til den enkelte bruker (dvs. ansatte hos databehandler og underleverandører).',
    ],
    // the twin requirement 12 met: individual credentials, partly
    partly: ['Access to the service requires multi-factor authentication.'],
    notMet: ['Leverandøren kan benytte felleskontoer for drift.', 'Accounts are created by the customer.'],
  },
  {
    number: 20,
    met: ['Mobilt utstyr som brukes til drift, skal bare benyttes av driftspersonell og til driftsrelaterte oppgaver.'],
    partly: ['Brukerne kan benytte mobile enheter for å få tilgang til tjenesten.'],
    notMet: ['Tjenesten kan brukes fra nettleser.'],
  },
  {
    number: 21,
    met: [
      'Dersom tredjepart eller underleverandør skal ha tilgang i forbindelse med support, skal sikkerhetstiltakene i Veileder for fjernaksess ivaretas.',
      // krav 15 met, and sub-processors bound to the same obligations: the guide binds them too
      'Kravene i Normens fjernaksessveileder skal følges.\n\nUnderleverandører skal pålegges de samme forpliktelsene som databehandler har etter denne avtalen.',
    ],
    // krav 15 met, but nothing extends it to third parties
    partly: ['Kravene i Normens fjernaksessveileder skal følges.', 'Tilgang for tredjeparter krever egen avtale.'],
    notMet: ['Support er tilgjengelig på hverdager.'],
  },
  {
    number: 22,
    met: [
      'Leverandørens ansatte og andre som opptrer på dens vegne har taushetsplikt. Det samme gjelder underleverandører. Leverandøren skal påse at alle er kjent med taushetsplikten.',
      'Databehandleren kan bare gi tilgang til personopplysninger til personer underlagt Databehandlerens instruksjonsmyndighet som har forpliktet seg til konfidensialitet.\n\nUnderdatabehandlere skal pålegges de samme forpliktelsene som databehandleren.',
    ],
    partly: ['Databehandler skal holde personopplysningene fortrolige.'],
    // the CIA triad is not a duty of confidentiality
    notMet: ['Databehandler skal ha mekanismer som ivaretar integritet og konfidensialitet.'],
  },
  {
    number: 23,
    met: ['Alle ansatte og underleverandører skal ha undertegnet taushetserklæring.', 'All employees and sub-processors have signed a confidentiality agreement.', 'Alle ansatte og underleverandorer skal ha undertegnet taushetserklaering.'],
    // a promise, not a signed declaration
    partly: ['Alle ansatte som gis tilgang, har lovet å holde opplysningene fortrolige.'],
    notMet: ['Denne avtalen signeres i to eksemplarer.'],
  },
  {
    number: 24,
    met: ['Taushetsplikten gjelder også etter avtalens opphør.', 'The obligation of confidentiality survives the termination of this agreement.', 'Taushetsplikten gjelder ogsa etter avtalens opphor.'],
    partly: ['Databehandler kan la taushetsplikten gjelde etter avtalens opphør.'],
    // the topic word only: a duty of confidentiality says nothing of after the end
    notMet: ['Partene har taushetsplikt om konfidensiell informasjon.', 'Leverandørens ansatte har konfidensialitetsplikt.', 'Avtalen gjelder ogsa etter opphor av hovedavtalen.'],
  },
  {
    number: 25,
    met: ['Leverandøren skal jevnlig gi statusrapporter om driftsstatus, oppetid, planlagte avbrudd og sikkerhetsoppdateringer.', 'The supplier provides monthly service level reports on uptime, outages and security updates.'],
    // one element of the reports: attempts at unauthorised access
    partly: ['Databehandler skal umiddelbart underrette behandlingsansvarlig dersom:\n\n- Det skjer et forsøk på ikke-autorisert tilgang'],
    // uptime as a service level is not a report
    notMet: ['Leverandøren skal sikre høy oppetid.', 'Databehandler skal ha en infrastruktur som sikrer kapasitet og oppetid i tråd med avtalt tjenestenivå.'],
  },
  {
    number: 26,
    met: [
      'Databehandler skal håndtere avvik etter en fastlagt rutine for avvikshåndtering og skal varsle behandlingsansvarlig uten ugrunnet opphold.',
      'The processor shall handle incidents under its incident response procedure and notify the controller of any personal data breach without undue delay.',
      // an outer limit beside "uten ugrunnet opphold" does not make the notice conditional
      'Databehandler skal ha en rutine for avvikshåndtering. Ved brudd på personopplysningssikkerheten skal databehandler varsle behandlingsansvarlig uten ugrunnet opphold og senest innen 48 timer.',
      'Databehandler skal ha rutiner for handtering av avvik. Ved avvik skal leverandoren omgaende varsle kunden.',
    ],
    partly: [
      // notice, but no incident routine
      'Ved avvik skal databehandler varsle behandlingsansvarlig uten ugrunnet opphold.',
      // a routine, but no notice
      'Databehandler skal ha en rutine for avvikshåndtering.',
      // "om mulig" and 48 hours is not "uten opphold"
      'The processor shall notify the controller of a personal data breach within 48 hours where possible.',
      // correcting is not telling
      'Databehandler skal uten ugrunnet opphold korrigere eventuelle avvik.',
    ],
    notMet: ['Partene skal møtes jevnlig.'],
  },
];

const form = readFileSync(join(__dirname, '..', 'samples', 'normen-bilag-1a.txt'), 'utf8').replace(/\s+/g, ' ');

describe('Normen Bilag 1a checklist', () => {
  it("has the 26 requirements in the form's order, in the form's own words", () => {
    assert.deepEqual(normenRequirements.map((r) => r.number), Array.from({ length: 26 }, (_, i) => i + 1));
    for (const r of normenRequirements) {
      assert.ok(r.aspects.length > 0 && r.ask.nb.length > 10 && r.ask.en.length > 10, `krav ${r.number}`);
      // the form's text, bullets aside, stands in the form
      for (const part of r.text.split(' • ')) assert.ok(form.replace(/- /g, '-').includes(part.replace(/:$/, '').replace(/- /g, '-')), `krav ${r.number}: «${part.slice(0, 60)}»`);
    }
  });

  it('has a table with clauses that meet and clauses that look alike for every requirement', () => {
    assert.deepEqual(tables.map((t) => t.number), Array.from({ length: 26 }, (_, i) => i + 1));
    for (const t of tables) assert.ok(t.met.length > 0 && t.notMet.length > 0, `krav ${t.number}`);
    const all = tables.flatMap((t) => [...t.met, ...t.partly, ...t.notMet].map((c) => `${t.number}:${c}`));
    assert.equal(new Set(all).size, all.length, 'a case is listed twice');
  });

  for (const table of tables) {
    describe(`krav ${table.number}`, () => {
      const cases: [string, NormenStatus][] = [
        ...table.met.map((c): [string, NormenStatus] => [c, 'met']),
        ...table.partly.map((c): [string, NormenStatus] => [c, 'partly']),
        ...table.notMet.map((c): [string, NormenStatus] => [c, 'not-found']),
      ];
      for (const [clause, status] of cases) {
        it(`${status}: «${clause.replace(/\s+/g, ' ').slice(0, 70)}»`, () => {
          const row = rowOf(clause, table.number);
          assert.equal(row.status, status, row.comment);
          // a "Ja" or "Delvis" leads to a clause; a "Nei" to none
          assert.equal(row.covering.length > 0, status !== 'not-found', row.comment);
        });
      }
    });
  }

  describe('what the comment says', () => {
    it('opens with the form\'s answer, Ja / Delvis / Nei', () => {
      assert.match(rowOf('Taushetsplikten gjelder også etter avtalens opphør.', 24).comment, /^Ja\. /);
      assert.match(rowOf('Loggene skal beskyttes mot uautorisert innsyn.', 9).comment, /^Delvis\. /);
      assert.match(rowOf('Avtalen gjelder levering av kontorrekvisita.', 20).comment, /^Nei\. Avtalen har ingen bestemmelse om dette\. Be leverandøren om prosedyrer/);
    });
    it('cites the clause by its number and quotes the whole sentence that binds', () => {
      const text = '5. Underleverandører\n\n5.1 Databehandler skal føre oversikt over underleverandører. Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.';
      const row = rowOf(text, 5);
      assert.equal(row.status, 'met');
      assert.equal(row.comment, 'Ja. Punkt 5.1: «Databehandler kan ikke benytte underleverandører uten at dette er skriftlig avtalt med behandlingsansvarlig.»');
    });
    it('says what is missing and what to ask the vendor for, in whole sentences', () => {
      const row = rowOf('Loggene skal registrere brukerens identitet og tidspunkt for tilgangen.', 11);
      assert.equal(row.status, 'partly');
      assert.ok(row.missing.includes('rollen brukeren har') && row.missing.includes('grunnlaget for tilgangen'), row.comment);
      assert.ok(!row.missing.includes('entydig identifikator for brukeren') && !row.missing.includes('tidspunkt og varighet'), row.comment);
      assert.match(row.comment, /^Delvis\. Avtalen sier: «Loggene skal registrere brukerens identitet og tidspunkt for tilgangen\.» Mangler: rollen brukeren har, .* og grunnlaget for tilgangen\. Be leverandøren om at loggene minst registrerer alle de sju opplysningene i krav 11\.$/);
    });
    it('a "Nei" with a clause on the topic says what the clause says and why it is not enough, and points at no clause', () => {
      const row = rowOf('Databehandler skal ha et styringssystem for informasjonssikkerhet (ISMS).', 3);
      assert.equal(row.status, 'not-found');
      assert.deepEqual(row.covering, []);
      assert.match(row.comment, /^Nei\. Avtalen sier bare: «Databehandler skal ha et styringssystem .*» Mangler: .*at dette er vedlagt avtalen\. Be leverandøren om å vedlegge/);
    });
    it('a clause that only lets the vendor do it is "Delvis", and the comment says why', () => {
      const row = rowOf('Databehandler kan følge Normen der det er hensiktsmessig.', 1);
      assert.equal(row.status, 'partly');
      assert.match(row.comment, /Bestemmelsen binder ikke leverandøren/);
    });
    it('krav 26: a 48-hour notice "om mulig" is not "uten opphold", and says why', () => {
      const row = rowOf('Ved brudd på personopplysningssikkerheten skal databehandler varsle behandlingsansvarlig om mulig innen 48 timer.', 26);
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
      assert.match(row.comment, /Generell godkjenning/);
    });
    it('linked requirements: krav 21 answers like krav 15, and says so', () => {
      const row = rowOf('Kravene i Normens fjernaksessveileder skal følges.', 21);
      assert.equal(row.status, 'partly');
      assert.equal(row.linkedTo, 15);
      assert.match(row.comment, /Samme bestemmelse som for krav 15\./);
    });
    it('mentions a deviation the review found in the same topic', () => {
      const text =
        'Databehandler skal kun behandle personopplysningene i henhold til denne avtalen.\n\nDatabehandler kan anonymisere personopplysningene og bruke de anonymiserte dataene til statistikk og videreutvikling av sine tjenester.';
      const row = rowOf(text, 4);
      assert.equal(row.status, 'met');
      assert.equal(row.deviations?.[0]?.category, 'own-purpose-use', row.comment);
      assert.match(row.comment, /Merk at gjennomgangen fant et avvik i samme tema \(bruk av opplysningene til databehandlerens egne formål\)/);
    });
    it('locates the covering clause in the document text', () => {
      const text = 'Innledning.\n\n7. Taushetsplikt\n\nTaushetsplikten gjelder også etter avtalens opphør.';
      const row = rowOf(text, 24);
      assert.ok(row.covering.length);
      assert.equal(text.slice(row.covering[0].start, row.covering[0].end), 'Taushetsplikten gjelder også etter avtalens opphør.');
    });
    it('answers in English when asked', () => {
      const met = normenChecklist('Taushetsplikten gjelder også etter avtalens opphør.', { lang: 'en' }).rows[23];
      assert.match(met.comment, /^Yes\. The agreement says: "Taushetsplikten gjelder også etter avtalens opphør\."$/);
      const no = normenChecklist('Avtalen gjelder levering av kontorrekvisita.', { lang: 'en' }).rows[19];
      assert.match(no.comment, /^No\. The agreement has no clause on this\. Ask the vendor for procedures/);
    });
    it('marks everything "Nei" in a text without a security annex', () => {
      const checklist = normenChecklist('Avtalen gjelder levering av kontorrekvisita. Betaling skjer innen 30 dager.');
      assert.equal(checklist.summary['not-found'], 26, JSON.stringify(checklist.summary));
    });
  });

  describe('the Dossier DPA (Vedlegg B follows Normen) as a lawyer reads it', () => {
    const checklist = normenChecklist(sample('dossier-dpa.txt'));
    const row = (n: number) => checklist.rows[n - 1];
    // [krav, the lawyer's answer, where the binding clause stands (the comment cites it first), why]
    const expected: [number, NormenStatus, RegExp | undefined, string][] = [
      [1, 'met', /^Ja\. Vedlegg B nr\. 1: «Databehandler skal følge relevante krav i Norm for informasjonssikkerhet/, 'Vedlegg B nr 1 binds the vendor to Normen (3.9 only says Vedlegg B sets the customer\'s requirements)'],
      [2, 'partly', /^Delvis\. Punkt 3\.8/, '3.8 binds to a security level fitting the risk, but no risk assessment result is to be presented (3.10 is an annual security audit)'],
      [3, 'not-found', /^Nei\. Vedlegg B nr\. 2 sier bare: «Databehandler skal ha et styringssystem/, 'Vedlegg B nr 2 requires an ISMS, but no security objectives, strategy or responsibility are attached'],
      [4, 'met', /^Ja\. Punkt 3\.4: «Dossier skal kun behandle personopplysningene etter KUNDENs/, '3.4 binds processing to the customer\'s instructions; the right to map usage patterns in Vedlegg A 1.8 is noted'],
      [5, 'partly', undefined, '5.1 only informs of new sub-processors; 5.2 is a contract with the sub-processor, not the customer\'s written consent'],
      [6, 'met', /^Ja\. Vedlegg B nr\. 18: «Databehandler skal separere data som tilhører forskjellige kunder\.»/, 'Vedlegg B nr 18 separates customers\' data from each other and from Dossier\'s own'],
      [7, 'partly', /^Delvis\. Punkt 3\.2: «Dossier plikter til enhver tid å gi KUNDEN tilgang/, '3.2 gives the customer the security documentation; nothing makes it available to Datatilsynet and Helsetilsynet'],
      [8, 'met', /^Ja\. Vedlegg B nr\. 6: «Tilgang skal logges/, 'Vedlegg B nr 6 and 9: access is logged, and the processor\'s operations on the data'],
      [9, 'partly', undefined, 'logs are kept and protected (Vedlegg B nr 9) but not made available to the customer'],
      [10, 'partly', /Vedlegg B nr\. 9: «Oppbevaringstid skal bestemmes ut fra formålet med loggingen\.»/, 'a retention period by the purpose of logging, not by the agreement with the customer'],
      [11, 'partly', undefined, 'of the seven fields only the reason for access ("begrunnelse for tilgang", Vedlegg B nr 6)'],
      [12, 'met', /^Ja\. Vedlegg B nr\. 7: «Ved tilgang til data ved tjenstlig behov skal det benyttes personlige brukernavn med passord\.»/, 'Vedlegg B nr 7'],
      [13, 'met', /^Ja\. /, '6.4 and Vedlegg B nr 6: only staff with a service need have access'],
      [14, 'partly', /^Delvis\. Vedlegg B nr\. 8/, 'measures against digital attacks (Vedlegg B nr 8); the firewall in Vedlegg C is a service description; nothing on measures that cannot be bypassed'],
      [15, 'met', /^Ja\. Vedlegg B nr\. 5: «Kravene i Normens fjernaksessveileder skal følges\.»/, 'Vedlegg B nr 5 makes the remote-access guide binding'],
      [16, 'partly', /^Delvis\. Vedlegg B nr\. 18/, 'customers\' data separated, but nothing on technical measures users cannot override, in storage and communication'],
      [17, 'met', /^Ja\. /, '6.4 and Vedlegg B nr 6: access only with a service need'],
      [18, 'partly', /Vedlegg B nr\. 19: «Databehandler skal til enhver tid ha et oppdatert autorisasjonsregister/, 'an authorisation register, but nothing says it is shown to the customer on request'],
      [19, 'met', /^Ja\. /, 'personal user names (Vedlegg B nr 7) and personal privileged accounts (Vedlegg B nr 6): consistent with 12'],
      [20, 'not-found', /^Nei\. Avtalen har ingen bestemmelse om dette\./, 'nothing on mobile equipment'],
      [21, 'met', /^Ja\. Vedlegg B nr\. 5.*Samme bestemmelse som for krav 15\. Se også punkt 5\.2\./, 'the guide binds all remote access (as for 15), and 5.2 puts sub-processors under the same obligations'],
      [22, 'met', /^Ja\. Punkt 6\.3/, '6.3 binds all of Dossier\'s staff and Dossier answers for them; 5.2 binds sub-processors'],
      [23, 'partly', undefined, 'recipients have "promised" confidentiality (6.2); no signed declaration'],
      [24, 'met', /^Ja\. Punkt 6\.5: «Dossier sine forpliktelser etter dette punkt 5 består uten tidsbegrensning.*» Bestemmelsen står i punkt 6, men viser til «dette punkt 5»; be leverandøren rette henvisningen\./, '6.5 survives without time limit (its "punkt 5" should read 6: worth having the vendor correct)'],
      [25, 'not-found', /^Nei\./, 'uptime in Vedlegg B nr 10 is a service level, not a report'],
      [26, 'partly', /^Delvis\. Punkt 3\.11 \(ii\): «Ved Sikkerhetsbrudd .* uten ugrunnet opphold .*» Mangler: fastlagt rutine for avvikshåndtering\./, 'notice without undue delay, but no incident-handling routine'],
    ];
    for (const [number, status, comment, why] of expected) {
      it(`krav ${number}: ${status} — ${why}`, () => {
        assert.equal(row(number).status, status, row(number).comment);
        if (comment) assert.match(row(number).comment, comment);
      });
    }
    it('krav 22–23: the CIA triad ("integritet og konfidensialitet") is not a duty of confidentiality', () => {
      for (const n of [22, 23]) assert.ok(row(n).covering.every((c) => !/integritet og konfidensialitet/.test(c.quote)), row(n).comment);
    });
    it('no "Ja" rests on a service description, a data-category list or a clause that does not bind', () => {
      for (const r of checklist.rows.filter((x) => x.status === 'met')) {
        assert.notEqual(r.covering[0].binding, 'none', `krav ${r.number}: ${r.comment}`);
        assert.doesNotMatch(r.comment, /Vedlegg C|Kategorier av/, `krav ${r.number}`);
      }
    });
  });

  describe('the Opus 2025 DPA as a lawyer reads it', () => {
    const clean = normenChecklist(sample('opus-dpa-2025-clean.txt'));
    const ocr = normenChecklist(sample('opus-dpa-2025-ocr.txt'));
    const row = (n: number) => clean.rows[n - 1];
    const expected: [number, NormenStatus, RegExp | undefined, string][] = [
      [1, 'met', /^Ja\. /, 'processing "i samsvar med … Normen" under Databehandlers plikter, and Normen as a minimum measure in Vedlegg 2 nr 2'],
      [2, 'partly', /Merk at gjennomgangen fant et avvik i samme tema \(ensidig fastsatte sikkerhetstiltak\)/, 'security duties, but no risk assessment result to present; the vendor decides the measures itself (Vedlegg 2 nr 2)'],
      [3, 'not-found', /^Nei\. /, 'no security objectives, strategy or responsibility attached'],
      [4, 'met', /Merk at gjennomgangen fant et avvik i samme tema \(bruk av opplysningene til databehandlerens egne formål\)/, 'only on documented instructions; but the vendor may anonymise and use the data for its own statistics and development'],
      [5, 'partly', /Generell godkjenning/, 'a general authorisation; new sub-processors only notified'],
      [6, 'not-found', /^Nei\. Avtalen har ingen bestemmelse om dette\./, 'nothing keeps the customer\'s data apart from other customers\''],
      [7, 'partly', undefined, 'information on the security measures to the customer; nothing makes documentation available to Datatilsynet and Helsetilsynet (their access to premises is something else)'],
      [8, 'met', /^Ja\. Vedlegg 2 nr\. 2, «Logging og sporbarhet»: «Sørge for at alle oppslag/, 'every look-up is registered and traceable to the individual user, the vendor\'s staff included'],
      [9, 'partly', /^Delvis\. Vedlegg 2 nr\. 2, «Logging og sporbarhet»/, 'logs are collected; "relevante logger" are handed over only after an incident (Vedlegg 2 nr 6)'],
      [10, 'not-found', /^Nei\. /, 'no retention period for logs'],
      [11, 'partly', undefined, 'the individual user only'],
      [12, 'met', /^Ja\. Vedlegg 2 nr\. 2, «Autentisering»/, 'user-level, role-based access with multi-factor authentication'],
      [13, 'met', /^Ja\. /, 'access only to persons bound to confidentiality and only as needed'],
      [14, 'partly', /^Delvis\. Vedlegg 2 nr\. 2, «Tjenestenektangrep»: «Sørge for at systemene er beskyttet med antivirusprogram og brannmur/, 'a firewall and antivirus, but nothing on measures that cannot be bypassed or on networks with lower security'],
      [15, 'partly', /^Delvis\. Vedlegg 3/, 'remote access by Haselt limited to need, but no reference to the remote-access guide'],
      [16, 'not-found', /^Nei\. /, 'nothing on separation between customers'],
      [17, 'met', /^Ja\. /, 'all access requires a service need; access only as needed'],
      [18, 'partly', /«Listen av personer som har fått tilgang skal gjennomgås fortløpende\.»/, 'a list reviewed continuously, but not shown on request'],
      [19, 'met', /^Ja\. Vedlegg 2 nr\. 2, «Logging og sporbarhet»/, 'traced to the individual user, the vendor\'s staff included: personal accounts, consistent with 12'],
      [20, 'not-found', /^Nei\. /, 'nothing on mobile equipment'],
      [21, 'partly', /^Delvis\. /, 'sub-processors\' remote access described, without the guide: as 15'],
      [22, 'met', /^Ja\. Punktet «Konfidensialitet»/, 'access only to persons who have undertaken confidentiality; sub-processors bound to the same obligations'],
      [23, 'partly', undefined, 'persons have "undertaken" confidentiality, but no signed declaration (the auditor\'s confidentiality agreement is a look-alike)'],
      [24, 'met', /^Ja\. Punktet «Konfidensialitet»: «Taushetsplikten gjelder også etter Avtalens opphør\.»/, 'said in so many words'],
      [25, 'partly', /^Delvis\. Vedlegg 2 nr\. 6: «Databehandler skal umiddelbart underrette behandlingsansvarlig dersom: Det skjer et forsøk på ikke-autorisert tilgang»/, 'attempted unauthorised access is reported at once; no regular status reports'],
      [26, 'met', /^Ja\. .*uten ugrunnet opphold.*Se også Vedlegg 2 nr\. 6\. Merk at gjennomgangen fant et avvik i samme tema \(frist for varsling/, '"uten ugrunnet opphold" and "umiddelbart", with a described incident handling in Vedlegg 2 nr 6; the "om mulig innen 48 timer" is flagged by the review'],
    ];
    for (const [number, status, comment, why] of expected) {
      it(`krav ${number}: ${status} — ${why}`, () => {
        assert.equal(row(number).status, status, row(number).comment);
        if (comment) assert.match(row(number).comment, comment);
      });
    }
    it('krav 23: the auditor\'s confidentiality agreement is not the staff\'s declaration', () => {
      assert.ok(row(23).covering.every((c) => !/revisjon|inspeksjon/.test(c.quote)), row(23).comment);
    });
    it('the OCR version gives nearly the same statuses as the clean one', () => {
      const same = clean.rows.filter((r, i) => r.status === ocr.rows[i].status).length;
      assert.ok(same >= 23, `${same} of 26 the same`);
    });
  });

  describe('the Opus 2024 DPA (smoke)', () => {
    const opus2024 = normenChecklist(sample('opus-dpa-2024.txt'));
    it('krav 5: «fritt å legge til eller bytte ut underleverandører» is a general authorisation', () => {
      assert.equal(opus2024.rows[4].status, 'partly');
      assert.match(opus2024.rows[4].comment, /Generell godkjenning/);
    });
    it('every comment opens with the form\'s answer and every "Ja" binds', () => {
      for (const r of opus2024.rows) {
        assert.match(r.comment, /^(Ja|Delvis|Nei)\. /);
        if (r.status === 'met') assert.notEqual(r.covering[0].binding, 'none', r.comment);
      }
    });
  });
});

describe('Normen Bilag 1a checklist as Markdown for the form', () => {
  it("fills the form's columns: the form's wording, Ja / Delvis / Nei, and a comment without the answer repeated", () => {
    const markdown = formatNormenMarkdown(normenChecklist(sample('dossier-dpa.txt')), 'dossier-dpa.txt');
    assert.match(markdown, /\| Nr\. \| Krav \| Ivaretatt \| Kommentar \|/);
    assert.match(markdown, /\n\| 1 \| Leverandøren plikter å følge Normen og oppfylle kravene i denne \| Ja \| Vedlegg B nr\. 1: «Databehandler skal følge relevante krav/);
    assert.match(markdown, /\n\| 20 \| Dersom leverandøren benytter mobilt utstyr til drift, .* \| Nei \| Avtalen har ingen bestemmelse om dette\. Be leverandøren om prosedyrer/);
    assert.doesNotMatch(markdown, /Ikke funnet|\| (?:Ja|Delvis|Nei) \| (?:Ja|Delvis|Nei)\./);
  });
});
