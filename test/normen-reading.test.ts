// How the Normen checklist reads a duty before it counts it (shared/normen/reading.ts), as a table of
// short clauses written for this test, each with the answer a health-sector lawyer gives it on its
// own and why. A duty the text releases the vendor from, denies or leaves to a later agreement is
// not said at all: "Nei" when it is what the requirement is about (or its core), "Delvis" when
// another element still binds. A duty limited to what the vendor finds feasible, or whose terms are
// left open, is "Delvis". Look-alikes (a definition, a heading, the customer's duty) are never "Ja",
// and prohibitions, restrictions and survivals ("ikke … uten", "bortfaller ikke") stay duties.

import assert from 'node:assert/strict';
import { normenChecklist, type NormenStatus } from '../shared/index';
import { dutyLimits } from '../shared/normen/reading';
import { matchText } from '../shared/match';

interface Case {
  /** Krav nr. */
  requirement: number;
  clause: string;
  status: NormenStatus;
  /** What the comment must say about the limit. */
  says?: RegExp;
  why: string;
}

const released: Case[] = [
  { requirement: 8, clause: 'Databehandler er ikke forpliktet til å logge tilgang og bruk av tjenesten.', status: 'not-found', says: /Avtalen fritar uttrykkelig leverandøren fra dette \(«er ikke forpliktet til»\)/, why: 'the logging itself is released: the opposite of krav 8, not a part of it' },
  { requirement: 8, clause: 'Leverandoren er ikke forpliktet til a fore logg over tilgang.', status: 'not-found', says: /fritar uttrykkelig/, why: 'the same without æøå' },
  { requirement: 9, clause: 'Loggene samles inn, men databehandler har ingen plikt til å gjøre dem tilgjengelige for virksomheten.', status: 'partly', says: /fritar uttrykkelig leverandøren fra dette \(«har ingen plikt til»\)\. Mangler: at loggene er tilgjengelige for virksomheten/, why: 'logs are collected (a real element), but access for the customer is expressly released' },
  { requirement: 9, clause: 'The processor shall not be required to make audit logs available to the customer.', status: 'not-found', says: /expressly releases the vendor from this \("not be required to"\)/, why: 'English: the whole of krav 9 is released' },
  { requirement: 23, clause: 'The processor is under no obligation to obtain signed confidentiality declarations from its employees.', status: 'not-found', says: /\("no obligation to"\)/, why: 'no duty to have declarations signed' },
  { requirement: 26, clause: 'The processor has no obligation to notify the controller of personal data breaches.', status: 'not-found', says: /\("has no obligation to"\)/, why: 'incident notice released: nothing tells the customer' },
  { requirement: 26, clause: 'Databehandler skal ha en rutine for avvikshåndtering, men er ikke forpliktet til å varsle behandlingsansvarlig om avvik.', status: 'partly', says: /fritar uttrykkelig leverandøren fra dette \(«er ikke forpliktet til»\)/, why: 'a routine (a real element), but the notice to the customer is released' },
  { requirement: 8, clause: 'Databehandleren er ikke forpligtet til at logge adgang og brug.', status: 'not-found', says: /«er ikke forpligtet til»/, why: 'Danish' },
  { requirement: 8, clause: 'Personuppgiftsbiträdet är inte skyldigt att logga åtkomst och användning.', status: 'not-found', says: /«är inte skyldigt att»/, why: 'Swedish' },
  { requirement: 8, clause: 'Leverandøren garanterer ikke at all tilgang og bruk logges.', status: 'not-found', says: /«garanterer ikke at»/, why: 'no guarantee is no duty' },
  { requirement: 24, clause: 'The supplier makes no commitment that confidentiality survives the termination of the agreement.', status: 'not-found', says: /\("makes no commitment"\)/, why: 'English: survival disclaimed' },
];

const denied: Case[] = [
  { requirement: 24, clause: 'Taushetsplikten gjelder ikke etter avtalens opphør.', status: 'not-found', says: /sier uttrykkelig at dette ikke gjelder \(«ikke etter avtalens opphør»\)/, why: 'the core of krav 24 (after termination) is denied' },
  { requirement: 9, clause: 'Loggene gjøres ikke tilgjengelige for virksomheten.', status: 'partly', says: /ikke gjelder \(«ikke tilgjengelige»\)\. Mangler: at loggene er tilgjengelige/, why: 'logs exist, but the customer expressly has no access to them' },
  { requirement: 9, clause: 'Audit logs are kept for one year and are not made available to customers.', status: 'partly', says: /does not apply \("not made available"\)/, why: 'English: kept, expressly not available' },
];

