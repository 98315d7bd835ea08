// Table for the missing-art28 rule: whole DPAs that hold, or lack, the terms of GDPR art. 28(3)(a)–(h).
// Each DPA is built from one short clause per term, so a case can leave exactly one term out.
import { testRule } from '../rule-tester';

type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
type Terms = Record<Letter, string>;

/** A whole DPA from its clauses, each under a numbered title; `replace` swaps a term's clause for another wording. */
function dpa(title: string, terms: Terms, replace: Partial<Terms> = {}, omit: Letter[] = []): string {
  const body = (Object.keys(terms) as Letter[])
    .filter((letter) => !omit.includes(letter))
    .map((letter, i) => `${i + 1}. Punkt ${i + 1}\n\n${replace[letter] ?? terms[letter]}`);
  return [title, ...body].join('\n\n');
}

const nb: Terms = {
  a: 'Databehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.',
  b: 'Alle som har tilgang til personopplysningene hos databehandler, har taushetsplikt.',
  c: 'Databehandler skal gjennomføre tekniske og organisatoriske sikkerhetstiltak etter artikkel 32.',
  d: 'Databehandler skal inngå skriftlig avtale med underleverandører som pålegger dem de samme forpliktelsene som følger av denne avtalen.',
  e: 'Databehandler skal bistå behandlingsansvarlig med å besvare henvendelser fra de registrerte som utøver sine rettigheter.',
  f: 'Databehandler skal bistå behandlingsansvarlig med sikkerhet, avviksmelding, vurdering av personvernkonsekvenser og forhåndsdrøftinger etter artikkel 32 til 36.',
  g: 'Ved avtalens opphør skal databehandler slette eller tilbakelevere alle personopplysninger etter behandlingsansvarliges valg.',
  h: 'Databehandler skal gi behandlingsansvarlig informasjonen som viser etterlevelse, og tillate revisjoner, herunder inspeksjoner.',
};

const en: Terms = {
  a: 'The Supplier processes personal data only on documented instructions from the Customer.',
  b: 'The Supplier ensures that its staff with access to personal data are bound by confidentiality.',
  c: 'The Supplier implements the technical and organisational measures required by Article 32 GDPR.',
  d: 'The Supplier shall impose on each sub-processor, by written contract, the same data protection obligations as set out in this DPA.',
  e: 'The Supplier shall help the Customer respond to requests from data subjects exercising their rights.',
  f: 'The Supplier shall assist the Customer with data protection impact assessments and prior consultation of the supervisory authority.',
  g: 'Upon termination the Supplier shall, at the choice of the Customer, return or delete all personal data.',
  h: 'The Supplier makes available all information needed to demonstrate compliance and allows for audits by the Customer.',
};

const nbPlain: Terms = {
  a: 'Leverandoren behandler personopplysninger kun etter dokumentert instruks fra kunden.',
  b: 'Ansatte hos leverandoren er underlagt taushetsplikt.',
  c: 'Leverandoren skal sikre et forsvarlig sikkerhetsniva gjennom sikkerhetstiltak etter art. 32.',
  d: 'Underleverandorer skal palegges tilsvarende forpliktelser som leverandoren ved skriftlig avtale.',
  e: 'Leverandoren skal bista kunden med a oppfylle de registrertes rettigheter etter kapittel III.',
  f: 'Leverandoren skal bista kunden med a oppfylle pliktene etter artiklene 32 til 36.',
  g: 'Ved opphor av avtalen skal leverandoren slette eller tilbakelevere alle data etter kundens valg.',
  h: 'Kunden kan gjennomfore revisjon hos leverandoren.',
};

const nbOcr: Terms = {
  a: 'Databehandler skal kun behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.',
  b: 'Personer med tilgang til opplysningene skal v@re underlagt taushetsplikt.',
  c: 'Databehandler skal gjennomf@re tekniske og organisatoriske tiltak for 8 oppn8 et tilfredsstillende sikkerhetsniv8.',
  d: 'Databehandler skal p8legge underleverand@rer de samme forpliktelsene som f@lger av denne avtalen.',
  e: 'Databehandler skal bist8 behandlingsansvarlig med 8 besvare foresp@rsler fra den registrerte.',
  f: 'Databehandler skal bist8 ved vurdering av personvernkonsekvenser og forh8ndsdr@fting med Datatilsynet.',
  g: 'Ved avtalens opph@r skal alle personopplysninger slettes eller tilbakeleveres.',
  h: 'Behandlingsansvarlig har rett til 8 gjennomf@re revisjoner og inspeksjoner hos databehandler.',
};

