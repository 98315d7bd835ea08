import { testRule } from '../rule-tester';

testRule('governing-law', {
  valid: [
    'Avtalen er underlagt norsk rett. Tvister skal avgjøres ved Oslo tingrett.',
    'This Agreement shall be governed by and construed in accordance with the laws of Norway.',
    'Avtalen reguleres av norsk rett, og verneting er Oslo tingrett.',
    'Databehandler skal overholde personopplysningsloven og GDPR.',
    'Avtalen er underlagt norsk rett og tvister loses ved Oslo tingrett.',
  ],
  invalid: [
    { text: 'This DPA shall be governed by the laws of Ireland.', messageId: 'foreign-law', at: 'laws of Ireland' },
    { text: 'Svensk lag gäller. Tvist prövas av svensk allmän domstol.', messageId: 'foreign-law', at: 'Svensk lag gäller' },
    { text: 'Any dispute shall be settled exclusively by the courts of England and Wales.', messageId: 'foreign-law', at: 'courts of England' },
    {
      name: 'a whole DPA with no choice of law',
      scope: 'document',
      messageId: 'no-choice',
      text: 'Databehandleravtale\n\n1. Formål\n\nDatabehandler skal bare behandle personopplysninger etter dokumenterte instrukser fra behandlingsansvarlig.\n\n2. Varsling\n\nDatabehandler skal varsle uten ugrunnet opphold ved brudd på personopplysningssikkerheten.',
    },
  ],
});