const qualified: Case[] = [
  { requirement: 8, clause: 'Leverandøren skal logge all tilgang og bruk så langt det er teknisk mulig.', status: 'partly', says: /Plikten er begrenset \(«så langt det er teknisk mulig»\), så leverandøren avgjør selv når den gjelder/, why: 'the duty is there, but the vendor decides what is feasible' },
  { requirement: 8, clause: 'Leverandoren skal logge all tilgang og bruk sa langt det er teknisk mulig.', status: 'partly', says: /«sa langt det er teknisk mulig»/, why: 'the same without æøå' },
  { requirement: 9, clause: 'The processor shall make the logs available to the customer to the extent commercially reasonable.', status: 'partly', says: /The duty is limited \("to the extent commercially reasonable"\)/, why: 'English: commercially reasonable is the vendor\'s call' },
  { requirement: 9, clause: 'The processor shall provide the audit logs to the controller on request, only if technically feasible.', status: 'partly', says: /\("only if technically feasible"\)/, why: 'only if feasible' },
  { requirement: 24, clause: 'Confidentiality obligations survive termination, where reasonably practicable.', status: 'partly', says: /«where reasonably practicable»/, why: 'survival made conditional' },
  { requirement: 9, clause: 'Databehandler er ikke forpliktet til å gjøre loggene tilgjengelige for virksomheten, med mindre det foreligger et sikkerhetsbrudd.', status: 'partly', says: /Plikten er begrenset \(«med mindre det foreligger et sikkerhetsbrudd»\)/, why: 'a release with an exception is a duty on one condition only' },
  { requirement: 8, clause: 'Databehandleren skal logge al adgang og brug, i det omfang det er teknisk muligt.', status: 'partly', says: /«i det omfang det er teknisk muligt»/, why: 'Danish' },
  { requirement: 8, clause: 'Personuppgiftsbiträdet ska logga all åtkomst och användning i den mån det är tekniskt möjligt.', status: 'partly', says: /«i den mån det är tekniskt möjligt»/, why: 'Swedish' },
];

const deferred: Case[] = [
  { requirement: 8, clause: 'Logging av all tilgang og bruk avtales særskilt.', status: 'not-found', says: /overlater dette til en senere avtale \(«avtales særskilt»\); før den er inngått, er leverandøren ikke bundet/, why: 'nothing binds the vendor until another agreement is made' },
  { requirement: 8, clause: 'Logging av all tilgang og bruk avtales saerskilt.', status: 'not-found', says: /«avtales saerskilt»/, why: 'the same without æøå' },
  { requirement: 25, clause: 'Statusrapporter avtales nærmere mellom partene.', status: 'not-found', says: /«avtales nærmere»/, why: 'status reports left to a later agreement' },
  { requirement: 25, clause: 'Service level reports are to be agreed separately between the parties.', status: 'not-found', says: /leaves this to a later agreement \("to be agreed"\)/, why: 'English' },
  { requirement: 9, clause: 'Access to the logs for the customer will be set out in a separate agreement.', status: 'not-found', says: /\("set out in a separate agreement"\)/, why: 'English: access to logs deferred' },
  { requirement: 9, clause: 'Loggene skal gjøres tilgjengelige for virksomheten etter nærmere avtale.', status: 'partly', says: /Vilkårene er overlatt til en senere avtale \(«etter nærmere avtale»\)/, why: 'the duty stands, its terms are open: Delvis' },
  { requirement: 9, clause: 'The processor shall make the logs available to the customer on terms to be agreed.', status: 'partly', says: /Its terms are left to a later agreement \("on terms to be agreed"\)/, why: 'English: open terms, not a deferred duty' },
  { requirement: 8, clause: 'Logning af al adgang og brug aftales særskilt mellem parterne.', status: 'not-found', says: /«aftales særskilt»/, why: 'Danish' },
  { requirement: 8, clause: 'Loggning av all åtkomst och användning avtalas särskilt.', status: 'not-found', says: /«avtalas särskilt»/, why: 'Swedish' },
  { requirement: 10, clause: 'Lagringstid for loggene avtales senere.', status: 'not-found', says: /«avtales senere»/, why: 'the core of krav 10 (a retention period) is left open' },
];