const sv: Terms = {
  a: 'Biträdet får endast behandla personuppgifter enligt den personuppgiftsansvariges dokumenterade instruktioner.',
  b: 'Biträdet säkerställer att personal med tillgång till personuppgifterna omfattas av tystnadsplikt.',
  c: 'Biträdet ska vidta lämpliga tekniska och organisatoriska säkerhetsåtgärder enligt artikel 32.',
  d: 'Biträdet ska genom skriftligt avtal ålägga varje underbiträde samma skyldigheter som följer av detta avtal.',
  e: 'Biträdet ska bistå den personuppgiftsansvarige med att besvara begäran från registrerade om deras rättigheter.',
  f: 'Biträdet ska bistå den personuppgiftsansvarige vid konsekvensbedömningar och förhandssamråd med Integritetsskyddsmyndigheten.',
  g: 'När avtalet upphör ska biträdet radera eller återlämna alla personuppgifter enligt den personuppgiftsansvariges val.',
  h: 'Biträdet ska ge den personuppgiftsansvarige tillgång till all information som krävs och möjliggöra granskningar.',
};

const da: Terms = {
  a: 'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.',
  b: 'Databehandleren sikrer, at personer med adgang til personoplysningerne har forpligtet sig til fortrolighed.',
  c: 'Databehandleren iværksætter de tekniske og organisatoriske foranstaltninger, der kræves efter artikel 32.',
  d: 'Databehandleren skal pålægge underdatabehandlere de samme databeskyttelsesforpligtelser ved en skriftlig aftale.',
  e: 'Databehandleren bistår den dataansvarlige med at besvare anmodninger om udøvelse af de registreredes rettigheder.',
  f: 'Databehandleren bistår den dataansvarlige med konsekvensanalyser og forudgående høring af tilsynsmyndigheden.',
  g: 'Ved ophør af aftalen skal databehandleren slette eller tilbagelevere alle personoplysninger efter den dataansvarliges valg.',
  h: 'Databehandleren stiller oplysninger til rådighed og giver mulighed for revisioner, herunder inspektioner.',
};

// the terms in a small vendor's everyday words, in its own "vi" voice
const nbPlainWords: Terms = {
  a: 'Vi bruker opplysningene bare slik kunden har bestemt i denne avtalen eller senere gir beskjed om skriftlig.',
  b: 'Alle hos oss som kan se opplysningene, har taushetsplikt.',
  c: 'Vi skal sikre opplysningene slik personvernforordningen artikkel 32 krever.',
  d: 'Underleverandørene har skrevet under på de samme pliktene som vi har i denne avtalen.',
  e: 'Hvis en pasient vil se, rette eller slette opplysninger om seg selv, hjelper vi kunden med det.',
  f: 'Vi hjelper også til når kunden skal vurdere personvernkonsekvenser (DPIA), og hvis kunden må snakke med Datatilsynet.',
  g: 'Når avtalen slutter, sletter vi alle opplysningene.',
  h: 'Vi gir kunden all informasjon som trengs for å se at vi følger avtalen, og kunden kan komme og kontrollere oss.',
};

