// Table of clauses for the security-unilateral rule: the processor deciding or changing the
// security measures alone, or measures left to its own changeable document, are flagged;
// agreed concrete measures and changes that keep the level of security are not.
import { testRule } from '../rule-tester';

testRule('security-unilateral', {
  valid: [
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
  ],
  invalid: [
    { text: 'Vilka säkerhetsåtgärder som används bestämmer Leverantören själv utifrån sin egen riskbedömning.', messageId: 'processor-decides', at: 'bestämmer', name: 'sv inversion' },
    { text: 'Hvilke sikkerhetstiltak som brukes, bestemmer vi selv.', messageId: 'processor-decides', at: 'bestemmer' },
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
  ],
});