// look-alikes: the words of the requirement, but nothing that binds the vendor
const lookAlikes: Case[] = [
  { requirement: 8, clause: '«Logg»: en registrering av hvem som har hatt tilgang til hvilke opplysninger, og når.', status: 'not-found', why: 'a definition of "logg" binds nobody' },
  { requirement: 8, clause: 'Definisjoner\n\nLogging: registrering av all tilgang og bruk av tjenesten.', status: 'not-found', why: 'a definition under the Definitions heading' },
  { requirement: 9, clause: '"Audit Log" means a record of all access to and use of the service made available to the customer.', status: 'not-found', why: 'an English definition' },
  { requirement: 24, clause: '7. Taushetsplikt etter opphør\n\n7.1 Partene skal møtes jevnlig.', status: 'not-found', why: 'a heading that names the requirement over a clause that does not say it' },
  // the customer's own duty does not bind the vendor: "Delvis" at most (the form's wording is there, the duty is on the wrong party)
  { requirement: 8, clause: 'Behandlingsansvarlig skal sørge for at all tilgang og bruk logges.', status: 'partly', says: /binder ikke leverandøren/, why: 'a duty of the controller, not the processor' },
  { requirement: 8, clause: 'The Customer shall ensure that all access to and use of the service is logged.', status: 'partly', says: /does not bind the vendor/, why: 'English: the controller\'s duty' },
];

// prohibitions, restrictions and survivals: a negation that binds
const stillBinding: Case[] = [
  { requirement: 5, clause: 'Databehandler skal ikke benytte underleverandører uten skriftlig godkjenning fra behandlingsansvarlig.', status: 'met', why: '"ikke … uten" is a restriction: the form\'s own wording for krav 5' },
  { requirement: 24, clause: 'Taushetsplikten bortfaller ikke etter avtalens opphør.', status: 'met', why: 'the end of the duty is denied, not the duty' },
  { requirement: 24, clause: 'The duty of confidentiality shall not end after the termination of this agreement.', status: 'met', why: 'English survival' },
  { requirement: 9, clause: 'Logs are made available to the customer without undue delay on request.', status: 'met', why: '"without" is no denial' },
  { requirement: 9, clause: 'Logs of the access described in item no 6 are made available to the customer on request.', status: 'met', why: '"no 6" is a number, not a denial' },
  { requirement: 24, clause: 'The duty of confidentiality applies after termination and expires no later than five years after it.', status: 'met', why: '"no later than" bounds the duty, it does not deny it' },
  { requirement: 13, clause: 'Ingen andre enn autorisert personell skal ha tilgang til opplysningene.', status: 'met', why: '"ingen andre enn" is "kun"' },
  { requirement: 13, clause: 'No one other than authorised personnel shall have access to the personal data.', status: 'met', why: 'English "no one other than"' },
  { requirement: 10, clause: 'Dersom kunden ikke ber om annet, skal loggene oppbevares så lenge avtalen med kunden spesifiserer.', status: 'met', why: 'the negation is in a fronted condition, and the customer is not the subject of the duty' },
  { requirement: 14, clause: 'Tilgang til Internett er sikret med brannmur, og tiltakene kan ikke omgås av egne ansatte.', status: 'met', why: '"kan ikke omgås" is what krav 14 asks for' },
  { requirement: 26, clause: 'Databehandler skal ha en rutine for avvikshåndtering og skal varsle behandlingsansvarlig uten ugrunnet opphold.', status: 'met', why: '"uten ugrunnet opphold" is no denial' },
  { requirement: 8, clause: 'Databehandler skal logge all tilgang og bruk, men er ikke forpliktet til å gjøre loggene tilgjengelige for virksomheten.', status: 'met', why: 'the release governs only its own clause (after «men»): krav 8 is met, krav 9 is not' },
];

const tables: [string, Case[]][] = [
  ['released duties', released],
  ['denied duties', denied],
  ['qualified duties', qualified],
  ['deferred duties', deferred],
  ['look-alikes', lookAlikes],
  ['negations that still bind', stillBinding],
];

const limited = [released, denied, qualified, deferred];