testRule('missing-art28', {
  valid: [
    { name: 'nb: all eight terms in everyday words', scope: 'document', text: dpa('Databehandleravtale', nbPlainWords) },
    // oral instructions confirmed in writing are documented
    { name: 'en: oral instructions confirmed in writing', text: 'Oral instructions shall be confirmed in writing by the Customer without delay.' },
    { name: 'nb: muntlige instrukser bekreftes skriftlig', text: 'Muntlige instrukser skal bekreftes skriftlig av Kunden.' },
    "Biträdet är inte skyldigt att följa instruktioner som strider mot lag.",
    { name: 'nb: all eight terms', scope: 'document', text: dpa('Databehandleravtale', nb) },
    { name: 'en: all eight terms', scope: 'document', text: dpa('Data Processing Agreement', en) },
    { name: 'nb without æøå: all eight terms', scope: 'document', text: dpa('Databehandleravtale', nbPlain) },
    { name: 'OCR-noisy nb: all eight terms', scope: 'document', text: dpa('Databehandleravta|e', nbOcr) },
    { name: 'sv: all eight terms', scope: 'document', text: dpa('Personuppgiftsbiträdesavtal', sv) },
    { name: 'da: all eight terms', scope: 'document', text: dpa('Databehandleraftale', da) },
    {
      name: 'sv, first person: "we help you answer requests from data subjects"',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { e: 'Vi hjälper er att besvara begäranden från registrerade.' }),
    },
    {
      name: 'da without æøå: "vi hjaelper jer med at svare" data subjects',
      scope: 'document',
      text: dpa('Databehandleraftale', da, { e: 'Vi hjaelper jer med at svare pa anmodninger fra de registrerede.' }),
    },
    {
      name: 'da: flow-down to sub-processors by contract, duties as a compound',
      scope: 'document',
      text: dpa('Databehandleraftale', da, { d: 'Gør databehandleren brug af en underdatabehandler, pålægges denne gennem en kontrakt de samme databeskyttelsesforpligtelser som i denne aftale.' }),
    },
    {
      name: 'en: sub-processors bound to the same level of protection',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, { d: 'Every sub-processor must be contractually bound to give the same level of data protection as this Addendum requires.' }),
    },
    {
      name: 'en: the duties the processor itself is subject to (SCC wording)',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier shall ensure that any sub-processor complies with the obligations to which the Supplier is subject under this DPA.' }),
    },
    {
      name: 'sv: "åläggs" and a compound duty word',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { d: 'Biträdet ska se till att varje underbiträde genom avtal åläggs motsvarande dataskyddsskyldigheter.' }),
    },
    {
      name: 'en: "as instructed by" and requests by individuals',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, {
        a: 'The Supplier will only process Customer Personal Data as instructed by the Customer.',
        e: 'The Supplier shall cooperate with the Customer in responding to requests by individuals to exercise their rights under data protection law.',
      }),
    },
    {
      name: 'nb without æøå: access and rectification requests',
      scope: 'document',
      text: dpa('Databehandleravtale', nbPlain, { e: 'Leverandoren skal bista kunden ved foresporsler om innsyn, retting og sletting.' }),
    },
    {
      name: 'en: sub-processors required to protect data to the standard of this Addendum; requests redirected, self-service tools',
      scope: 'document',
      text: dpa('Data Processing Addendum', en, {
        d: 'The Supplier will require each sub-processor to safeguard the Customer\'s personal data at least to the level required by this Addendum.',
        e: 'The Supplier gives the Customer tools in the Service to access, rectify and erase personal data and redirects any request from a data subject to the Customer.',
      }),
    },
    {
      name: 'da: functions that let the controller itself rectify and erase',
      scope: 'document',
      text: dpa('Databehandleraftale', da, { e: 'Leverandøren stiller funktioner til rådighed, så kunden selv kan rette og slette oplysninger om en borger.' }),
    },
    {
      name: 'sv: biträdet säkerställer att underbiträden följer kraven i detta avtal',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { d: 'Biträdet ska säkerställa att varje underbiträde uppfyller de krav på skydd av personuppgifter som anges i detta avtal.' }),
    },
    {
      name: 'en: everyone authorised has committed to confidentiality',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, { b: 'Everyone authorised to process the personal data has committed themselves to confidentiality.' }),
    },
    {
      name: 'nb: a taushetsplikt clause whose next sentence names the staff',
      scope: 'document',
      text: dpa('Databehandleravtale', nb, { b: 'Taushetsplikt gjelder for behandlingen. Den omfatter alle ansatte og innleide hos leverandøren.' }),
    },
    {
      name: 'sv: behöriga personer have undertaken secrecy',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { b: 'Biträdet ska se till att behöriga personer har åtagit sig att iaktta sekretess.' }),
    },
    {
      name: 'sv: behöriga personer have undertaken "konfidentialitet"',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { b: 'Biträdet ska säkerställa att de personer som är behöriga att behandla personuppgifterna har åtagit sig att iaktta konfidentialitet.' }),
    },
    {
      name: 'nb: notice and objection, and the same duties imposed on sub-processors (art. 28(2) and (4))',
      scope: 'document',
      text: dpa('Databehandleravtale', nb, { d: 'Nye underdatabehandlere skal varsles skriftlig minst 30 dager i forveien, og behandlingsansvarlig kan motsette seg endringen. Databehandler skal pålegge underdatabehandlerne de samme pliktene som følger av denne avtalen.' }),
    },
    { name: 'a pasted clause is not judged', text: 'Databehandler kan bruke underleverandører etter forhåndsgodkjenning fra behandlingsansvarlig.' },
    // flow-down in "similar" wording: duties like the processor's own
    {
      name: 'en: sub-processors comply with obligations similar to the processor\'s under this DPA',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier ensures that each sub-processor is under a data processing agreement and complies with data protection obligations similar to the ones which apply to the Supplier under this DPA.' }),
    },
    {
      name: 'sv: sub-processors bound by similar obligations',
      scope: 'document',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { d: 'Biträdet ska genom skriftligt avtal ålägga varje underbiträde liknande skyldigheter som gäller för Biträdet enligt detta avtal.' }),
    },
    {
      name: 'nb without æøå: sub-processors bound by similar duties',
      scope: 'document',
      text: dpa('Databehandleravtale', nbPlain, { d: 'Leverandoren sikrer at underleverandorer folger lignende plikter som de som gjelder for leverandoren etter denne avtalen.' }),
    },
    // a disclaimer of only some instances keeps the duty; the controller freed of a duty of its own disclaims nothing
    {
      name: 'en: not obliged to follow instructions that infringe the law',
      scope: 'document',
      text: dpa('Data Processing Agreement', en, { a: 'The Supplier processes personal data only on documented instructions from the Customer, but is not obliged to follow instructions that in its view infringe the GDPR.' }),
    },
    { name: 'nb: not obliged to follow unlawful instructions (pasted clause)', text: 'Databehandler er ikke forpliktet til å følge instrukser som er i strid med personvernregelverket, men skal straks varsle behandlingsansvarlig.' },
    { name: 'en: not required to allow more than one audit a year (pasted clause)', text: 'The Supplier shall not be required to allow more than one audit per year.' },
    { name: 'da: the controller is not obliged to audit (pasted clause)', text: 'Den dataansvarlige er ikke forpligtet til at gennemføre revision hos databehandleren.' },
    { name: 'nb: no duty to help with data subjects unless asked (pasted clause)', text: 'Leverandøren er ikke forpliktet til å bistå med de registrertes rettigheter med mindre behandlingsansvarlig ber om det.' },
    { name: 'nn: the processor helps with data subjects\' requests (pasted clause)', text: 'Handsamaren skal hjelpe verksemda med å svare på krav om innsyn frå dei registrerte.' },
    { name: 'nn: the controller has no duty to audit (pasted clause)', text: 'Verksemda har ikkje plikt til å gjennomføre revisjon hos handsamaren.' },
    { name: 'nb: a question on the controller\'s own cost answered no (pasted row)', text: 'Betaler Kunden for revisjonen? | Nei' },
    { name: 'en: questions on the terms answered yes (pasted rows)', text: 'Are staff bound by confidentiality? | Yes\nDoes the Processor act only on documented instructions? | Yes' },
  ],
  invalid: [
    // instructions that need not be documented, or may be given orally: (a) taken away
    { name: 'en: instructions need not be documented', text: 'Customer instructions need not be documented. The Processor acts on instructions given orally by any user.', messageId: 'missing-a', at: 'instructions need not be documented' },
    { name: 'sv: instructions may be given orally', text: 'Instruktioner kan lämnas muntligt och behöver inte vara skriftliga.', messageId: 'missing-a', at: 'Instruktioner kan lämnas muntligt' },
    // a mandatory term disclaimed in so many words is missing, at the disclaimer, in a whole DPA or a pasted clause
    {
      name: 'en: whole DPA whose only data-subject clause disclaims the help',
      scope: 'document',
      messageId: 'missing-e',
      at: 'is under no obligation to help the Customer with data subject',
      text: dpa('Data Processing Agreement', en, { e: 'The Supplier is under no obligation to help the Customer with data subject requests.' }),
    },
    {
      name: 'nb: staff confidentiality disclaimed (pasted clause)',
      messageId: 'missing-b',
      at: 'ikke ansvarlig for å sikre at personell med tilgang til opplysningene har taushetsplikt',
      text: 'Leverandøren er ikke ansvarlig for å sikre at personell med tilgang til opplysningene har taushetsplikt.',
    },
    {
      name: 'sv: audits cannot be demanded (pasted clause)',
      messageId: 'missing-h',
      at: 'granskning kan inte krävas',
      text: 'Biträdet lämnar den information det själv finner lämplig, och granskning kan inte krävas.',
    },
    {
      name: 'da: not bound by the controller\'s instructions (pasted clause)',
      messageId: 'missing-a',
      at: 'ikke bundet af instrukser',
      text: 'Databehandleren er ikke bundet af instrukser fra den dataansvarlige og behandler oplysningerne som det er nødvendigt for tjenesten.',
    },
    {
      name: 'nb: only a report handed over under confidentiality, staff not bound',
      scope: 'document',
      messageId: 'missing-b',
      at: 'ansatte',
      text: dpa('Databehandleravtale', nb, { b: 'Databehandlerens ansatte får opplæring i personvern. Revisjonsrapporten er konfidensiell.' }),
    },
    {
      name: 'en: audit summary subject to confidentiality, staff not bound',
      scope: 'document',
      messageId: 'missing-b',
      at: 'staff',
      text: dpa('Data Processing Agreement', en, { b: 'The Supplier trains its staff in data protection. Audit summaries are provided subject to confidentiality.' }),
    },
    {
      name: 'nb: sub-processors without flow-down',
      scope: 'document',
      messageId: 'missing-d',
      at: 'underleverandører',
      text: dpa('Databehandleravtale', nb, { d: 'Databehandler kan bruke underleverandører etter forhåndsgodkjenning fra behandlingsansvarlig.' }),
    },
    {
      name: 'en: no help with data-subject rights',
      scope: 'document',
      messageId: 'missing-e',
      at: 'Data Processing Agreement',
      text: dpa('Data Processing Agreement', en, {}, ['e']),
    },
    {
      name: 'OCR-noisy nb: breach notice only, no DPIA or prior consultation',
      scope: 'document',
      messageId: 'missing-f',
      at: 'avvik',
      text: dpa('Databehandleravta|e', nbOcr, { f: 'Databehandler skal varsle behandlingsansvarlig om avvik uten ugrunnet opphold.' }),
    },
    {
      name: 'nb without æøå: no audit or information term',
      scope: 'document',
      messageId: 'missing-h',
      at: 'etterlevelse',
      text: dpa('Databehandleravtale', nbPlain, { h: 'Partene skal samarbeide om etterlevelse av personvernregelverket.' }),
    },
    {
      name: 'sv: no deletion or return at the end',
      scope: 'document',
      messageId: 'missing-g',
      at: 'upphör',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { g: 'Avtalet gäller tills huvudavtalet upphör.' }),
    },
    {
      name: 'da: no confidentiality term',
      scope: 'document',
      messageId: 'missing-b',
      at: 'medarbejdere',
      text: dpa('Databehandleraftale', da, { b: 'Databehandleren uddanner sine medarbejdere i databeskyttelse.' }),
    },
    {
      name: 'en: no documented instructions',
      scope: 'document',
      messageId: 'missing-a',
      at: 'purposes',
      text: dpa('Data Processing Agreement', en, { a: 'The Supplier processes personal data for the purposes of providing the Service.' }),
    },
    {
      name: 'en: sub-processors listed, the processor answers for them, but no flow-down',
      scope: 'document',
      messageId: 'missing-d',
      at: 'sub-processors',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier may use the sub-processors listed in Annex 3 and remains responsible for their work.' }),
    },
    {
      name: 'nb without æøå: breach notice and art. 32 only, no (f) assistance',
      scope: 'document',
      messageId: 'missing-f',
      at: 'avvik',
      text: dpa('Databehandleravtale', nbPlain, { f: 'Leverandoren skal varsle kunden om avvik uten ugrunnet opphold og bista med a handtere avviket.' }),
    },
    {
      name: 'sv: data subjects named only as a category, no help with their rights',
      scope: 'document',
      messageId: 'missing-e',
      at: 'Registrerade',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { e: 'Registrerade: patienter och anställda.' }),
    },
    {
      name: 'en: data subjects named beside "direct" damages, no help with their rights',
      scope: 'document',
      messageId: 'missing-e',
      at: 'Data subjects',
      text: dpa('Data Processing Agreement', en, { e: 'Data subjects may claim direct damages from the party at fault.' }),
    },
    {
      name: 'nb: sub-processors to protect data, but no duties laid on them',
      scope: 'document',
      messageId: 'missing-d',
      at: 'underleverandører',
      text: dpa('Databehandleravtale', nb, { d: 'Databehandler velger underleverandører som kan beskytte personopplysningene godt.' }),
    },
    {
      name: 'en: a short DPA lacking three terms',
      scope: 'document',
      messageId: 'missing-d',
      at: 'subcontractors',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier may engage subcontractors without prior consent.' }, ['e', 'f']),
    },
    {
      name: 'nb: no art. 32 security term',
      scope: 'document',
      messageId: 'missing-c',
      at: 'Databehandleravtale',
      text: dpa('Databehandleravtale', nb, { f: 'Databehandler skal bistå med vurdering av personvernkonsekvenser og forhåndsdrøftinger.' }, ['c']),
    },
    {
      name: 'en: sub-processors only "similar" in quality, no duties flowed down',
      scope: 'document',
      messageId: 'missing-d',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier uses sub-processors of similar quality and answers for them.' }),
    },
    {
      name: 'sv: a report that is "konfidentiell", staff not bound',
      scope: 'document',
      messageId: 'missing-b',
      text: dpa('Personuppgiftsbiträdesavtal', sv, { b: 'Biträdet utbildar sin personal i dataskydd. Revisionsrapporten är konfidentiell.' }),
    },
    // art. 28(3)(d) asks for the conditions of both 28(2) (authorisation, notice, objection) and 28(4) (the same
    // duties imposed on the sub-processor by contract): notice and objection alone leave (d) incomplete
    {
      name: 'nb: notice and objection only, no duties flowed down (art. 28(4))',
      scope: 'document',
      messageId: 'missing-d',
      at: 'underdatabehandlere',
      text: dpa('Databehandleravtale', nb, { d: 'Bruk av nye underdatabehandlere skal varsles skriftlig minst 30 dager i forveien. Behandlingsansvarlig kan motsette seg endringen.' }),
    },
    {
      name: 'en: notice and objection only, no duties flowed down (art. 28(4))',
      scope: 'document',
      messageId: 'missing-d',
      at: 'sub-processor',
      text: dpa('Data Processing Agreement', en, { d: 'The Supplier shall give the Customer at least 30 days\' written notice before engaging a new sub-processor. The Customer may object within the notice period.' }),
    },
    { text: 'Handsamaren har ikkje plikt til å hjelpe verksemda med krav om innsyn eller retting frå dei registrerte.', messageId: 'missing-e', at: 'har ikkje plikt', name: 'nn: no duty to help with data subjects\' requests (pasted clause)' },
    { text: 'Leverandøren har ikke plikt til å bistå Kunden med krav om innsyn fra de registrerte.', messageId: 'missing-e', at: 'har ikke plikt', name: 'nb: "har ikke plikt" disclaims the (e) help (pasted clause)' },
    { text: 'Er dei tilsette hos handsamaren underlagde teieplikt? | Nei', messageId: 'missing-b', at: 'underlagde teieplikt', name: 'nn: confidentiality denied in a question/answer row' },
    { text: 'Does the Processor act only on documented instructions from the Customer? | No', messageId: 'missing-a', at: 'documented instructions', name: 'en: documented instructions denied in a question/answer row' },
    { text: "Biträdet är inte skyldigt att hjälpa Kunden med konsekvensbedömningar.", messageId: "missing-f", at: "konsekvensbedömningar", name: "sv: inte skyldigt (neuter)" },
  ],
});
