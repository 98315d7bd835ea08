// Table of clauses for the security-unilateral rule: the processor deciding or changing the
// security measures alone, or measures left to its own changeable document, are flagged;
// agreed concrete measures and changes that keep the level of security are not.
import { testRule } from '../rule-tester';

testRule('security-unilateral', {
  valid: [
    // the controller's own policy as the only source; the processor's policy beside the DPA's annex, with no "only"
    { name: 'en, governed solely by the customer\'s policy', text: 'Information security is governed solely by the Customer\'s security policy.' },
    { name: 'nb, the processor\'s policy beside the annex', text: 'Informasjonssikkerheten reguleres av Leverandørens sikkerhetspolicy og av sikkerhetstiltakene i vedlegg 2.' },
    // a change that "may not be made without approval" needs the approval ("without approval" alone empties it)
    { name: 'sv, changes that lower protection may not be made without approval', scope: 'document', text: 'PERSONUPPGIFTSBITRÄDESAVTAL\n\n6. Säkerhet\n\n6.1 Leverantören ska vidta de åtgärder som framgår av Bilaga 2.\n\n6.2 Leverantören får ersätta åtgärderna i Bilaga 2. Förändringar som sänker skyddsnivån får inte genomföras utan Kundens skriftliga godkännande.' },
    { name: 'nb, the vendor may change them only with consent', text: 'Sikkerhetstiltakene står i vedlegg 2. Leverandøren kan endre dem bare med Kundens skriftlige samtykke.' },
    // an answer sheet's answer on a labelled line under the question: a "no" denies it
    { name: 'nb, answer sheet: "kan leverandøren endre tiltakene?" answered no', text: 'C7  Kan Leverandøren endre sikkerhetstiltakene på egen hånd?\n    Svar: Nei\n    Kommentar: Endringer avtales skriftlig.' },
    // a practice that is not the processor's own, or one that governs deletion, leaves no measure to it
    { name: 'en, industry standard practices', text: 'The Processor implements security measures in accordance with industry standard practices such as ISO 27001.' },
    { name: 'nb, backups deleted by the processor\'s routines (a deletion term)', text: 'Sikkerhetskopier slettes i henhold til Leverandørens ordinære rutiner for rullering.' },
    // the vendor's own policy, where the agreement names concrete measures as well; the controller's own policy
    { name: 'da, own policy beside concrete measures', scope: 'document', text: 'DATABEHANDLERAFTALE\n\n3. Sikkerhed\n\n3.1 Leverandøren træffer de foranstaltninger, der følger af Leverandørens sikkerhedspolitik.\n3.2 Dette omfatter som minimum kryptering af data i hvile og under overførsel, tofaktorautentificering for alle medarbejdere og daglig sikkerhedskopiering.\n\n4. Revision\n\nKunden kan foretage revision med 14 dages varsel.' },
    { name: "en, the customer's own security policy", scope: 'document', text: "DATA PROCESSING AGREEMENT\n\n3. Security\n\nThe Processor shall take the measures set out in the Customer's security policy.\n\n4. Audits\n\nThe Customer may audit the Processor on 14 days' notice." },
    // a kept level the controller judges; the controller's own risk assessment; measures that follow an annex
    "The Contractor may replace a listed security measure only with one that the Client considers to offer an equivalent level of protection.",
    "Tjenesteyter gjennomfører sikkerhetstiltakene i vedlegg 2 ut fra Virksomhetens egen risikovurdering.",
    "Säkerhetsåtgärderna följer bilaga 2 till detta avtal.",
    // the implemented measures change only with the controller
    'Leverandøren skal gjennomføre tiltakene i vedlegg 2. Tiltakene kan bare endres etter skriftlig avtale med Kunden.',
    "The Processor shall implement the measures described in Annex 2 and may not replace them without the Customer's approval.",
    // a change allowed only to improve security, or a promise not to weaken it in the next sentence, keeps an agreed minimum
    { name: 'en, changes only to improve the level of security', scope: 'document', text: "DATA PROCESSING ADDENDUM\n\nVendor: Acme Cloud, Inc. (\"Acme\")\n\n5. Security\n\n5.1 Acme will implement the technical and organisational measures described in Annex 2.\n5.2 Acme may change those measures only to improve the level of security and will notify Customer 30 days before a material change.\n\nANNEX 2 - TECHNICAL AND ORGANISATIONAL MEASURES\n\n- Encryption in transit (TLS 1.2 or higher) and at rest (AES-256).\n- Multi-factor authentication for all personnel.\n- Daily encrypted backups, restore tested quarterly.\n- Annual external penetration testing." },
    { name: 'en, the promise not to weaken in the next sentence', scope: 'document', text: "DATA PROCESSING ADDENDUM\n\nVendor: Acme Cloud, Inc. (\"Acme\")\n\n5. Security\n\n5.1 Acme will implement the technical and organisational measures described in Annex 2.\n5.2 Acme may change those measures. Acme will not decrease the overall security of the Services during the term.\n\nANNEX 2 - TECHNICAL AND ORGANISATIONAL MEASURES\n\n- Encryption in transit (TLS 1.2 or higher) and at rest (AES-256).\n- Multi-factor authentication for all personnel.\n- Daily encrypted backups, restore tested quarterly.\n- Annual external penetration testing." },
    { name: 'nb, endringer bare for å styrke sikkerheten', scope: 'document', text: "DATABEHANDLERAVTALE\n\nLeverandør: Nordsky AS (\"Leverandøren\")\n\n5. Sikkerhet\n\n5.1 Leverandøren skal gjennomføre sikkerhetstiltakene i vedlegg 2.\n5.2 Leverandøren kan endre tiltakene bare for å styrke sikkerheten.\n\nVedlegg 2 Sikkerhetstiltak\n\n- Kryptering under overføring og lagring.\n- Tofaktorautentisering for alle ansatte.\n- Daglig sikkerhetskopi.\n- Årlig penetrasjonstest." },
    // "set forth in" / "fastsatt i" a document: agreed when it is an annex, or when weakening needs approval
    'The security measures are set forth in Annex 2.',
    'The security measures are set forth in the Documentation. Changes that reduce the level of security require the Customer\'s prior written approval.',
    'Sikkerhetstiltakene er fastsatt i vedlegg 2 til denne avtalen.',
    'The Processor shall maintain the level of security of Annex 2 and may change individual measures only without lowering that level.',
    'The security measures are described in Annex 2; a summary is available at security.vendor.com.',
    // measures left to another agreement: not when this DPA names them or the annex holds them
    'The security measures set out in Annex 2 apply; the Master Services Agreement contains no further security terms.',
    'Sikkerhetstiltakene fremgår av vedlegg 2 til denne avtalen og ikke av hovedavtalen.',
    {
      text: 'Security. The security measures are set out in the Master Services Agreement, including encryption at rest, multi-factor authentication and daily backups.',
      scope: 'document',
      name: 'measures in the main agreement, but the DPA names concrete controls',
    },
    // own risk assessment with an agreed minimum and approval for weakening
    'Databehandleren skal gjennomføre en risikovurdering og minst iverksette tiltakene i vedlegg 2.',
    'The Processor shall implement the measures the Processor determines appropriate based on its own risk assessment, and at least those in Annex 2; no change may lower the level of security without the Controller\'s written approval.',
    'Vilka säkerhetsåtgärder som används bestämmer parterna gemensamt.',
    'Hvilke sikkerhetstiltak som skal gjelde, bestemmer vi i samråd med kunden.',
    'Databehandler skal gjennomføre de tekniske og organisatoriske sikkerhetstiltakene som er angitt i Vedlegg 2, herunder kryptering, tilgangsstyring og logging.',
    'The Processor may update the technical and organisational measures from time to time, provided that such updates do not reduce the overall level of security.',
    'Leverandoren kan endre sikkerhetstiltakene, men endringer som svekker sikkerhetsnivaet krever skriftlig godkjenning fra kunden.',
    'Biträdet ska vidta de tekniska och organisatoriska åtgärder som anges i bilaga 2.',
    'Behandlingsansvarlig bestemmer hvilke sikkerhetstiltak databehandler skal gjennomføre.',
    'The Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk, including encryption of personal data.',
    'Databehandleren skal vurdere risikoene og gjennomføre tiltak for å imøtegå dem.',
    'The Controller and the Processor shall determine the appropriate security measures together.',
    'The Processor may update the TOMs as long as the level of protection is maintained.',
    'The Processor may update the Security Measures provided that the overall level of security is not reduced.',
    // a sentence that opens with a noun on the measures, or with the customer, names no vendor
    'Security measures may be changed by the Customer at its discretion.',
    'Sikkerhetstiltakene kan endres av Kunden etter eget skjønn.',
    'Endringer i sikkerhetstiltakene kan bare gjøres av Kunden.',
    // a table written as text: a row's measure under a measure column, changed only with approval
    "Area | Measure | Change\nBackups | Daily encrypted copies | Only with the Customer's written approval",
    'Område | Tiltak | Endring\nTilgang | Tofaktorinnlogging | Bare etter skriftlig avtale med Kunden',
    // the customer named as the one who judges; the processor's judgement with the customer's approval still needed
    'Leverandøren endrer sikkerhetstiltakene etter Kundens skjønn.',
    "Changes to the security measures at Vendor's discretion require the Customer's prior written approval.",
    // a denial before "without" still denies the change
    'Leverandøren kan ikke uten Kundens samtykke endre sikkerhetstiltakene.',
    'The Processor may not, without the Customer\'s consent, change the security measures.',
    // prior approval written as one compound word ("forhåndsgodkjenning", "förhandsgodkännande") in the next sentence
    'Leverandøren kan justere sikkerhetstiltakene ved behov. Endringer som svekker sikkerhetsnivået, krever kundens forhåndsgodkjenning.',
    'Leverantören får ändra säkerhetsåtgärderna. Ändringar som kan försämra skyddsnivån kräver kundens förhandsgodkännande.',
    'Databehandleren kan ændre sikkerhedsforanstaltningerne. Ændringer, der svækker sikkerheden, kræver den dataansvarliges forhåndsgodkendelse.',
    'Databehandleren kan endre sikkerhetstiltakene uten å redusere sikkerhetsnivået.',
    'Ændringer i sikkerhedsforanstaltningerne kræver den dataansvarliges skriftlige godkendelse.',
    'Behandlingsansvarlig bestemmer hvilke sikkerhetstiltak databehandleren skal gjennomføre.',
    'The Processor may update the measures in Annex 2 from time to time, provided that they do not result in a degradation of the overall security.',
    {
      name: 'the safeguard in the next sentence',
      text: 'The Supplier may revise the security measures to follow technical developments. Changes that would lower the level of security need the Customer\'s written approval.',
    },
    {
      name: 'plain "tiltakene" after a security sentence, guarded in the next (æøå-less)',
      text: 'Leverandoren skal gjennomfore de tekniske og organisatoriske sikkerhetstiltakene i vedlegg 2. Leverandoren kan oppdatere tiltakene. Endringer som svekker sikkerhetsnivaet krever kundens skriftlige godkjenning.',
    },
    {
      name: 'measures against a breach are no security measures',
      text: 'Databehandler skal ha forsvarlige sikkerhetstiltak. Ved et sikkerhetsbrudd iverksetter databehandler de tiltak den anser nødvendige for å begrense skaden.',
    },
    {
      name: 'the controller decides which (plain) measures',
      text: 'The Processor shall implement the security measures in Annex 2. The Controller decides which measures are required for new services.',
    },
    {
      name: 'vendor terms: "we" may update, never below the annex',
      text: 'Vi kan oppdatere sikkerhetstiltakene, men aldri slik at sikkerhetsnivået blir lavere enn i vedlegg 2.',
    },
    {
      name: 'vendor terms: "you" choose which measures',
      text: 'Du velger selv hvilke sikkerhetstiltak vi skal aktivere for kontoen.',
    },
    {
      name: "the customer's own policy as updated",
      text: "The Processor shall implement security measures in accordance with the Customer's information security policy as updated from time to time.",
    },
    {
      name: 'a public authority\'s current guidelines (æøå-less)',
      text: 'Databehandleren skal gjennomfore sikkerhetstiltak i samsvar med gjeldende retningslinjer fra Direktoratet for e-helse.',
    },
    {
      name: '"material" in another part of the sentence',
      text: 'The Processor may update the security measures, provided that the level of security is not reduced and that any material change is notified to the Customer.',
    },
    {
      name: 'Swedish: the controller changes its policy',
      text: 'Biträdet följer den personuppgiftsansvariges säkerhetspolicy. Policyn kan ändras av den personuppgiftsansvarige.',
    },
    {
      name: 'a material weakening needs approval',
      text: 'Leverandøren kan endre sikkerhetstiltakene; endringer som vesentlig svekker sikkerhetsnivået krever Kundens skriftlige godkjenning.',
    },
    {
      name: 'customer-written terms where "vi" is the customer',
      scope: 'document',
      text: 'Avtalen gjelder mellom Bergvik kommune («Kommunen» eller «vi») og Nettdrift AS («Leverandøren»).\n\n4 Informasjonssikkerhet\n\nVi bestemmer hvilke sikkerhetstiltak Leverandøren skal gjennomføre.',
    },
    // whole documents: generic measures are enough when the agreement names concrete ones somewhere
    {
      name: 'document: appropriate measures, concrete ones in the annex',
      scope: 'document',
      text: 'Data Processing Agreement\n\n5. Security\n\n5.1 The Supplier shall implement appropriate technical and organisational measures to protect the personal data.\n\nAnnex 2 Security measures\n\n- Encryption of data at rest and in transit\n- Two-factor authentication for all administrators\n- Daily backups stored in a separate location',
    },
    {
      name: 'document: nb, concrete measures in the same section',
      scope: 'document',
      text: 'Databehandleravtale\n\n4. Sikkerhet\n\n4.1 Leverandøren skal gjennomføre nødvendige tekniske og organisatoriske sikkerhetstiltak, herunder kryptering, tofaktorautentisering, tilgangskontroll og daglig sikkerhetskopiering.',
    },
    {
      name: 'document: a no-weakening promise against a concrete annex',
      scope: 'document',
      text: 'Data Processing Agreement\n\n4. Security\n\n4.1 The Supplier may update the Security Measures from time to time, provided that the updates do not degrade the overall security of the Service.\n\nAnnex 2 Security measures\n\n- Encryption in transit (TLS 1.2 or higher)\n- Role-based access control\n- Backups every night',
    },
    {
      name: 'document: assisting the controller by appropriate measures is another duty',
      scope: 'document',
      text: 'Data Processing Agreement\n\n6. Assistance\n\nThe Supplier shall assist the Customer by appropriate technical and organisational measures in responding to requests from data subjects.',
    },
    {
      name: 'document: the controller\'s own measures',
      scope: 'document',
      text: 'Data Processing Agreement\n\n3. The Customer\'s duties\n\nThe Customer shall implement appropriate technical and organisational measures for its own systems.',
    },
    // agentless changes the parties must agree, and a web page attached as an annex
    'The security measures may only be changed by written agreement between the parties.',
    'Sikkerhetstiltakene kan bare endres etter skriftlig avtale mellom partene.',
    'Ändringar av säkerhetsåtgärderna får endast göras efter skriftligt godkännande av den personuppgiftsansvarige.',
    {
      name: 'document: the standard contractual clauses leave the measures to their Annex II',
      scope: 'document',
      text: 'Standard Contractual Clauses\n\nClause 8\n\nThe data importer shall implement appropriate technical and organisational measures to ensure the security of the data.',
    },
    {
      name: 'document: the parties assess the appropriate level of security',
      scope: 'document',
      text: 'Databehandleravtale\n\n5. Sikkerhet\n\nVed vurderingen av hva som er et passende sikkerhetsnivå, skal partene ta hensyn til risikoen.',
    },
    'The Security Measures in Annex 2, as amended by written agreement of the parties, apply to the processing.',
    'The Security Measures are the measures in Annex 2, as updated by the Customer.',
    // a decision said with a noun ("fatte beslutning", "make decisions") that is the controller's or the parties'
    'Behandlingsansvarlig fatter beslutning om hvilke sikkerhetstiltak som skal iverksettes.',
    'Partene fatter i fellesskap beslutning om hvilke sikkerhetstiltak som skal iverksettes.',
    'The Customer makes the decision on which security measures apply.',
    // routines of information security that are the controller's, or change only with its approval; routines on another topic
    'Behandlingsansvarlig ivaretar informasjonssikkerheten i egne systemer etter egne rutiner, som behandlingsansvarlig kan endre.',
    'Vendor manages information security under its own procedures and may change those procedures only with the Customer\'s prior written approval.',
    'Leverandøren har rutiner for fakturering som Leverandøren kan endre ved behov.',
    { name: 'nn: changes need the controller\'s written approval', text: 'Handsamaren kan ikkje endre tryggleikstiltaka utan skriftleg godkjenning frå verksemda.' },
    { name: 'en: a checklist line ticked no', text: 'Security checklist\n☐ Yes ☒ No – Vendor may change the security measures at its discretion' },
    { name: 'nb: a checklist line ticked no', text: 'Sikkerhetstiltak\n☐ Ja ☒ Nei – Leverandøren kan endre sikkerhetstiltakene etter eget skjønn' },
  ],
  invalid: [
    // the processor's own policy named as the only source of the measures
    { name: 'en, governed exclusively by the vendor\'s policy', text: 'Security of the processing is governed exclusively by the Supplier\'s Information Security Policy.', messageId: 'measures-elsewhere' },
    { name: 'sv, regulated only by the supplier\'s policy', text: 'Säkerhetsåtgärderna regleras uteslutande av Leverantörens säkerhetspolicy.', messageId: 'measures-elsewhere' },
    { name: 'sv, the supplier may replace the measures without approval', scope: 'document', text: 'PERSONUPPGIFTSBITRÄDESAVTAL\n\n6. Säkerhet\n\n6.1 Leverantören ska vidta de åtgärder som framgår av Bilaga 2.\n\n6.2 Leverantören får ersätta åtgärderna i Bilaga 2 utan Kundens godkännande.', messageId: 'processor-may-change', at: 'ersätta åtgärderna' },
    // a pronoun after the change verb stands for the measures named before it
    { name: 'en, a definition: the measures, as the vendor may modify them', text: '"Security Measures" means the technical and organizational measures described in the Security Overview, as the Supplier may modify them from time to time in its sole discretion.', messageId: 'processor-may-change', at: 'technical and organizational measures' },
    { name: 'nb, the measures in an annex, and the vendor may change them', text: 'Sikkerhetstiltakene står i vedlegg 2, og Leverandøren kan endre dem når som helst.', messageId: 'processor-may-change', at: 'Sikkerhetstiltakene' },
    { name: 'nb, answer sheet: "kan leverandøren endre tiltakene?" answered yes', text: 'C7  Kan Leverandøren endre sikkerhetstiltakene uten Kundens godkjenning?\n    Svar: Ja', messageId: 'processor-may-change', at: 'endre sikkerhetstiltakene' },
    { name: 'en, one-line answer: security per the supplier\'s standard practices', text: 'Information security: according to the Supplier\'s standard practices.', messageId: 'measures-own-practice', at: 'according to the Supplier\'s standard practices' },
    { name: 'nb, security kept by the processor\'s own routines', text: 'Leverandøren ivaretar informasjonssikkerheten i samsvar med egne rutiner.', messageId: 'measures-own-practice', at: 'i samsvar med egne rutiner' },
    { name: 'sv, measures per the supplier\'s internal routines', text: 'Leverantören vidtar säkerhetsåtgärder enligt Leverantörens interna rutiner.', messageId: 'measures-own-practice', at: 'enligt Leverantörens interna rutiner' },
    // "likevel" right after the modal is an adverb in the predicate, no new clause part
    { name: 'nb: may nevertheless change the measures without approval', text: 'Leverandøren kan likevel endre sikkerhetstiltakene uten Kundens godkjenning.', messageId: 'processor-may-change', at: 'endre sikkerhetstiltakene' },
    // the measures are those of the vendor's own policy, and the agreement names none (b6-168's shape)
    { name: 'da, measures that follow from the vendor\'s own policy', scope: 'document', text: 'DATABEHANDLERAFTALE\n\n3. Sikkerhed\n\nLeverandøren træffer de foranstaltninger, der følger af Leverandørens sikkerhedspolitik.\n\n4. Revision\n\nKunden kan foretage revision med 14 dages varsel.', messageId: 'measures-own-policy', at: 'Leverandøren træffer de foranstaltninger' },
    { name: 'en, measures set out in our security policy', scope: 'document', text: 'DATA PROCESSING AGREEMENT\n\n3. Security\n\nWe take the measures set out in our security policy.\n\n4. Audits\n\nYou may audit us on 14 days\' notice.', messageId: 'measures-own-policy', at: 'We take the measures' },
    // plain "measures" that the processor implements are the security measures, and a later part lets it swap them at its discretion
    { name: 'en, implement the measures in an annex, however substitute at its sole discretion', text: 'Vendor shall implement the measures listed in Schedule B; however, Vendor may replace any measure with another that Vendor, in its sole discretion, finds equivalent.', messageId: 'processor-discretion', at: 'measure with another that Vendor, in its sole discretion' },
    { name: 'nb, gjennomføre tiltakene i vedlegget, men erstatte etter eget skjønn', text: 'Leverandøren skal gjennomføre tiltakene i vedlegg 2, men Leverandøren kan erstatte et tiltak med et annet etter eget skjønn.', messageId: 'processor-discretion', at: 'tiltakene i vedlegg 2, men Leverandøren kan erstatte et tiltak med et annet etter eget skjønn' },
    { name: 'sv, genomföra åtgärderna i bilagan, men ersätta enligt egen bedömning', text: 'Biträdet ska genomföra åtgärderna i bilaga 2, men biträdet får ersätta en åtgärd enligt egen bedömning.', messageId: 'processor-discretion', at: 'åtgärderna i bilaga 2, men biträdet får ersätta en åtgärd enligt egen bedömning' },
    // a table written as text: the cell under a measure column is the measure the row speaks of
    { text: 'Area | Security measure | Change\nBackups | Daily encrypted copies | Vendor may replace it at its discretion', messageId: 'processor-discretion', at: 'at its discretion', name: 'en, table: measure column' },
    { text: 'Område | Tiltak | Endring\nTilgang | Tofaktorinnlogging | Leverandøren kan endre det etter eget skjønn', messageId: 'processor-discretion', at: 'etter eget skjønn', name: 'nb, table: measure column' },
    // the processor named as the one who judges ("at Vendor's discretion", "etter Leverandørens skjønn"), also of a promise not to weaken
    { text: "The security measures may be adjusted at Vendor's sole discretion.", messageId: 'processor-discretion', at: "at Vendor's sole discretion", name: 'en, discretion in the genitive' },
    { text: 'Säkerhetsåtgärderna kan ändras enligt leverantörens bedömning.', messageId: 'processor-discretion', at: 'enligt leverantörens bedömning', name: 'sv, discretion in the genitive' },
    { text: 'Leverandøren kan endre sikkerhetstiltakene når det etter Leverandørens vurdering ikke svekker sikkerhetsnivået.', messageId: 'processor-discretion', at: 'etter Leverandørens vurdering', name: 'nb, a no-weakening promise the processor judges' },
    // "without" names what is missing; it does not deny the change
    { text: 'Databehandleren kan uden forudgående godkendelse ændre sikkerhedsforanstaltningerne.', messageId: 'processor-may-change', at: 'ændre', name: 'da, uden godkendelse' },
    { text: 'Vendor may without notice or consent update the security measures.', messageId: 'processor-may-change', at: 'update', name: 'en, without consent' },
    // a name the document never tied to a role (the provider the vendor runs the service on) acts for the vendor
    { text: 'Brightway may change its security program and the listed measures at its discretion.', messageId: 'processor-discretion', at: 'at its discretion', name: 'en, an unroled name opens the sentence' },
    { text: 'Skyverk kan endre sikkerhetstiltakene etter eget skjønn.', messageId: 'processor-discretion', at: 'etter eget skjønn', name: 'nb, an unroled name opens the sentence' },
    // "without prior approval" written as one compound word still leaves the change to the processor
    { text: 'Leverandøren kan justere sikkerhetstiltakene uten kundens forhåndsgodkjenning.', messageId: 'processor-may-change', at: 'justere', name: 'nb, uten forhåndsgodkjenning' },
    { text: 'Leverantören får ändra säkerhetsåtgärderna utan kundens förhandsgodkännande.', messageId: 'processor-may-change', at: 'ändra', name: 'sv, utan förhandsgodkännande' },
    { name: 'en, may change the agreed measures at any time', scope: 'document', text: "DATA PROCESSING ADDENDUM\n\nVendor: Acme Cloud, Inc. (\"Acme\")\n\n5. Security\n\n5.1 Acme will implement the technical and organisational measures described in Annex 2.\n5.2 Acme may change those measures at any time.\n\nANNEX 2 - TECHNICAL AND ORGANISATIONAL MEASURES\n\n- Encryption in transit (TLS 1.2 or higher) and at rest (AES-256).\n- Multi-factor authentication for all personnel.\n- Daily encrypted backups, restore tested quarterly.\n- Annual external penetration testing.", messageId: 'processor-may-change', at: 'change those measures' },
    { text: 'The Processor shall maintain an information security programme and may change it as it reasonably considers necessary.', messageId: 'processor-discretion', at: 'considers necessary', name: 'maintaining a programme is no level kept' },
    { text: 'Vendor shall maintain a written security policy and may update the security policy at any time.', messageId: 'processor-may-change', at: 'update', name: 'maintaining a policy is no level kept' },
    { text: 'Leverandøren skal opprettholde sine sikkerhetsrutiner og kan endre sikkerhetsrutinene ved behov.', messageId: 'processor-may-change', at: 'endre', name: 'nb' },
    { text: 'Vendor shall implement the security measures described at security.vendor.com/dpa.', messageId: 'measures-elsewhere', at: 'security measures' },
    { text: 'Leverandøren gjennomfører sikkerhetstiltakene som er beskrevet på trust.leverandor.no.', messageId: 'measures-elsewhere', at: 'sikkerhetstiltakene', name: 'nb bare domain' },
    { text: 'The security measures applicable to the Services are set out in the Master Services Agreement.', messageId: 'measures-other-agreement', at: 'Master Services Agreement' },
    { text: 'Sikkerhetstiltakene følger av hovedavtalen mellom partene.', messageId: 'measures-other-agreement', at: 'hovedavtalen', name: 'nb' },
    { text: 'Säkerhetsåtgärderna framgår av huvudavtalet.', messageId: 'measures-other-agreement', at: 'huvudavtalet', name: 'sv' },
    { text: 'Supplier shall implement such security measures as Supplier determines appropriate.', messageId: 'processor-discretion', at: 'determines appropriate' },
    { text: 'Leverandøren gjennomfører sikkerhetstiltak basert på egen risikovurdering.', messageId: 'processor-discretion', at: 'basert på egen risikovurdering', name: 'nb' },
    { text: 'Leverandoren gjennomforer sikkerhetstiltak ut fra sin egen risikovurdering.', messageId: 'processor-discretion', at: 'ut fra sin egen', name: 'without æøå' },
    { text: 'Leverantören vidtar säkerhetsåtgärder utifrån sin egen riskbedömning.', messageId: 'processor-discretion', at: 'utifrån sin egen riskbedömning', name: 'sv' },
    { text: 'Vilka säkerhetsåtgärder som används bestämmer Leverantören själv utifrån sin egen riskbedömning.', messageId: 'processor-decides', at: 'bestämmer', name: 'sv inversion' },
    { text: 'Hvilke sikkerhetstiltak som brukes, bestemmer vi selv.', messageId: 'processor-decides', at: 'bestemmer' },
    // the processor's own routines for information security, which it may change (also across a hyphen line break)
    { text: 'Leverandøren håndterer informasjonssikkerheten etter egne rutiner, som Leverandøren kan endre ved behov.', messageId: 'processor-may-change', at: 'endre', name: 'nb, own routines' },
    { text: 'Vendor manages information security under its own procedures, which Vendor may change as needed.', messageId: 'processor-may-change', at: 'procedures', name: 'en, own procedures' },
    { text: 'Leverantören hanterar informationssäkerheten enligt egna rutiner, som Leverantören får ändra vid behov.', messageId: 'processor-may-change', at: 'ändra', name: 'sv, own routines' },
    { text: 'Databehandleren varetager informationssikkerheden efter egne proce-\ndurer, som Databehandleren kan ændre efter behov.', messageId: 'processor-may-change', at: 'ændre', name: 'da, hyphen-broken' },
    // a decision said with a noun and a light verb
    { text: 'Leverandøren fatter alene beslutninger om hvilke sikkerhetstiltak som gjelder.', messageId: 'processor-decides', at: 'fatter alene beslutninger', name: 'nb, fatte beslutning' },
    { text: 'Biträdet fattar beslut om vilka säkerhetsåtgärder som ska vidtas.', messageId: 'processor-decides', at: 'fattar beslut', name: 'sv, fatta beslut' },
    { text: 'The Processor makes all decisions on which technical and organisational measures apply.', messageId: 'processor-decides', at: 'makes all decisions', name: 'en, make decisions' },
    { text: 'Databehandleren træffer afgørelse om, hvilke tekniske og organisatoriske foranstaltninger der skal gennemføres.', messageId: 'processor-decides', at: 'træffer afgørelse', name: 'da, træffe afgørelse' },
    { text: 'Hvilke sikkerhetstiltak som brukes, bestemmer Databehandler selv.', messageId: 'processor-decides', at: 'sikkerhetstiltak' },
    { text: 'Hvilke sikkerhedsforanstaltninger der anvendes, afgør Databehandleren selv.', messageId: 'processor-decides', at: 'afgør', name: 'da' },
    {
      text: 'Databehandler har rett til å bestemme hvilke tekniske og organisatoriske sikkerhetstiltak som skal gjelde.',
      messageId: 'processor-decides',
      at: 'bestemme hvilke',
    },
    {
      text: 'The Processor shall determine which security measures are appropriate for the Service.',
      messageId: 'processor-decides',
      at: 'determine which security measures',
    },
    {
      name: 'OCR noise: the processor decides',
      text: 'Databehandler har da rett og plikt til 8 fatte vedtak om hvilke tekniske og organisatoriske sikkerhetstiltak som skal iverksettes for 3 oppn3 et forsvarlig sikkerhetsniv8.',
      messageId: 'processor-decides',
      at: 'fatte vedtak om hvilke',
    },
    {
      text: 'The Processor will implement such security measures as it deems appropriate.',
      messageId: 'processor-discretion',
      at: 'deems appropriate',
    },
    {
      name: 'æøå-less: free to change',
      text: 'Leverandoren kan fortlopende endre sikkerhetstiltakene.',
      messageId: 'processor-may-change',
      at: 'endre sikkerhetstiltakene',
    },
    {
      name: 'Swedish: may change the measures',
      text: 'Leverantören får när som helst ändra säkerhetsåtgärderna.',
      messageId: 'processor-may-change',
      at: 'ändra säkerhetsåtgärderna',
    },
    {
      text: 'The technical and organisational measures are described in the Processor\'s security policy published on its website, as updated from time to time.',
      messageId: 'measures-elsewhere',
      at: 'security policy',
    },
    {
      name: 'Danish: the processor decides, and changes without approval',
      text: 'Det er databehandleren, der træffer beslutning om, hvilke tekniske og organisatoriske sikkerhedsforanstaltninger der er passende.',
      messageId: 'processor-decides',
      at: 'træffer beslutning',
    },
    {
      name: 'Danish: without approval is no safeguard',
      text: 'Databehandleren kan ændre sikkerhedsforanstaltningerne uden den dataansvarliges godkendelse.',
      messageId: 'processor-may-change',
      at: 'ændre sikkerhedsforanstaltningerne',
    },
    { text: 'Sikkerhetstiltakene fastsettes av Leverandøren.', messageId: 'processor-decides', at: 'fastsettes' },
    { text: 'Biträdet äger rätt att ändra säkerhetsåtgärderna.', messageId: 'processor-may-change', at: 'ändra' },
    { text: 'The Processor may modify its security practices at any time.', messageId: 'processor-may-change', at: 'modify' },
    {
      name: 'a policy at a URL, as updated',
      text: 'Processor will maintain the security measures described at https://example.com/security, as updated from time to time.',
      messageId: 'measures-elsewhere',
      at: 'as updated from time to time',
    },
    {
      name: 'æøå-less: plain "tiltak" after a security sentence, the processor decides',
      text: 'Leverandoren skal ha egnede tekniske og organisatoriske sikkerhetstiltak. Leverandoren bestemmer selv hvilke tiltak som er nodvendige.',
      messageId: 'processor-decides',
      at: 'bestemmer selv hvilke tiltak',
    },
    {
      name: 'plain "measures" after a security sentence, changed at will',
      text: 'The Vendor maintains technical and organisational security measures. The Vendor may change these measures at any time without notice.',
      messageId: 'processor-may-change',
      at: 'change these measures',
    },
    {
      name: 'Danish: plain "foranstaltningerne" changed without notice',
      text: 'Databehandleren gennemfører passende tekniske og organisatoriske sikkerhedsforanstaltninger. Databehandleren kan ændre foranstaltningerne uden varsel.',
      messageId: 'processor-may-change',
      at: 'ændre foranstaltningerne',
    },
    {
      name: 'OCR noise: plain "tiltakene" changed without notice',
      text: 'Databehandler skal ha forsvarlige sikkerhetstiltak. Databehandler kan n8r som helst endre tiltakene uten forh8ndsvarsel.',
      messageId: 'processor-may-change',
      at: 'endre tiltakene',
    },
    {
      name: 'Swedish: the processor decides which (plain) measures',
      text: 'Biträdet vidtar lämpliga säkerhetsåtgärder. Biträdet bestämmer själv vilka åtgärder som krävs.',
      messageId: 'processor-decides',
      at: 'bestämmer själv vilka åtgärder',
    },
    {
      name: 'plain "measures" under a security heading',
      scope: 'document',
      text: '7. Informasjonssikkerhet\n\nLeverandøren velger hvilke tiltak som skal gjelde for tjenesten.',
      messageId: 'processor-decides',
      at: 'velger hvilke tiltak',
    },
    {
      name: 'vendor terms: "vi" choose the measures (æøå-less)',
      text: 'Vi bestemmer selv hvilke sikkerhetstiltak som brukes i tjenesten, og vi kan justere dem fortlopende.',
      messageId: 'processor-decides',
      at: 'bestemmer selv hvilke sikkerhetstiltak',
    },
    {
      name: 'vendor terms: "our" web page, which "we" may revise',
      text: 'We maintain the security controls listed on our trust page, which we may revise from time to time.',
      messageId: 'measures-elsewhere',
      at: 'trust page',
    },
    {
      name: 'only a "material" weakening is ruled out',
      text: 'The Supplier may change the security measures at any time, provided the changes do not materially lower the overall protection.',
      messageId: 'processor-may-change',
      at: 'change the security measures',
    },
    {
      name: 'æøå-less: may drop measures unless "vesentlig" weaker',
      text: 'Leverandoren kan fjerne enkelte sikkerhetstiltak dersom sikkerhetsnivaet ikke svekkes vesentlig.',
      messageId: 'processor-may-change',
      at: 'fjerne enkelte sikkerhetstiltak',
    },
    {
      name: "Swedish: in line with the processor's current policy",
      text: 'Leverantören vidtar säkerhetsåtgärder enligt sin vid var tid gällande säkerhetspolicy.',
      messageId: 'measures-elsewhere',
      at: 'vid var tid gällande',
    },
    {
      name: 'Danish: measures adapted at its own assessment',
      text: 'Databehandleren tilpasser sikkerhedsforanstaltningerne efter egen vurdering.',
      messageId: 'processor-discretion',
      at: 'efter egen vurdering',
    },
    {
      name: 'the document described, and updated in the next sentence',
      text: 'The Provider implements the security measures described in its online documentation. The documentation may be updated by the Provider from time to time.',
      messageId: 'measures-elsewhere',
      at: 'described in its online documentation',
    },
    {
      name: 'OCR noise: the policy changed by the vendor',
      text: 'Leverand@ren gjennomf@rer sikkerhetstiltak etter sin informasjonssikkerhetspolicy, og policyen kan til enhver tid endres av Leverand@ren.',
      messageId: 'measures-elsewhere',
      at: 'informasjonssikkerhetspolicy',
    },
    {
      name: 'a vendor named in the parties section decides (plain "tiltak" under a security heading)',
      scope: 'document',
      text: 'Avtalen gjelder mellom Kunden og Nordlys Drift AS («Nordlys» eller «leverandøren»).\n\n4 Informasjonssikkerhet\n\nNordlys fastsetter selv hvilke tiltak som skal gjelde.',
      messageId: 'processor-decides',
      at: 'fastsetter selv hvilke tiltak',
    },
    {
      name: 'a vendor named by "X is the processor" changes at its discretion',
      scope: 'document',
      text: 'Data Processing Terms\n\n1. Roles\n\nCustomer is the controller and Brightwave is the processor.\n\n5. Security\n\nBrightwave may update the technical and organisational measures at its discretion, provided that such updates do not significantly reduce security.',
      messageId: 'processor-discretion',
      at: 'at its discretion',
    },
    // whole documents that name no concrete minimum anywhere
    {
      name: 'document: only appropriate measures, no concrete minimum',
      scope: 'document',
      text: 'Data Processing Agreement\n\n5. Security\n\n5.1 The Supplier shall implement appropriate technical and organisational measures to protect the personal data.\n\n6. Confidentiality\n\nThe Supplier shall keep the personal data confidential.',
      messageId: 'no-concrete-minimum',
      at: 'appropriate technical and organisational measures',
    },
    {
      name: 'document: nb, only necessary measures',
      scope: 'document',
      text: 'Databehandleravtale\n\n4. Sikkerhet\n\n4.1 Leverandøren skal gjennomføre nødvendige tekniske og organisatoriske sikkerhetstiltak for å beskytte personopplysningene.',
      messageId: 'no-concrete-minimum',
      at: 'nødvendige tekniske og organisatoriske sikkerhetstiltak',
    },
    {
      name: 'document: nb without æøå, passive',
      scope: 'document',
      text: 'Databehandleravtale\n\n4. Informasjonssikkerhet\n\nBehandlingen skal sikres med forsvarlige tekniske og organisatoriske sikkerhetstiltak.',
      messageId: 'no-concrete-minimum',
      at: 'forsvarlige tekniske og organisatoriske sikkerhetstiltak',
    },
    {
      name: 'document: sv, only suitable measures',
      scope: 'document',
      text: 'Personuppgiftsbiträdesavtal\n\n5. Säkerhet\n\nBiträdet ska vidta lämpliga tekniska och organisatoriska åtgärder för att skydda personuppgifterna.',
      messageId: 'no-concrete-minimum',
      at: 'lämpliga tekniska och organisatoriska åtgärder',
    },
    {
      name: 'document: da, only adequate measures',
      scope: 'document',
      text: 'Databehandleraftale\n\n5. Sikkerhed\n\nDatabehandleren skal træffe passende tekniske og organisatoriske foranstaltninger for at beskytte personoplysningerne.',
      messageId: 'no-concrete-minimum',
      at: 'passende tekniske og organisatoriske foranstaltninger',
    },
    {
      name: 'document: we, industry-standard practices',
      scope: 'document',
      text: 'Data Processing Addendum\n\nSchedule B Security\n\nWe follow industry-standard security practices to protect Customer Data.',
      messageId: 'no-concrete-minimum',
      at: 'industry-standard security practices',
    },
    {
      name: 'document: a no-weakening promise with no agreed minimum to measure it by',
      scope: 'document',
      text: 'Data Processing Agreement\n\n4. Security\n\n4.1 The Supplier may update the Security Measures from time to time at its discretion, provided that the updates do not degrade the overall security of the Service.',
      messageId: 'processor-discretion',
      at: 'at its discretion',
    },
    {
      name: 'document: plain "measures" after a numbered security sentence, "no compromise" with nothing agreed',
      scope: 'document',
      text: 'Data Processing Agreement\n\n1. Data protection\n\n1. The Processor shall take appropriate technical and organizational measures.\n\n1. The Processor may adjust the measures during the contract, provided there is no reduction of the agreed level of security.',
      messageId: 'processor-may-change',
      at: 'adjust the measures',
    },
    { text: 'The security measures may be updated from time to time.', messageId: 'processor-may-change', at: 'updated', name: 'agentless passive' },
    { text: 'Sikkerhetstiltakene kan endres fra tid til annen.', messageId: 'processor-may-change', at: 'endres', name: 'nb s-passive, no one named' },
    { text: 'Säkerhetsåtgärderna kan uppdateras löpande.', messageId: 'processor-may-change', at: 'uppdateras', name: 'sv s-passive' },
    { text: 'Our technical and organisational measures are described on our security page at https://example.com/security.', messageId: 'measures-elsewhere', name: 'a web page is changeable by nature' },
    { text: 'Sikkerhetstiltakene er beskrevet pa var nettside.', messageId: 'measures-elsewhere', name: 'nb web page, æøå-less' },
    { text: '"Security Measures" means the technical and organisational measures in Annex 2, as updated by Vendor from time to time.', messageId: 'processor-may-change', at: 'as updated by Vendor', name: 'a defined term that carries a change right' },
    { text: 'Leverandøren skal gjennomføre sikkerhetstiltakene i vedlegg 2, slik de til enhver tid er oppdatert av Leverandøren.', messageId: 'processor-may-change', at: 'oppdatert av Leverandøren', name: 'nb' },
    { text: 'Biträdet ska vidta säkerhetsåtgärderna i bilaga 2, som uppdateras löpande.', messageId: 'processor-may-change', at: 'uppdateras löpande', name: 'sv' },
    { text: 'The security measures applicable to the Services are set forth in the Agreement and the Documentation, each as Provider may update from time to time.', messageId: 'measures-elsewhere', at: 'set forth', name: 'en: "set forth in" the processor\'s documentation, updated at will' },
    { text: 'Sikkerhetstiltakene er fastsatt i Leverandørens dokumentasjon, slik den til enhver tid lyder.', messageId: 'measures-elsewhere', at: 'fastsatt', name: 'nb: "fastsatt i"' },
    { text: 'Sikkerhetstiltakene er fastsatt i Leverandorens dokumentasjon, slik den til enhver tid lyder.', messageId: 'measures-elsewhere', at: 'fastsatt', name: 'nb without æøå' },
    { text: 'Säkerhetsåtgärderna fastställs i Leverantörens dokumentation, som Leverantören kan uppdatera vid var tid.', messageId: 'measures-elsewhere', at: 'fastställs', name: 'sv: "dokumentation" is the processor\'s document' },
    { text: 'Sikkerhedsforanstaltningerne er fastsat i Leverandørens dokumentation, som Leverandøren løbende kan opdatere.', messageId: 'measures-elsewhere', at: 'fastsat', name: 'da' },
    { text: 'Handsamaren avgjer sjølv kva tryggleikstiltak som skal gjelde.', messageId: 'processor-decides', at: 'avgjer sjølv kva tryggleikstiltak', name: 'nn: handsamaren decides' },
    { text: 'Handsamaren kan endre tryggleikstiltaka når handsamaren finn det tenleg.', messageId: 'processor-discretion', at: 'finn det tenleg', name: 'nn: when the processor finds it fit (tenleg)' },
    { text: 'Security checklist (Yes/No)\n☒ Yes ☐ No – Backups are encrypted\n☒ Yes ☐ No – The Supplier may alter measures at its own discretion', messageId: 'processor-discretion', at: 'measures at its own discretion', name: 'en: a checklist line ticked yes, under a list title on security' },
    { text: 'Sikkerhetstiltak\n☒ Ja ☐ Nei – Leverandøren kan endre sikkerhetstiltakene etter eget skjønn', messageId: 'processor-discretion', at: 'etter eget skjønn', name: 'nb: a checklist line ticked yes' },
    // a kept level only the processor judges is no safeguard
    { text: "The Contractor may replace any security measure with another that the Contractor believes gives an equivalent level of protection.", messageId: "processor-may-change", at: "replace", name: "en: equivalence judged by the processor" },
    // the processor's own judgement as a genitive; a passive choice
    { text: "Sikkerhetstiltakene fastsettes av Tjenesteyter basert på Tjenesteyters egen risikovurdering.", messageId: "processor-decides", at: "fastsettes", name: "nb: Tjenesteyter, passive" },
    { text: "Sikkerhetstiltak settes i verk av Oppdragstaker ut fra Oppdragstakers egen risikovurdering.", messageId: "processor-discretion", at: "egen risikovurdering", name: "nb: the processor's own risk assessment, by name" },
    { text: "The security controls are chosen by the Contractor.", messageId: "processor-decides", at: "chosen", name: "en: chosen by the Contractor" },
    // measures that follow the processor's current policy (sv/da 'följer'/'følger')
    { text: "Säkerhetsåtgärderna följer Uppdragstagarens vid var tid gällande säkerhetspolicy.", messageId: "measures-elsewhere", at: "säkerhetspolicy", name: "sv: följer the processor's current policy" },
    { text: "Sikkerhedsforanstaltningerne følger Leverandørens til enhver tid gældende sikkerhedspolitik.", messageId: "measures-elsewhere", at: "sikkerhedspolitik", name: "da: følger the processor's current policy" },
  ],
});