describe('Normen reading: negated, qualified and deferred duties', () => {
  it('lists no case twice', () => {
    const all = tables.flatMap(([, cases]) => cases.map((c) => `${c.requirement}:${c.clause}`));
    assert.equal(new Set(all).size, all.length);
  });

  for (const [name, cases] of tables) {
    describe(name, () => {
      for (const c of cases) {
        it(`krav ${c.requirement} ${c.status}: «${c.clause.replace(/\s+/g, ' ').slice(0, 70)}» — ${c.why}`, () => {
          const row = normenChecklist(c.clause).rows[c.requirement - 1];
          assert.equal(row.status, c.status, row.comment);
          if (c.says) assert.match(row.comment, c.says);
          // the JSON names the limit that decided the answer, for every limited duty
          if (limited.includes(cases)) assert.ok(row.limit && row.comment.includes(row.limit.phrase), JSON.stringify(row.limit));
          // a "Nei" on a clause that takes the duty away cites that clause, so the lawyer sees why
          if (c.status === 'not-found' && c.says) assert.ok(row.related?.length, row.comment);
          if (c.status !== 'not-found') assert.ok(row.covering.length > 0, row.comment);
        });
      }
    });
  }

  it('a "Nei" on a release quotes the clause and says why, without listing what it takes away', () => {
    const row = normenChecklist('8. Logging\n\n8.2 Databehandler er ikke forpliktet til å logge tilgang og bruk av tjenesten.').rows[7];
    assert.equal(row.comment, 'Nei. Punkt 8.2: «Databehandler er ikke forpliktet til å logge tilgang og bruk av tjenesten.» Avtalen fritar uttrykkelig leverandøren fra dette («er ikke forpliktet til»). Be leverandøren om en plikt til å logge all tilgang og bruk, ikke bare enkelte handlinger eller brukere.');
    assert.deepEqual(row.limit, { kind: 'released', phrase: 'er ikke forpliktet til', label: 'punkt 8.2' });
    assert.deepEqual(row.covering, [], 'a "Nei" leads to no covering clause');
  });

  it('a release in another clause makes a met requirement "Delvis", and names that clause', () => {
    const text = '1. Logging\n\n1.1 Leverandøren skal sikre at all tilgang og bruk logges.\n\n2. Forbehold\n\n2.1 Leverandøren er ikke forpliktet til å logge tilgang via API.';
    const row = normenChecklist(text).rows[7];
    assert.equal(row.status, 'partly', row.comment);
    assert.match(row.comment, /^Delvis\. Punkt 1\.1: «Leverandøren skal sikre at all tilgang og bruk logges\.» Men punkt 2\.1 fritar uttrykkelig leverandøren fra dette \(«er ikke forpliktet til»\)\./);
  });

  it('krav 26 cites the sentence that gives notice, also when a qualifier stands beside "without undue delay"', () => {
    const text =
      '5.1 The processor will notify the customer of a personal data breach without undue delay and, where feasible, within 48 hours.\n\n5.2 The notification will describe, to the extent known, the nature of the breach.';
    const row = normenChecklist(text).rows[25];
    assert.match(row.comment, /^Partly\. Clause 5\.1: "The processor will notify the customer of a personal data breach without undue delay/, row.comment);
    assert.deepEqual(row.missing, ['an established incident-handling routine']);
  });

  it('reads the limits of a sentence: what limits, and which part of the sentence it governs', () => {
    const sentence = matchText('Databehandler skal logge all tilgang, men er ikke forpliktet til å utlevere loggene.');
    const [limit] = dutyLimits(sentence);
    assert.equal(limit.kind, 'released');
    assert.equal(sentence.slice(limit.phrase.start, limit.phrase.end), 'er ikke forpliktet til');
    assert.ok(limit.start > sentence.indexOf('men') - 1 && limit.end === sentence.length, 'from the release to the end of its clause');
    assert.deepEqual(dutyLimits(matchText('Databehandler skal varsle uten ugrunnet opphold.')), [], '"uten" limits nothing');
    assert.deepEqual(dutyLimits(matchText('Loggene gjøres tilgjengelige i den grad det er teknisk mulig.')).map((l) => l.kind), ['qualified']);
    assert.deepEqual(dutyLimits(matchText('Loggene gjøres tilgjengelige på vilkår som avtales senere.')).map((l) => l.kind), ['deferred-terms']);
  });
});
