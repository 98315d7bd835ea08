// Table of clauses for the subprocessor-change rule: free changes, short or qualified notice,
// a mere duty to inform, and no objection right are flagged; 14+ days' notice with an objection
// right is not.
import { testRule } from '../rule-tester';

testRule('subprocessor-change', {
  valid: [
    'Databehandler skal varsle behandlingsansvarlig skriftlig minst 30 dager før en ny underleverandør tas i bruk. Behandlingsansvarlig kan protestere mot endringen.',
    'The Processor shall notify the Controller in writing at least fourteen (14) days before adding or replacing any Sub-processor, and the Controller may object to the change.',
    'Leverandoren skal varsle kunden minst 14 dager for nye underleverandorer tas i bruk, og kunden kan fremme innsigelse mot endringen.',
    'Biträdet ska skriftligen underrätta den personuppgiftsansvarige minst 30 dagar innan ett nytt underbiträde anlitas. Den personuppgiftsansvarige har rätt att invända mot ändringen.',
    {
      name: 'notice and objection right in different sentences of one section',
      text: '5. Underleverandører\n\nDatabehandler skal gi skriftlig varsel om tilføyelse eller utskiftning av underleverandører.\n\nVarselet skal gis minst 21 dager før endringen trer i kraft.\n\nBehandlingsansvarlig kan motsette seg endringen innen 10 dager etter mottatt varsel.',
    },
    'The Processor shall not engage another processor without prior specific written authorisation of the Controller.',
    'Databehandler hefter fullt ut overfor behandlingsansvarlig for underleverandørens oppfyllelse av sine forpliktelser.',
    'The Customer may at any time request a list of new sub-processors.',
    'The Processor shall notify the Controller in writing at least 14 calendar days before engaging a new sub-processor, and the Controller may object.',
    'The Processor shall notify the Controller no less than 10 working days before engaging a new sub-processor, and the Controller may object.',
    {
      name: 'Danish: months of notice with the objection right right after',
      text: 'Databehandleren underretter skriftligt den dataansvarlige om planlagte ændringer vedrørende tilføjelse eller udskiftning af underdatabehandlere med mindst 3 måneders varsel, så den dataansvarlige kan gøre indsigelse.',
    },
    'Customer can subscribe to e-mail notices of new sub-processors. Processor sends such notice at least 30 days before a new sub-processor starts, and Customer may object in writing within that period.',
    'Leverandøren underretter kunden om nye underdatabehandlere 45 dage i forvejen, og kunden kan gøre indsigelse inden for 14 dage.',
    'Databehandler varsler kunden om bytte av underleverandorer 30 dager i forkant, og kunden kan protestere.',
    'The Client may approve new subcontractors without the Supplier\'s consent.',
    // another topic that names sub-processors in passing: an audit's notice is no sub-processor notice
    'Kunden kan gjennomføre revisjon hos Leverandøren og hos underleverandører med rimelig varsel, normalt ti virkedager.',
    'The Customer may audit the Processor and its Sub-processors on reasonable notice, generally five business days.',
    'Den personuppgiftsansvarige får granska biträdet och dess underbiträden med skäligt varsel, normalt fem arbetsdagar.',
    'Databehandler skal varsle kunden om avvik hos underleverandorer innen 24 timer.',
    'Leverandøren kan ikke bytte ut underleverandører uten 30 dagers forhåndsvarsel, heller ikke i hastetilfeller, og kunden kan protestere.',
    'The Processor shall notify the Customer 30 days before a new Sub-processor is engaged, and the Customer may object within 10 days thereafter.',
  ],
  invalid: [
    { text: 'Leverandøren har rett til fritt å bytte ut eller legge til nye underleverandører.', messageId: 'free-change', at: 'fritt' },
    { text: 'The Processor may add or replace Sub-processors at its sole discretion.', messageId: 'free-change', at: 'at its sole discretion' },
    {
      text: 'Databehandler skal varsle behandlingsansvarlig om nye underleverandører minst 7 dager før endringen. Behandlingsansvarlig kan protestere mot endringen.',
      messageId: 'notice-too-short',
      at: '7 dager',
    },
    {
      text: 'The Processor shall give notice of new sub-processors, where possible, at least 30 days in advance, and the Controller may object.',
      messageId: 'notice-qualified',
      at: 'where possible',
    },
    {
      name: 'æøå-less, qualified',
      text: 'Databehandler skal varsle om endringer i underleverandorer. Varsel skal sa langt det er mulig gis minst 14 dager for endringen. Kunden kan protestere.',
      messageId: 'notice-qualified',
      at: 'sa langt det er mulig',
    },
    {
      name: 'OCR noise, exception for special cases',
      text: 'Varsel om nye underdatabehandlere gis minst 14 dager f@r endringen. |  spesielle tilfeller kan endringer i underdatabehandlere skje med kortere varsel. Kunden kan protestere.',
      messageId: 'notice-exception',
      at: 'spesielle tilfeller',
    },
    { text: 'Kunden skal informeres ved bytte eller tillegg av underleverandører.', messageId: 'no-notice-period', at: 'informeres ved bytte' },
    {
      name: 'Danish: duty to inform only',
      text: 'Databehandleren underretter den dataansvarlige om tilføjelse eller udskiftning af underdatabehandlere.',
      messageId: 'no-notice-period',
      at: 'underretter den dataansvarlige',
    },
    {
      text: 'The Processor shall notify the Customer at least 30 days before engaging a new Sub-processor.',
      messageId: 'no-objection-right',
      at: 'notify the Customer',
    },
    {
      name: 'a general approval and nothing else',
      scope: 'document',
      text: 'The Controller grants the Processor a general authorisation to engage sub-processors. The current sub-processors are listed in Appendix 2.',
      messageId: 'general-approval-unguarded',
      at: 'general authorisation',
    },
    {
      text: 'The Processor may engage new Sub-processors without the Controller\'s prior consent.',
      messageId: 'free-change',
      at: 'without the Controller',
    },
    {
      name: 'art. 28(2) wording with no period (en)',
      text: 'The Processor shall inform the Controller of any intended changes concerning the addition or replacement of other processors, thereby giving the Controller the opportunity to object to such changes.',
      messageId: 'no-notice-period',
      at: 'intended changes',
    },
    {
      name: 'Swedish: art. 28(2) wording with no period',
      text: 'Biträdet ska informera den personuppgiftsansvarige om planerade förändringar avseende tillägg eller utbyte av underbiträden och ge denne möjlighet att invända.',
      messageId: 'no-notice-period',
      at: 'planerade förändringar',
    },
    { text: 'Leverandøren kan benytte underleverandører uten særskilt godkjenning fra Kunden.', messageId: 'free-change', at: 'uten særskilt godkjenning' },
    {
      text: 'In an emergency the Supplier may replace a sub-processor at once and will tell the Client afterwards. Otherwise the Supplier gives 30 days\' notice and the Client may object.',
      messageId: 'notice-exception',
      at: 'In an emergency',
    },
    {
      name: 'only a list published on a website',
      text: 'The Processor will post updates to its sub-processor list on its website; the Customer is responsible for checking the list.',
      messageId: 'no-notice-period',
      at: 'post updates',
    },
    {
      name: 'a vendor named by its own defined term, no consent',
      text: 'Acme may appoint new subcontractors for the processing without Customer\'s consent.',
      messageId: 'free-change',
      at: 'without Customer',
    },
    {
      name: 'the client named only as the owner of the data',
      text: 'Nordsky may engage sub-processors to process Client Personal Data without prior notice.',
      messageId: 'free-change',
      at: 'without prior notice',
    },
    {
      name: 'Danish: too few days in advance ("i forvejen")',
      text: 'Databehandleren underretter kunden om nye underdatabehandlere 7 dage i forvejen, og kunden kan gøre indsigelse.',
      messageId: 'notice-too-short',
      at: '7 dage',
    },
    // urgent replacements with immediate effect, or the controller told only afterwards: no advance notice in those cases
    { text: 'Notwithstanding the above, the Supplier may replace a sub-processor with immediate effect where urgently required for security reasons.', messageId: 'notice-exception', at: 'with immediate effect' },
    { text: 'Leverandoren kan erstatte en underleverandor med umiddelbar virkning ved akutt behov, og kunden informeres i etterkant.', messageId: 'notice-exception', at: 'med umiddelbar virkning', name: 'without æøå' },
    { text: 'Databehandleren kan udskifte en underdatabehandler og underretter den dataansvarlige efterfølgende.', messageId: 'notice-after-change', at: 'efterfølgende', name: 'Danish' },
    { text: 'Biträdet får byta underbiträde i brådskande fall och underrättar den personuppgiftsansvarige i efterhand.', messageId: 'notice-exception', at: 'brådskande', name: 'Swedish' },
    { text: 'Databehandler kan bytte underleverand@r og vil varsle behandlingsansvarlig i etterkant.', messageId: 'notice-after-change', at: 'i etterkant', name: 'OCR noise' },
    { text: 'The Processor may add new Sub-processors and will inform the Customer of the addition afterwards.', messageId: 'notice-after-change', at: 'afterwards' },
  ],
});
