// Table for the breach-notice-deadline rule: the processor's notice to the controller is judged (hours,
// 'if possible', vague deadlines, no duty at all); the controller's own duties to the authority or to data
// subjects, follow-up reports and breaches of the contract are not.
import { testRule } from '../rule-tester';

testRule('breach-notice-deadline', {
  valid: [
    'The Controller is responsible for informing affected data subjects of the breach within 72 hours.',
    'Kunden skal underrette de registrerte om bruddet innen 72 timer der det er påkrevd.',
    'The Processor shall notify the Controller of the breach within 24 hours; a full report shall follow within 5 business days.',
    'Processor shall notify Controller of the breach within 12 hours and provide status updates every 24 hours thereafter.',
    "If either party commits a material breach of this DPA, the other party may terminate the Agreement by notifying the breaching party in writing with 30 days' notice.",
    'Brudd pa avtalen skal meldes til den andre parten, som har 30 dager pa a rette forholdet.',
    'Den personuppgiftsansvarige ansvarar för att anmäla incidenten till Integritetsskyddsmyndigheten inom 72 timmar.',
    'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold, og senest innen 24 timer, etter å ha blitt kjent med et brudd på personopplysningssikkerheten.',
    'The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach.',
    'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold dersom det oppstar brudd pa personopplysningssikkerheten.',
    'Behandlingsansvarlig skal melde bruddet til Datatilsynet innen 72 timer.',
    'Databehandleren skal underrette den dataansvarlige uden unødig forsinkelse efter at være blevet opmærksom på et brud på persondatasikkerheden.',
    'Biträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om en personuppgiftsincident.',
    {
      name: 'a whole DPA whose only breach duty also mentions the authority',
      scope: 'document',
      text: 'Avtal\n\n1. Behandling\n\nLeverantören behandlar personuppgifter endast enligt Kundens instruktioner.\n\n2. Incident\n\nLeverantören underrättar Kunden utan onödigt dröjsmål om en personuppgiftsincident och bistår Kunden med anmälan till Integritetsskyddsmyndigheten.\n\n3. Lag\n\nAvtalet är underlagt norsk rett.',
    },
    // a party word that says whose data it is, not who tells
    'Ved uautorisert tilgang til kundens personopplysninger skal leverandøren varsle kunden uten ugrunnet opphold.',
    'If Client Data is disclosed without authorisation, Vendorly shall notify the Client without undue delay and no later than 24 hours after becoming aware.',
  ],
  invalid: [
    { text: 'Varsling om avvik skal om mulig skje innen 48 timer etter at databehandler er blitt kjent med avviket.', messageId: 'deadline-too-long', at: '48 timer' },
    { text: 'The Processor shall notify the Controller of any Personal Data Breach within seventy-two (72) hours.', messageId: 'deadline-too-long', at: 'seventy-two (72) hours' },
    { text: 'Databehandler skal varsle behandlingsansvarlig om brudd på personopplysningssikkerheten innen tre dager.', messageId: 'deadline-too-long', at: 'tre dager' },
    { text: 'Varsling om avvik skal om mulig skje uten ugrunnet opphold etter at databehandler er blitt kjent med avviket.', messageId: 'qualified-duty', at: 'om mulig' },
    { text: 'Varsling om avvik skal om mulig skje innen 4B timer etter at databehandler er blitt kjent med avviket, og Databehandler skal varsle sa langt det er mulig.', messageId: 'qualified-duty', at: 'om mulig' },
    { text: 'Varsling om awik skal skje innen 48 timer etter at databehandler er blitt kjent med awiket, og databehandler skal melde fra om brudd.', messageId: 'deadline-too-long', at: '48 timer', name: 'OCR noise' },
    {
      name: 'the processor tells the controller so that it can tell the authority',
      text: 'Leverandørens underretning til kunden om et sikkerhetsbrudd skal skje innen 36 timer, slik at kunden kan melde fra til tilsynsmyndigheten innen 72 timer.',
      messageId: 'deadline-too-long',
      at: '36 timer',
    },
    { text: 'The Processor will notify the Controller of a personal data breach within a reasonable time.', messageId: 'vague-deadline', at: 'within a reasonable time' },
    {
      name: 'a whole DPA with no breach-notification duty',
      scope: 'document',
      messageId: 'no-breach-notice',
      text: 'Databehandleravtale\n\n1. Formål\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Sikkerhet\n\nDatabehandler skal gjennomføre tekniske og organisatoriske tiltak etter artikkel 32.',
    },
    {
      name: 'list item under a breach heading',
      text: '7. Security Incidents\n\n7.1 Upon becoming aware of an incident, the Processor shall:\n\n(a) notify the Customer within 48 hours;\n\n(b) describe the measures taken.',
      messageId: 'deadline-too-long',
      at: '48 hours',
    },
    { text: 'Kunden skal få varsel om avvik innen 48 timer.', messageId: 'deadline-too-long', at: '48 timer', name: 'the controller is told (passive)' },
    { text: 'Leverandoren gir Kunden beskjed om sikkerhetsbrudd senest innen 3 dager.', messageId: 'deadline-too-long', at: '3 dager', name: 'without æøå' },
    { text: 'Biträdet ska underrätta den personuppgiftsansvarige om en personuppgiftsincident inom 72 timmar.', messageId: 'deadline-too-long', at: '72 timmar', name: 'Swedish' },
    { text: 'Databehandleren underretter den dataansvarlige uden unødig forsinkelse og så vidt muligt senest 48 timer efter bruddet.', messageId: 'deadline-too-long', at: '48 timer', name: 'Danish, no modal verb' },
    { text: 'Should unauthorised disclosure of Client Data occur, Vendorly will alert the Client promptly and, where feasible, within forty eight hours.', messageId: 'deadline-too-long', at: 'forty eight hours', name: 'the data owner named first, hours in words' },
    { text: 'Ved brudd som rammer kundens personopplysninger varsler leverandøren kunden, når det er praktisk mulig, uten ugrunnet opphold.', messageId: 'qualified-duty', at: 'når det er praktisk mulig' },
    { text: 'Leverantören ska underrätta Kunden om en personuppgiftsincident inom två dygn.', messageId: 'deadline-too-long', at: 'två dygn', name: 'Swedish dygn' },
    { text: 'Databehandleren underretter den dataansvarlige om brud på persondatasikkerheden senest otteogfyrre timer efter opdagelsen.', messageId: 'deadline-too-long', at: 'otteogfyrre timer', name: 'Danish number word' },
    { text: 'The Supplier shall notify the Customer of a Security Incident, if feasible, within 12 hours.', messageId: 'qualified-duty', at: 'if feasible' },
    { text: 'Leverandoren skal varsle kunden om sikkerhetsbrudd innen 48 (forty-eight) timer.', messageId: 'deadline-too-long', at: '48 (forty-eight) timer', name: 'without æøå, word in brackets' },
  ],
});
