import { testRule } from '../rule-tester';

testRule('breach-notice-deadline', {
  valid: [
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
  ],
});
