// Table of clauses for the security-unilateral rule: the processor deciding or changing the
// security measures alone, or measures left to its own changeable document, are flagged;
// agreed concrete measures and changes that keep the level of security are not.
import { testRule } from '../rule-tester';

testRule('security-unilateral', {
  valid: [
    'Databehandler skal gjennomføre de tekniske og organisatoriske sikkerhetstiltakene som er angitt i Vedlegg 2, herunder kryptering, tilgangsstyring og logging.',
    'The Processor may update the technical and organisational measures from time to time, provided that such updates do not reduce the overall level of security.',
    'Leverandoren kan endre sikkerhetstiltakene, men endringer som svekker sikkerhetsnivaet krever skriftlig godkjenning fra kunden.',
    'Biträdet ska vidta de tekniska och organisatoriska åtgärder som anges i bilaga 2.',
    'Behandlingsansvarlig bestemmer hvilke sikkerhetstiltak databehandler skal gjennomføre.',
    'The Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk, including encryption of personal data.',
    'Databehandleren skal vurdere risikoene og gjennomføre tiltak for å imøtegå dem.',
    'The Controller and the Processor shall determine the appropriate security measures together.',
    'The Processor may update the TOMs as long as the level of protection is maintained.',
  ],
  invalid: [
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
  ],
});
